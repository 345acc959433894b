import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { useViewer } from './viewer.ts';

const RemoveDemoDataMutation = graphql(`
  mutation RemoveDemoData {
    removeDemoData {
      id
      hasDemoData
    }
  }
`);

export const DemoBanner = () => {
  const viewer = useViewer();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => request(RemoveDemoDataMutation),
    onSuccess: () => queryClient.invalidateQueries(),
  });

  if (!viewer.data?.viewer.hasDemoData) return null;
  return (
    <aside className="banner" aria-label="Demo data">
      <span>You are looking at demo data</span>
      <ConfirmAction
        label="Remove demo data"
        question="Remove all demo people, touches and groups? Your own data stays."
        confirmLabel="Confirm"
        pendingLabel="Removing…"
        pending={remove.isPending}
        onConfirm={() => remove.mutate()}
      />
      {remove.error ? (
        <span className="field-error" role="alert">
          {remove.error.message}
        </span>
      ) : null}
    </aside>
  );
};
