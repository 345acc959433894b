import { TZDate } from '@date-fns/tz';

/** A wall-clock date and time in some zone, as a date input and a time input hold them. */
export type WallTime = { date: string; time: string };

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The instant a wall-clock date and time name in the account's zone, whatever zone the browser
 * is in; null when either part is missing or malformed.
 */
export const wallTimeToIso = ({ date, time }: WallTime, timeZone: string): string | null => {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  if (!year || !month || !day || hours === undefined || minutes === undefined) return null;
  if (Number.isNaN(hours) || Number.isNaN(minutes)) return null;
  const instant = new TZDate(year, month - 1, day, hours, minutes, timeZone);
  return Number.isNaN(instant.getTime()) ? null : new Date(instant.getTime()).toISOString();
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
