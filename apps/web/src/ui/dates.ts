import { TZDate } from '@date-fns/tz';

const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));

const DAY_MS = 86_400_000;

/** Whole calendar days from the day holding `now` to the day holding `iso`, in `timeZone`. */
const calendarDaysFrom = (iso: string, now: Date, timeZone: string): number => {
  const dayNumber = (ms: number) => {
    const local = new TZDate(ms, timeZone);
    return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()) / DAY_MS;
  };
  return dayNumber(new Date(iso).getTime()) - dayNumber(now.getTime());
};

/**
 * "in 3 days", "2 weeks ago": relative to the browser's now; in calendar days of `timeZone`
 * when given (a due date is a day in the account's zone: "tomorrow" from any hour today).
 */
export const formatRelative = (iso: string, now: Date = new Date(), timeZone?: string): string => {
  const days = timeZone
    ? calendarDaysFrom(iso, now, timeZone)
    : Math.round((new Date(iso).getTime() - now.getTime()) / DAY_MS);
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (Math.abs(days) < 14) return rtf.format(days, 'day');
  if (Math.abs(days) < 60) return rtf.format(Math.round(days / 7), 'week');
  return rtf.format(Math.round(days / 30), 'month');
};

/** Today's date in the browser's zone, as YYYY-MM-DD for a date input. */
export const todayInputValue = (now: Date = new Date()): string => {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
};

/** A date input's value as an instant: midday local time, so the day survives any zone. */
export const dateInputToIso = (value: string): string | null => {
  const [year, month, day] = value.split('-').map(Number);
  if (!year || !month || !day) return null;
  const date = new Date(year, month - 1, day, 12, 0, 0);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** "just now", "5 minutes ago", "3 hours ago", "yesterday": for recent instants. */
export const formatAgo = (iso: string, now: Date = new Date()): string => {
  const minutes = Math.round((now.getTime() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
  if (minutes < 60) return rtf.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return rtf.format(-hours, 'hour');
  return formatRelative(iso, now);
};

const dayMonthFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});
const dayMonthYearFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A calendar date (YYYY-MM-DD, such as a week's first day in the account's zone) in words:
 * "23 Nov", with the year when it is not this year. Read as a date, not an instant, so no
 * zone moves it to another day.
 */
export const formatCalendarDate = (
  day: string,
  { withYear }: { withYear?: boolean } = {},
): string => {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const showYear = withYear ?? date.getUTCFullYear() !== new Date().getFullYear();
  return (showYear ? dayMonthYearFormat : dayMonthFormat).format(date);
};

/** An instant as YYYY-MM-DD in the browser's zone, for a date input. */
export const isoToDateInput = (iso: string): string => todayInputValue(new Date(iso));

/** Tomorrow in the browser's zone, as YYYY-MM-DD: the first day a snooze can end on. */
export const tomorrowInputValue = (now: Date = new Date()): string => {
  const tomorrow = new Date(now);
  tomorrow.setDate(tomorrow.getDate() + 1);
  return todayInputValue(tomorrow);
};

/** 100 years before today, as YYYY-MM-DD: the server refuses a past date further back. */
export const earliestPastInputValue = (now: Date = new Date()): string => {
  const earliest = new Date(now);
  earliest.setFullYear(earliest.getFullYear() - 100);
  return todayInputValue(earliest);
};
