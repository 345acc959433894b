import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { errorText } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { FormError } from '../../ui/form-error.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { EMPTY_TARGET_BUYER_DRAFT, TargetBuyerForm, type TargetBuyerInput } from './buyer-form.tsx';
import {
  BUYERS_KEY,
  CreateTargetBuyerMutation,
  UnarchiveTargetBuyerMutation,
} from './buyer-mutations.ts';
import { sizeRangeText } from './size-range.ts';

const TargetBuyersQuery = graphql(`
  query TargetBuyers {
    targetBuyers(includeArchived: true) {
      id
      name
      roles
      companySizeMin
      companySizeMax
      archivedAt
    }
  }
`);

const EmptyState = () => (
  <div className="empty-state card">
    <p>
      A target buyer profile describes the kind of client you want to be introduced to: their role,
      their industry, the size of their company and where they are. With it written down, you can
      see who in your network can reach them.
    </p>
    <p>
      For example: <strong>CFOs of 50–500 person B2B firms in the North of England</strong>.
    </p>
  </div>
);

export const BuyersListPage = () => {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...BUYERS_KEY, 'list'],
    queryFn: () => request(TargetBuyersQuery),
  });
  const profiles = query.data?.targetBuyers ?? [];
  const active = profiles.filter((profile) => profile.archivedAt === null);
  const archived = profiles.filter((profile) => profile.archivedAt !== null);

  const create = async (input: TargetBuyerInput) => {
    const result = (await request(CreateTargetBuyerMutation, { input })).createTargetBuyer;
    if (result.__typename === 'TargetBuyer') {
      await queryClient.invalidateQueries({ queryKey: BUYERS_KEY });
      await navigate({ to: '/buyers/$targetBuyerId', params: { targetBuyerId: result.id } });
    }
    return result;
  };

  const restore = useMutation({
    mutationFn: async (id: string) =>
      (await request(UnarchiveTargetBuyerMutation, { id })).unarchiveTargetBuyer,
    onSuccess: async (result) => {
      setRestoreError(result.__typename === 'TargetBuyer' ? null : result.message);
      await queryClient.invalidateQueries({ queryKey: BUYERS_KEY });
    },
    onError: (error) => setRestoreError(errorText(error)),
  });

  return (
    <section>
      <h1>Target buyers</h1>
      {adding ? null : (
        <div className="toolbar">
          <button type="button" onClick={() => setAdding(true)}>
            New profile
          </button>
          <Link to="/buyers/gaps" className="button button-secondary">
            Gaps: who nobody ready can reach
          </Link>
        </div>
      )}
      {adding ? (
        <div className="card">
          <h2>New profile</h2>
          <TargetBuyerForm
            label="New target buyer profile"
            initial={EMPTY_TARGET_BUYER_DRAFT}
            save={create}
            submitLabel="Create profile"
            cancel={
              <button type="button" className="secondary" onClick={() => setAdding(false)}>
                Cancel
              </button>
            }
          />
        </div>
      ) : null}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {active.length === 0 ? (
          <EmptyState />
        ) : (
          <div className="card">
            <ul className="list" aria-label="Target buyer profiles">
              {active.map((profile) => (
                <li key={profile.id} className="list-row">
                  <div>
                    <Link
                      to="/buyers/$targetBuyerId"
                      params={{ targetBuyerId: profile.id }}
                      className="primary"
                    >
                      {profile.name}
                    </Link>
                    <div className="muted">
                      {[profile.roles.join(', '), sizeRangeText(profile)]
                        .filter(Boolean)
                        .join(' · ')}
                    </div>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )}
        {archived.length > 0 ? (
          <section className="card" aria-labelledby="archived-buyers">
            <h2 id="archived-buyers">Archived</h2>
            <FormError message={restoreError} />
            <ul className="list" aria-label="Archived profiles">
              {archived.map((profile) => (
                <li key={profile.id} className="list-row">
                  <Link to="/buyers/$targetBuyerId" params={{ targetBuyerId: profile.id }}>
                    {profile.name}
                  </Link>
                  <button
                    type="button"
                    className="secondary button-small"
                    disabled={restore.isPending}
                    onClick={() => restore.mutate(profile.id)}
                    aria-label={`Restore ${profile.name}`}
                  >
                    Restore
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </QueryState>
    </section>
  );
};
