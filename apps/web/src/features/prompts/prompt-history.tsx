import { useState } from 'react';
import { type FragmentOf, graphql, readFragment } from '../../lib/graphql.ts';
import { formatDate } from '../../ui/dates.ts';

export const PromptHistoryFragment = graphql(`
  fragment PromptHistory on Person {
    prompts {
      id
      status
      reason
      dueAt
      raisedAt
      snoozedUntil
      dismissedReason
      closedAt
    }
  }
`);

type Status = 'OPEN' | 'SNOOZED' | 'DISMISSED' | 'DONE';

const STATUS: Record<Status, { label: string; className: string }> = {
  OPEN: { label: 'Open', className: 'badge badge-due' },
  SNOOZED: { label: 'Snoozed', className: 'badge badge-none' },
  DISMISSED: { label: 'Dismissed', className: 'badge badge-none' },
  DONE: { label: 'Done', className: 'badge badge-ok' },
};

const FIRST_SHOWN = 3;

/** Every prompt raised for the person, newest first: what happened to each, and why. */
export const PromptHistory = ({ person }: { person: FragmentOf<typeof PromptHistoryFragment> }) => {
  const { prompts } = readFragment(PromptHistoryFragment, person);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? prompts : prompts.slice(0, FIRST_SHOWN);

  return (
    <section aria-labelledby="prompt-history-title" className="prompt-history">
      <h3 id="prompt-history-title">Prompts</h3>
      {prompts.length === 0 ? (
        <p className="muted">No prompts yet</p>
      ) : (
        <ul className="list">
          {shown.map((prompt) => {
            const status = STATUS[prompt.status];
            return (
              <li key={prompt.id} className="prompt-history-row">
                <div className="timeline-head">
                  <span className={status.className}>{status.label}</span>
                  <span className="muted">
                    raised <time dateTime={prompt.raisedAt}>{formatDate(prompt.raisedAt)}</time>
                    {prompt.status === 'SNOOZED' && prompt.snoozedUntil ? (
                      <>
                        {' '}
                        · until{' '}
                        <time dateTime={prompt.snoozedUntil}>
                          {formatDate(prompt.snoozedUntil)}
                        </time>
                      </>
                    ) : null}
                    {prompt.closedAt ? (
                      <>
                        {' '}
                        · closed{' '}
                        <time dateTime={prompt.closedAt}>{formatDate(prompt.closedAt)}</time>
                      </>
                    ) : null}
                  </span>
                </div>
                <p className="prompt-history-reason">{prompt.reason}</p>
                {prompt.dismissedReason ? (
                  <p className="prompt-history-reason">
                    <span className="muted">Dismissed because:</span> {prompt.dismissedReason}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {prompts.length > FIRST_SHOWN ? (
        <button type="button" className="link" onClick={() => setShowAll((prev) => !prev)}>
          {showAll ? 'Show fewer' : `Show all ${prompts.length} prompts`}
        </button>
      ) : null}
    </section>
  );
};
