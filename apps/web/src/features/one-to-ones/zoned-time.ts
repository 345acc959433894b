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

const formats = new Map<string, Intl.DateTimeFormat>();

/** "Mon 26 Oct 2026, 09:00" in the account's zone. */
export const formatMeetingTime = (iso: string, timeZone: string): string => {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
    });
    formats.set(timeZone, format);
  }
  return format.format(new Date(iso));
};
