import { formatDate } from '../../ui/dates.ts';

type DueState = 'NO_CADENCE' | 'OK' | 'DUE' | 'OVERDUE';

const LABELS: Record<DueState, string> = {
  NO_CADENCE: 'No cadence',
  OK: 'On track',
  DUE: 'Due',
  OVERDUE: 'Overdue',
};

const CLASSES: Record<DueState, string> = {
  NO_CADENCE: 'badge badge-none',
  OK: 'badge badge-ok',
  DUE: 'badge badge-due',
  OVERDUE: 'badge badge-overdue',
};

/** Amber past the ideal gap, red past the maximum; the due date in words for screen readers too. */
export const DueBadge = ({ state, nextDueAt }: { state: DueState; nextDueAt: string | null }) => (
  <span className={CLASSES[state]} data-due-state={state}>
    {LABELS[state]}
    {nextDueAt && state === 'OK' ? ` · due ${formatDate(nextDueAt)}` : ''}
  </span>
);
