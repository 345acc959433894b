import { formatDate, formatRelative } from '../../ui/dates.ts';
import { useAccountSettings } from '../accounts/account-settings.ts';
import { formatMeetingDay } from '../one-to-ones/zoned-time.ts';

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

/**
 * A due date in words, as the day it is in the account's zone (due dates are days there),
 * whatever the browser's zone.
 */
export const useFormatDueDay = () => {
  const timeZone = useAccountSettings().data?.timezone;
  return {
    day: (iso: string) => (timeZone ? formatMeetingDay(iso, timeZone) : formatDate(iso)),
    /** "in 3 days", "12 days ago": counted in calendar days there. */
    relative: (iso: string) => formatRelative(iso, new Date(), timeZone),
  };
};

/** Amber from the ideal gap's day, red from the maximum's; the due date in words for screen readers too. */
export const DueBadge = ({ state, nextDueAt }: { state: DueState; nextDueAt: string | null }) => {
  const { day } = useFormatDueDay();
  return (
    <span className={CLASSES[state]} data-due-state={state}>
      {LABELS[state]}
      {nextDueAt && state === 'OK' ? ` · due ${day(nextDueAt)}` : ''}
    </span>
  );
};
