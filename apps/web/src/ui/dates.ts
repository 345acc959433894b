const dateFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
});

export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));

/** "in 3 days", "2 weeks ago": relative to the browser's now. */
export const formatRelative = (iso: string, now: Date = new Date()): string => {
  const days = Math.round((new Date(iso).getTime() - now.getTime()) / 86_400_000);
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
