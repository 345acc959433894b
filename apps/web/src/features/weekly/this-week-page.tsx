import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { graphql, readFragment } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { formatCalendarDate } from '../../ui/dates.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { OpenPromptsSection } from '../prompts/open-prompts.tsx';
import { useOpenPrompts } from '../prompts/prompt-queries.ts';
import { OpenPromptFragment, promptRowKey } from '../prompts/prompt-row.tsx';
import { weeklyKeys } from './follow-ups.ts';
import { KeyboardListProvider } from './keyboard-list.tsx';
import { WeeklyItemFragment, WeeklyItemRow, weeklyRowKey } from './weekly-item-row.tsx';

const WeeklyListQuery = graphql(
  `
  query WeeklyList {
    weeklyList {
      id
      weekStartsOn
      items {
        id
        ...WeeklyItem
      }
    }
  }
`,
  [WeeklyItemFragment],
);

/** "2 of 5 done · 1 skipped", counted from the items so it moves as soon as they do. */
const Completion = ({ statuses }: { statuses: readonly string[] }) => {
  const done = statuses.filter((status) => status === 'DONE').length;
  const skipped = statuses.filter((status) => status === 'SKIPPED').length;
  return (
    <div className="completion">
      <p className="completion-text" data-testid="completion">
        <strong>
          {done} of {statuses.length} done
        </strong>
        {skipped > 0 ? <span className="muted"> · {skipped} skipped</span> : null}
      </p>
      <meter
        className="readiness-meter"
        aria-label="Done this week"
        min={0}
        max={statuses.length}
        value={done}
      />
    </div>
  );
};

const ShortcutHint = () => (
  <p className="shortcut-hint muted">
    Shortcuts: <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>l</kbd> log · <kbd>s</kbd> skip/snooze
  </p>
);

/**
 * Monday's page: this week's reconnect list, then the open prompts, each one click from done.
 * Each person shows once: someone on the list has their prompt on their row, and the prompts
 * below are the others'.
 */
export const ThisWeekPage = () => {
  const weekly = useQuery({
    queryKey: weeklyKeys.current,
    queryFn: () => request(WeeklyListQuery),
  });
  const prompts = useOpenPrompts();
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);

  const list = weekly.data?.weeklyList;
  const items = useMemo(() => (list ? readFragment(WeeklyItemFragment, list.items) : []), [list]);
  const openPrompts = prompts.data?.openPrompts;
  const otherPrompts = useMemo(() => {
    if (!openPrompts) return undefined;
    const onList = new Set(items.map((item) => item.person.id));
    return openPrompts.filter(
      (prompt) => !onList.has(readFragment(OpenPromptFragment, prompt).person.id),
    );
  }, [items, openPrompts]);
  const order = useMemo(
    () => [
      ...items.map((item) => weeklyRowKey(item.id)),
      ...(otherPrompts ?? []).map((prompt) => promptRowKey(prompt.id)),
    ],
    [items, otherPrompts],
  );

  return (
    <KeyboardListProvider order={order}>
      <section className="this-week">
        <div className="page-head">
          <div>
            <h1>This week</h1>
            <p className="muted page-subtitle" data-testid="week-of">
              {list ? `Week of ${formatCalendarDate(list.weekStartsOn)}` : '\u00a0'}
            </p>
          </div>
          <Link to="/weeks">Past weeks</Link>
        </div>
        <ShortcutHint />
        <p className="form-success page-message" role="status">
          {message}
        </p>
        <section className="card" aria-labelledby="reconnect-title">
          <div className="card-head">
            <h2 id="reconnect-title">Reconnect this week</h2>
          </div>
          <QueryState
            isPending={weekly.isPending}
            error={list ? null : weekly.error}
            onRetry={() => weekly.refetch()}
          >
            {/* Well tended only when the prompts agree: an open prompt means someone is overdue. */}
            {list && items.length === 0 && openPrompts ? (
              <p className="empty-state muted">
                {openPrompts.length > 0
                  ? 'Nobody is on this week’s list; the open prompts below need attention.'
                  : 'Nobody is due this week — well tended.'}
              </p>
            ) : null}
            {list && items.length > 0 ? (
              <>
                <Completion statuses={items.map((item) => item.status)} />
                <ol className="entries" aria-label="This week’s reconnect list">
                  {list.items.map((item) => (
                    <WeeklyItemRow key={item.id} item={item} announce={announce} />
                  ))}
                </ol>
              </>
            ) : null}
          </QueryState>
        </section>
        <OpenPromptsSection
          prompts={list ? otherPrompts : undefined}
          onListCount={(openPrompts?.length ?? 0) - (otherPrompts?.length ?? 0)}
          // Until the list is in, nobody knows which prompts it already shows.
          isPending={prompts.isPending || weekly.isPending}
          error={prompts.error ?? (list ? null : weekly.error)}
          onRetry={() => (prompts.error ? prompts.refetch() : weekly.refetch())}
          announce={announce}
        />
      </section>
    </KeyboardListProvider>
  );
};
