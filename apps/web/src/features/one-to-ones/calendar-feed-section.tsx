import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { ConfirmAction } from '../../ui/confirm-action.tsx';
import { formatAgo, formatDate } from '../../ui/dates.ts';
import { QueryState } from '../../ui/query-state.tsx';

const CalendarFeedQuery = graphql(`
  query CalendarFeed {
    calendarFeed {
      createdAt
      lastUsedAt
    }
  }
`);

const CreateFeedMutation = graphql(
  `
  mutation CreateCalendarFeed {
    createCalendarFeed {
      __typename
      ... on CreatedCalendarFeed {
        url
        webcalUrl
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

const RevokeFeedMutation = graphql(`
  mutation RevokeCalendarFeed {
    revokeCalendarFeed
  }
`);

const feedKey = ['calendar-feed'] as const;

type Created = { url: string; webcalUrl: string };

/** The link itself, shown once: only its hash is kept, so it cannot be shown again. */
const NewLink = ({ created }: { created: Created }) => {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  return (
    <div className="feed-link">
      <label htmlFor="calendar-feed-url">Your calendar link</label>
      <div className="feed-link-row">
        <input
          id="calendar-feed-url"
          type="text"
          readOnly
          value={created.url}
          onFocus={(event) => event.target.select()}
        />
        <button
          type="button"
          className="secondary button-small"
          onClick={async () => {
            // The clipboard is there only on https and localhost, and may be refused.
            try {
              await navigator.clipboard.writeText(created.url);
              setCopied('yes');
            } catch {
              setCopied('no');
            }
          }}
        >
          {copied === 'yes' ? 'Copied' : 'Copy'}
        </button>
      </div>
      {copied === 'no' ? (
        <p className="field-error" role="alert">
          This browser did not let Tend copy it: select the link and copy it yourself.
        </p>
      ) : null}
      <p className="muted">
        Copy it now: Tend keeps only a fingerprint of it and cannot show it again.{' '}
        <a href={created.webcalUrl}>Open in your calendar app</a>, or paste it into Google
        Calendar's "From URL".
      </p>
    </div>
  );
};

/**
 * A secret link calendar apps subscribe to: upcoming one-to-ones and this week's reconnect
 * list. Anyone holding it can read those, so it can be replaced or stopped at any time.
 */
export const CalendarFeedSection = () => {
  const queryClient = useQueryClient();
  const feed = useQuery({ queryKey: feedKey, queryFn: () => request(CalendarFeedQuery) });
  const [created, setCreated] = useState<Created | null>(null);
  const create = useMutation({
    mutationFn: async () => {
      const result = (await request(CreateFeedMutation)).createCalendarFeed;
      if (result.__typename !== 'CreatedCalendarFeed') throw new Error(result.message);
      await queryClient.invalidateQueries({ queryKey: feedKey });
      setCreated(result);
    },
  });
  const revoke = useMutation({
    mutationFn: async () => {
      await request(RevokeFeedMutation);
      await queryClient.invalidateQueries({ queryKey: feedKey });
      setCreated(null);
    },
  });
  // A new attempt at one takes the other's old error away.
  const createLink = () => {
    revoke.reset();
    create.mutate();
  };
  const stopLink = () => {
    create.reset();
    revoke.mutate();
  };
  const current = feed.data?.calendarFeed;
  const error = create.error ?? revoke.error;

  return (
    <section className="card" aria-labelledby="calendar-feed-title">
      <h2 id="calendar-feed-title">Calendar subscription</h2>
      <p className="section-intro">
        Subscribe to your upcoming one-to-ones and this week's reconnect list from Google Calendar,
        Outlook or Apple Calendar.
      </p>
      <QueryState isPending={feed.isPending} error={feed.error} onRetry={() => feed.refetch()}>
        {error ? (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        ) : null}
        {created ? <NewLink created={created} /> : null}
        {current && !created ? (
          <p>
            A link is active, made {formatDate(current.createdAt)}
            {current.lastUsedAt
              ? `, last read by a calendar ${formatAgo(current.lastUsedAt)}`
              : ', not read by a calendar yet'}
            .
          </p>
        ) : null}
        <div className="form-actions">
          {current ? (
            <>
              <ConfirmAction
                // A new link starts the question over.
                key={`replace-${current.createdAt}`}
                label="Replace the link"
                question="Replace it? Calendars using the old link stop updating."
                confirmLabel="Yes, replace it"
                pendingLabel="Replacing…"
                pending={create.isPending}
                onConfirm={createLink}
              />
              <ConfirmAction
                key={`stop-${current.createdAt}`}
                label="Stop the link"
                question="Stop it? Calendars using it stop updating."
                confirmLabel="Yes, stop it"
                pendingLabel="Stopping…"
                pending={revoke.isPending}
                onConfirm={stopLink}
              />
            </>
          ) : (
            <button type="button" disabled={create.isPending} onClick={createLink}>
              {create.isPending ? 'Creating…' : 'Create a calendar link'}
            </button>
          )}
        </div>
      </QueryState>
    </section>
  );
};
