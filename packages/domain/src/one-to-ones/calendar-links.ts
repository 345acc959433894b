import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { addMinutes } from '../shared/time.ts';
import { fullAgenda, type PartialAgenda } from './agenda.ts';
import { agendaText } from './agenda-text.ts';
import type { TimeSlot } from './overlaps.ts';

/** What a calendar is told about one meeting. */
export type CalendarEventText = {
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
};

export const oneToOneTitle = (personName: string): string => `One-to-one with ${personName}`;

/** A calendar entry's title, ticked once done so it reads as history, not as a plan. */
export const tickedTitle = (title: string, done: boolean): string => (done ? `✓ ${title}` : title);

/** A reconnect-list item as an all-day calendar entry, ticked once done. */
export const reconnectTitle = (personName: string, done: boolean): string =>
  tickedTitle(`Reconnect with ${personName}`, done);

/** Where to meet: the place, else the video link, else nowhere in particular. */
export const oneToOneLocation = ({
  place,
  videoLink,
}: {
  place: string | null;
  videoLink: string | null;
}): string => place?.trim() || videoLink?.trim() || '';

/** The agenda as text, then the video link, so the invite alone is enough to join. */
export const oneToOneDescription = ({
  agenda,
  videoLink,
}: {
  agenda: PartialAgenda;
  videoLink: string | null;
}): string => {
  // Stored agendas may predate a part, so missing parts read as empty.
  const text = agendaText(fullAgenda(agenda));
  const link = videoLink?.trim() ? `Video link: ${videoLink.trim()}` : '';
  return [text, link].filter((part) => part !== '').join('\n\n');
};

export const oneToOneEndsAt = (slot: TimeSlot): Date =>
  addMinutes(slot.startsAt, slot.durationMinutes);

/** The one-to-one as every calendar (invite, feed, add-to-calendar links) describes it. */
export const oneToOneEventText = (
  oneToOne: TimeSlot & { place: string | null; videoLink: string | null; agenda: PartialAgenda },
  personName: string,
): CalendarEventText => ({
  title: oneToOneTitle(personName),
  description: oneToOneDescription(oneToOne),
  location: oneToOneLocation(oneToOne),
  startsAt: oneToOne.startsAt,
  endsAt: oneToOneEndsAt(oneToOne),
});

/** Seconds are all calendars want; milliseconds confuse some. */
const isoSeconds = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

// Spaces as %20 rather than URLSearchParams' '+', which Outlook shows literally.
const query = (params: [string, string][]): string =>
  params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');

/** Google Calendar's "create event" page, filled in. */
export const googleCalendarUrl = (event: CalendarEventText): string => {
  const compact = (date: Date) => isoSeconds(date).replace(/[-:]/g, '');
  return `https://calendar.google.com/calendar/render?${query([
    ['action', 'TEMPLATE'],
    ['text', event.title],
    ['dates', `${compact(event.startsAt)}/${compact(event.endsAt)}`],
    ['details', event.description],
    ['location', event.location],
  ])}`;
};

/** Outlook on the web's "new event" page, filled in. */
export const outlookCalendarUrl = (event: CalendarEventText): string =>
  `https://outlook.live.com/calendar/0/action/compose?${query([
    ['subject', event.title],
    ['startdt', isoSeconds(event.startsAt)],
    ['enddt', isoSeconds(event.endsAt)],
    ['body', event.description],
    ['location', event.location],
    ['path', '/calendar/action/compose'],
    ['rru', 'addevent'],
  ])}`;

/**
 * The instant as a date whose local fields read the wall-clock time in the zone, which is what
 * iCalendar writers put after a TZID (a plain Date would give the server's own zone).
 */
export const wallClockIn = (date: Date, timezone: string): Date =>
  new TZDate(date.getTime(), timezone);

const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');

/** e.g. one-to-one-ann-lee-2026-10-23.ics, dated in the account's zone. */
export const oneToOneFileName = (personName: string, startsAt: Date, timezone: string): string => {
  const name = slug(personName);
  const day = format(new TZDate(startsAt.getTime(), timezone), 'yyyy-MM-dd');
  return `one-to-one-${name ? `${name}-` : ''}${day}.ics`;
};
