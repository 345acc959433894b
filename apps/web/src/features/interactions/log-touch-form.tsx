import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorText, MutationErrorFields, showFailure } from '../../lib/field-errors.ts';
import { graphql, type VariablesOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { formatDate } from '../../ui/dates.ts';
import { FormError } from '../../ui/form-error.tsx';
import {
  checkTouchDraft,
  type EditTouchField,
  freshTouchDraft,
  TouchFields,
  useTouchDraft,
} from './touch-fields.tsx';

export const LogInteractionMutation = graphql(
  `
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      __typename
      ... on Interaction {
        id
        kindLabel
        isDepthTouch
        occurredAt
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

type LogInput = VariablesOf<typeof LogInteractionMutation>['input'];

const FORM_FIELDS = new Set(['kind', 'occurredAt', 'durationMinutes', 'cost', 'notes']);

export const LogTouchForm = ({
  personId,
  onLogged,
}: {
  personId: string;
  onLogged: () => Promise<unknown>;
}) => {
  const touch = useTouchDraft(freshTouchDraft);
  const { draft, errors, setErrors, showErrors } = touch;
  const [formError, setFormError] = useState<string | null>(null);
  const [logged, setLogged] = useState('');

  const log = useMutation({
    mutationFn: async (input: LogInput) => {
      const result = (await request(LogInteractionMutation, { input })).logInteraction;
      // The new due date and timeline arrive before the form says "logged".
      if (result.__typename === 'Interaction') await onLogged();
      return result;
    },
  });

  // Editing a field takes its old error away, and the last "logged" message with it.
  const edit: EditTouchField = (field, patch) => {
    setLogged('');
    touch.edit(field, patch);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setLogged('');
    const local = checkTouchDraft(draft);
    // The first field in error takes the focus, so a keyboard user lands on it.
    if (!local.input) {
      showErrors(local.errors);
      return;
    }
    setErrors({});
    let result: Awaited<ReturnType<typeof log.mutateAsync>>;
    try {
      result = await log.mutateAsync({ ...local.input, personIds: [personId] });
    } catch (error) {
      setFormError(errorText(error));
      return;
    }
    if (result.__typename === 'Interaction') {
      touch.setDraft(freshTouchDraft());
      setLogged(
        `Logged: ${result.kindLabel} on ${formatDate(result.occurredAt)} (${
          result.isDepthTouch ? 'depth touch' : 'visibility touch'
        }).`,
      );
      return;
    }
    showFailure(result, FORM_FIELDS, { showErrors, setFormError });
  };

  return (
    <form
      ref={touch.formRef}
      className="card"
      noValidate
      onSubmit={onSubmit}
      aria-labelledby="log-touch-title"
    >
      <h2 id="log-touch-title">Log a touch</h2>
      <FormError message={formError} />
      <TouchFields draft={draft} errors={errors} edit={edit} />
      <div className="form-actions">
        <button type="submit" disabled={log.isPending}>
          {log.isPending ? 'Logging…' : 'Log touch'}
        </button>
        <p className="form-success" role="status">
          {logged}
        </p>
      </div>
    </form>
  );
};
