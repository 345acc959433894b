import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatAgo, formatDate } from '../../ui/dates.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { useLeaveAccount } from './use-leave-account.ts';
import { describeUserAgent } from './user-agent.ts';

const SessionsQuery = graphql(`
  query Sessions {
    sessions {
      id
      createdAt
      lastSeenAt
      userAgent
      ip
      current
    }
  }
`);

const RevokeSessionMutation = graphql(`
  mutation RevokeSession($id: ID!) {
    revokeSession(id: $id) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const SignOutEverywhereMutation = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

export const sessionsQueryKey = ['sessions'] as const;

type Session = ResultOf<typeof SessionsQuery>['sessions'][number];

const SessionRow = ({ session }: { session: Session }) => {
  const queryClient = useQueryClient();
  const device = describeUserAgent(session.userAgent);
  const revoke = useMutation({
    mutationFn: async () => {
      const { revokeSession } = await request(RevokeSessionMutation, { id: session.id });
      if (revokeSession.__typename === 'ValidationError') throw new Error(revokeSession.message);
      // Ended, or already gone (it expired, or another device ended it): show the list as it is.
      await queryClient.invalidateQueries({ queryKey: sessionsQueryKey });
    },
  });
  return (
    <li className="list-row session-row">
      <div className="session-about">
        <span className="primary" title={session.userAgent ?? undefined}>
          {device}
        </span>{' '}
        {session.current ? <span className="badge badge-ok">This device</span> : null}
        <div className="muted session-meta">
          {session.current ? 'Active now' : `Last seen ${formatAgo(session.lastSeenAt)}`} · signed
          in {formatDate(session.createdAt)}
          {session.ip ? ` · ${session.ip}` : ''}
        </div>
        {revoke.error ? (
          <p className="field-error" role="alert">
            {revoke.error.message}
          </p>
        ) : null}
      </div>
      {session.current ? null : (
        <button
          type="button"
          className="secondary button-small"
          aria-label={`Sign out ${device}, last seen ${formatAgo(session.lastSeenAt)}`}
          disabled={revoke.isPending}
          onClick={() => revoke.mutate()}
        >
          {revoke.isPending ? 'Signing out…' : 'Sign out'}
        </button>
      )}
    </li>
  );
};

export const SessionsList = () => {
  const query = useQuery({ queryKey: sessionsQueryKey, queryFn: () => request(SessionsQuery) });
  const leave = useLeaveAccount();
  const everywhere = useMutation({
    mutationFn: async () => {
      await request(SignOutEverywhereMutation);
      await leave('signed-out-everywhere');
    },
  });
  const sessions = query.data?.sessions ?? [];

  return (
    <section className="card" aria-labelledby="sessions-title">
      <div className="card-head">
        <h2 id="sessions-title">Where you are signed in</h2>
        <ConfirmAction
          label="Sign out everywhere"
          question="Sign out on every device, this one included?"
          confirmLabel="Sign out everywhere"
          pendingLabel="Signing out…"
          pending={everywhere.isPending}
          onConfirm={() => everywhere.mutate()}
        />
      </div>
      {everywhere.error ? (
        <p className="form-error" role="alert">
          {everywhere.error.message}
        </p>
      ) : null}
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        <ul className="list" aria-labelledby="sessions-title">
          {sessions.map((session) => (
            <SessionRow key={session.id} session={session} />
          ))}
        </ul>
      </QueryState>
    </section>
  );
};
