import type { ResultOf } from '../../lib/graphql.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { formatPromptCount } from './prompt-keys.ts';
import type { OpenPromptsQuery } from './prompt-queries.ts';
import { PromptRow } from './prompt-row.tsx';

type OpenPrompts = ResultOf<typeof OpenPromptsQuery>['openPrompts'];

/**
 * The prompts waiting for an action, most overdue first, but for the `onListCount` whose
 * people are on this week's list and have them on their rows.
 */
export const OpenPromptsSection = ({
  prompts,
  onListCount,
  isPending,
  error,
  onRetry,
  announce,
}: {
  prompts: OpenPrompts | undefined;
  onListCount: number;
  isPending: boolean;
  error: Error | null;
  onRetry: () => void;
  announce: (message: string) => void;
}) => (
  <section className="card" aria-labelledby="prompts-title">
    <div className="card-head">
      <h2 id="prompts-title">Open prompts</h2>
      {prompts && prompts.length > 0 ? (
        <span className="badge badge-due">{formatPromptCount(prompts.length)} open</span>
      ) : null}
    </div>
    <p className="muted section-intro" data-testid="prompts-intro">
      {onListCount > 0 && prompts && prompts.length > 0
        ? `${formatPromptCount(prompts.length)} more need attention. Prompts for people on this week’s list are on their rows above.`
        : 'Relationships that went past their cadence. Log a touch, snooze, or dismiss with a reason.'}
    </p>
    <QueryState isPending={isPending} error={prompts ? null : error} onRetry={onRetry}>
      {prompts && prompts.length === 0 ? (
        <p className="empty-state muted">
          {onListCount > 0
            ? 'Nobody else needs attention: the open prompts are on this week’s list above.'
            : 'No open prompts'}
        </p>
      ) : null}
      {prompts && prompts.length > 0 ? (
        <ul className="entries" aria-label="Open prompts">
          {prompts.map((prompt) => (
            <PromptRow key={prompt.id} prompt={prompt} announce={announce} />
          ))}
        </ul>
      ) : null}
    </QueryState>
  </section>
);
