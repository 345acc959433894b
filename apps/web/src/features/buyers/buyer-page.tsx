import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ArchivedNotice } from '../../ui/archived-notice.tsx';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { TargetBuyerForm, type TargetBuyerInput, targetBuyerDraftOf } from './buyer-form.tsx';
import {
  ArchiveTargetBuyerMutation,
  BUYERS_KEY,
  UnarchiveTargetBuyerMutation,
  UpdateTargetBuyerMutation,
} from './buyer-mutations.ts';
import { sizeRangeText } from './size-range.ts';
import { WhoKnowsSection } from './who-knows-section.tsx';

const TargetBuyerQuery = graphql(`
  query TargetBuyer($id: ID!) {
    targetBuyer(id: $id) {
      __typename
      ... on NotFoundError {
        message
      }
      ... on TargetBuyer {
        id
        name
        roles
        industries
        companySizeMin
        companySizeMax
        regions
        notes
        archivedAt
      }
    }
  }
`);

const NotFound = () => (
  <section className="card empty-state">
    <h1>Profile not found</h1>
    <p>This target buyer profile does not exist or is not in your account.</p>
    <Link to="/buyers">Back to target buyers</Link>
  </section>
);

/** One fact of the profile, left out when it is empty. */
const Fact = ({ label, value }: { label: string; value: string }) =>
  value ? (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  ) : null;

export const BuyerPage = () => {
  const { targetBuyerId } = useParams({ from: '/buyers/$targetBuyerId' });
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const query = useQuery({
    queryKey: [...BUYERS_KEY, 'one', targetBuyerId],
    queryFn: () => request(TargetBuyerQuery, { id: targetBuyerId }),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: BUYERS_KEY });

  const setArchived = useMutation({
    mutationFn: async (archived: boolean) => {
      const result = archived
        ? (await request(ArchiveTargetBuyerMutation, { id: targetBuyerId })).archiveTargetBuyer
        : (await request(UnarchiveTargetBuyerMutation, { id: targetBuyerId })).unarchiveTargetBuyer;
      if (result.__typename !== 'TargetBuyer') throw new Error(result.message);
      await refresh();
    },
  });

  const save = async (input: TargetBuyerInput) => {
    const result = (await request(UpdateTargetBuyerMutation, { id: targetBuyerId, input }))
      .updateTargetBuyer;
    if (result.__typename === 'TargetBuyer') {
      await refresh();
      setEditing(false);
    }
    return result;
  };

  const found = query.data?.targetBuyer;
  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
      {found?.__typename === 'NotFoundError' ? <NotFound /> : null}
      {found?.__typename === 'TargetBuyer' ? (
        <>
          <p>
            <Link to="/buyers">← Target buyers</Link>
          </p>
          <section className="card" aria-labelledby="buyer-name">
            <div className="card-head">
              <h1 id="buyer-name">
                {found.name}{' '}
                {found.archivedAt ? <span className="badge badge-none">archived</span> : null}
              </h1>
              {editing ? null : (
                <div className="person-actions">
                  <button
                    type="button"
                    className="secondary button-small"
                    onClick={() => setEditing(true)}
                  >
                    Edit profile
                  </button>
                  {found.archivedAt ? null : (
                    <ConfirmAction
                      label="Archive"
                      question={`Archive “${found.name}”? It leaves your list of target buyers; who knows it is kept, and you can restore it.`}
                      confirmLabel="Archive"
                      pendingLabel="Archiving…"
                      pending={setArchived.isPending}
                      onConfirm={() => setArchived.mutate(true)}
                    />
                  )}
                </div>
              )}
            </div>
            <ArchivedNotice
              archived={found.archivedAt !== null}
              text="Archived: not in your list of target buyers. Everything about it is kept."
              restoreLabel="Restore"
              pendingLabel="Restoring…"
              pending={setArchived.isPending}
              error={setArchived.error}
              onRestore={() => setArchived.mutate(false)}
            />
            {editing ? (
              <TargetBuyerForm
                label="Edit target buyer profile"
                initial={targetBuyerDraftOf(found)}
                save={save}
                submitLabel="Save profile"
                cancel={
                  <button type="button" className="secondary" onClick={() => setEditing(false)}>
                    Cancel
                  </button>
                }
              />
            ) : (
              <>
                <dl className="facts">
                  <Fact label="Roles" value={found.roles.join(', ')} />
                  <Fact label="Industries" value={found.industries.join(', ')} />
                  <Fact label="Company size" value={sizeRangeText(found)} />
                  <Fact label="Regions" value={found.regions.join(', ')} />
                </dl>
                {found.notes ? (
                  <>
                    <h2 className="notes-title">Notes</h2>
                    <p className="prose">{found.notes}</p>
                  </>
                ) : null}
              </>
            )}
          </section>
          <WhoKnowsSection targetBuyerId={found.id} />
        </>
      ) : null}
    </QueryState>
  );
};
