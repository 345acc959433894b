import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { MutationErrorFields, submitMutation } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { useFieldErrors } from '../../lib/use-field-errors.ts';
import { Field } from '../../ui/field.tsx';
import { FormError } from '../../ui/form-error.tsx';
import { cancelOnEscape, QuickFormActions } from '../../ui/quick-form-actions.tsx';

/** The limit the server applies to an ask's message. */
const MAX_ASK_LENGTH = 5_000;
const SHOWN_FIELDS = new Set(['message']);

const AskForIntroductionMutation = graphql(
  `
  mutation AskForIntroduction($input: AskForIntroductionInput!) {
    askForIntroduction(input: $input) {
      __typename
      ... on IntroductionAsk {
        id
        askedAt
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

/** A mailto: link for the message as it stands now (the drafted link holds the draft). */
const mailtoWith = (drafted: string, message: string) => {
  const [head = drafted] = drafted.split('&body=');
  return `${head}&body=${encodeURIComponent(message.replace(/\r?\n/g, '\r\n'))}`;
};

/**
 * The drafted ask, to edit, copy or open in the mail app, and to record on the person's
 * timeline once sent.
 */
export const IntroductionAskForm = ({
  personId,
  personName,
  targetBuyerId,
  draft,
  onRecorded,
  onCancel,
}: {
  personId: string;
  personName: string;
  targetBuyerId: string;
  draft: { message: string; mailto: string };
  onRecorded: () => Promise<unknown>;
  onCancel: () => void;
}) => {
  const { formRef, errors, clearError, showErrors } = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [message, setMessage] = useState(draft.message);
  const [copied, setCopied] = useState('');
  const [pending, setPending] = useState(false);
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();

  // Opening the form moves focus to the message, so it can be read and edited at once.
  useEffect(() => {
    textareaRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(message);
      setCopied('Copied: paste it into a message to them.');
    } catch {
      // No clipboard (an insecure page, or permission refused): the text is selected instead.
      textareaRef.current?.select();
      setCopied('Could not copy here: the message is selected, copy it with Ctrl+C or ⌘C.');
    }
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    setPending(true);
    await submitMutation(
      async () =>
        (
          await request(AskForIntroductionMutation, {
            input: { personId, targetBuyerId, message },
          })
        ).askForIntroduction,
      'IntroductionAsk',
      onRecorded,
      SHOWN_FIELDS,
      { showErrors, setFormError },
    );
    setPending(false);
  };

  return (
    <form
      ref={formRef}
      noValidate
      className="ask-form"
      aria-labelledby={titleId}
      onSubmit={onSubmit}
      onKeyDown={cancelOnEscape(pending, onCancel)}
    >
      <h3 id={titleId}>Ask {personName} for an introduction</h3>
      <FormError message={formError} />
      <Field
        label="Message"
        hint="(drafted from your offer and the profile: edit it as you like)"
        error={errors.message}
        limit={MAX_ASK_LENGTH}
      >
        <textarea
          ref={textareaRef}
          rows={9}
          value={message}
          onChange={(event) => {
            clearError('message');
            setCopied('');
            setMessage(event.target.value);
          }}
        />
      </Field>
      <div className="form-actions">
        <button type="button" className="secondary button-small" onClick={copy}>
          Copy
        </button>
        <a
          className="button button-secondary button-small"
          href={mailtoWith(draft.mailto, message)}
        >
          Open in mail app
        </a>
      </div>
      <p className="form-success" role="status">
        {copied}
      </p>
      <p className="muted">Once you have sent it, record the ask: it goes on their timeline.</p>
      <QuickFormActions
        pending={pending}
        submitLabel="Record the ask"
        pendingLabel="Recording…"
        onCancel={onCancel}
      />
    </form>
  );
};
