import { TZDate } from '@date-fns/tz';

/** A wall-clock date and time in some zone, as a date input and a time input hold them. */
export type WallTime = { date: string; time: string };

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant a wall-clock date and time name in the account's zone, whatever zone the browser
 * is in; null when either part is missing or malformed, or when the clocks skip that time (the
 * hour lost when they go forward), rather than silently moving it.
 */
export const wallTimeToIso = (wall: WallTime, timeZone: string): string | null => {
  const [year, month, day] = wall.date.split('-').map(Number);
  const [hours, minutes] = wall.time.split(':').map(Number);
  if (!year || !month || !day || hours === undefined || minutes === undefined) return null;
  if (Number.isNaN(hours) || Number.isNaN(minutes)) return null;
  const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  if (Number.isNaN(instant.getTime())) return null;
  const iso = new Date(instant.getTime()).toISOString();
  const back = isoToWallTime(iso, timeZone);
  return back.date === wall.date && back.time === wall.time ? iso : null;
};

/** An instant as the date and time it reads in the account's zone. */
export const isoToWallTime = (iso: string, timeZone: string): WallTime => {
  const zoned = new TZDate(new Date(iso).getTime(), timeZone);
  return {
    date: `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}`,
    time: `${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`,
  };
};

/** The calendar day after the one holding `now` in the zone, as YYYY-MM-DD (not now + 24 h). */
export const tomorrowIn = (now: Date, timeZone: string): string => {
  const zoned = new TZDate(now.getTime(), timeZone);
  // Counted on a plain UTC date, where no clock change can move it.
  return new Date(Date.UTC(zoned.getFullYear(), zoned.getMonth(), zoned.getDate() + 1))
    .toISOString()
    .slice(0, 10);
};

const formats = new Map<string, Intl.DateTimeFormat>();

const formatIn = (
  iso: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions & { key: string },
): string => {
  const cacheKey = `${options.key} ${timeZone}`;
  let format = formats.get(cacheKey);
  if (!format) {
    const { key: _key, ...fields } = options;
    format = new Intl.DateTimeFormat(undefined, { ...fields, timeZone });
    formats.set(cacheKey, format);
  }
  return format.format(new Date(iso));
};

/** "Mon 26 Oct 2026, 09:00" in the account's zone. */
export const formatMeetingTime = (iso: string, timeZone: string): string =>
  formatIn(iso, timeZone, {
    key: 'time',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

/** "26 Nov 2026": the day of a meeting in the account's zone, for list rows. */
export const formatMeetingDay = (iso: string, timeZone: string): string =>
  formatIn(iso, timeZone, { key: 'day', day: 'numeric', month: 'short', year: 'numeric' });
