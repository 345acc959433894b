import type { AccountRow, oneToOnes, people } from '@tend/db';
import { type OneToOneStatus, oneToOneEventText, tickedTitle, wallClockIn } from '@tend/domain';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  type ICalCalendar,
  type ICalCalendarData,
  ICalCalendarMethod,
  ICalEventStatus,
  ICalEventTransparency,
} from 'ical-generator';

export type OneToOneInvite = {
  oneToOne: typeof oneToOnes.$inferSelect;
  person: Pick<typeof people.$inferSelect, 'name' | 'emails'>;
  account: Pick<AccountRow, 'name' | 'email' | 'timezone'>;
};

/**
 * A calendar of Tend's. Its zone has no name, only the VTIMEZONE generator: with a named
 * calendar zone ical-generator writes DTSTAMP as local time without the Z the RFC requires.
 * Each event carries the account's zone instead, and gets its VTIMEZONE block from that.
 */
export const tendCalendar = (data: ICalCalendarData = {}): ICalCalendar =>
  ical({
    prodId: { company: 'Tend', product: 'Tend', language: 'EN' },
    timezone: { name: null, generator: getVtimezoneComponent },
    ...data,
  });

/** The uid stays the same through every reschedule, so calendars update the one event. */
export const oneToOneUid = (oneToOneId: string): string => `${oneToOneId}@tend`;

/**
 * A planned meeting is a confirmed appointment. A done one is history, wherever it sits (it
 * may be marked done before its start): ticked, no longer confirmed, and not keeping the time
 * busy. A cancelled or missed one did not happen.
 */
const EVENT_STATUS: Record<OneToOneStatus, ICalEventStatus | null> = {
  PLANNED: ICalEventStatus.CONFIRMED,
  DONE: null,
  CANCELLED: ICalEventStatus.CANCELLED,
  NO_SHOW: ICalEventStatus.CANCELLED,
};

/** Adds the one-to-one as a VEVENT: the same in the invite and in the feed. */
export const addOneToOneEvent = (
  calendar: ICalCalendar,
  { oneToOne, person, account }: OneToOneInvite,
  now: Date,
) => {
  const text = oneToOneEventText(oneToOne, person.name);
  const attendeeEmail = person.emails.find((email) => email.trim() !== '');
  return calendar.createEvent({
    id: oneToOneUid(oneToOne.id),
    sequence: oneToOne.sequence,
    stamp: now,
    timezone: account.timezone,
    start: wallClockIn(text.startsAt, account.timezone),
    end: wallClockIn(text.endsAt, account.timezone),
    summary: tickedTitle(text.title, oneToOne.status === 'DONE'),
    description: text.description || null,
    location: text.location || null,
    url: oneToOne.videoLink?.trim() || null,
    status: EVENT_STATUS[oneToOne.status],
    transparency:
      oneToOne.status === 'PLANNED'
        ? ICalEventTransparency.OPAQUE
        : ICalEventTransparency.TRANSPARENT,
    // The local account made before sign-in has no address; an organizer needs one.
    organizer: account.email ? { name: account.name, email: account.email } : null,
    attendees: attendeeEmail
      ? [
          {
            name: person.name,
            email: attendeeEmail.trim(),
            role: ICalAttendeeRole.REQ,
            rsvp: true,
            status: ICalAttendeeStatus.NEEDSACTION,
          },
        ]
      : [],
  });
};

/** The .ics invite for one one-to-one: a request, or its cancellation once cancelled. */
export const oneToOneInvite = (invite: OneToOneInvite, now: Date) => {
  const method =
    invite.oneToOne.status === 'CANCELLED' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST;
  const calendar = tendCalendar({ method });
  addOneToOneEvent(calendar, invite, now);
  return { method, ics: calendar.toString() };
};
