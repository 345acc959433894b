import { randomUUID } from 'node:crypto';
import {
  APP_ROLE,
  accounts,
  calendarFeeds,
  oneToOnes,
  weeklyListItems,
  weeklyLists,
} from '@tend/db';
import { eq, sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf } from '../test/operations.ts';
import { hashToken, SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';

/**
 * Tuesday 20 October 2026, 10:00 in London (summer time). Clocks go back on Sunday the 25th,
 * so Friday's meeting is in BST (UTC+1) and Monday's in GMT: 09:00 local is 08:00Z and 09:00Z.
 */
const NOW = new Date('2026-10-20T09:00:00Z');
const FRIDAY_9_LONDON = '2026-10-23T08:00:00.000Z';
const MONDAY_9_LONDON = '2026-10-26T09:00:00.000Z';
const VIDEO = 'https://meet.example.com/ann-lee';

const SCHEDULE = /* GraphQL */ `
  mutation Schedule($personId: ID!, $input: ScheduleOneToOneInput!) {
    result: scheduleOneToOne(personId: $personId, input: $input) {
      __typename
      ... on ScheduleOneToOnePayload { oneToOne { id } }
      ... on Error { message }
    }
  }
`;

const CREATE_FEED = /* GraphQL */ `
  mutation {
    result: createCalendarFeed {
      __typename
      ... on CreatedCalendarFeed { url webcalUrl feed { createdAt lastUsedAt } }
      ... on Error { message }
    }
  }
`;

const FEED = /* GraphQL */ `
  query { calendarFeed { createdAt lastUsedAt } }
`;

const COMPLETE = /* GraphQL */ `
  mutation($id: ID!) {
    result: completeOneToOne(id: $id) {
      __typename ... on CompleteOneToOnePayload { interaction { occurredAt } }
    }
  }
`;

const NO_SHOW = /* GraphQL */ `
  mutation($id: ID!) { result: markOneToOneNoShow(id: $id) { ... on OneToOne { status } } }
`;

const REVOKE_FEED = /* GraphQL */ `
  mutation { result: revokeCalendarFeed }
`;

const CALENDAR_FIELDS = /* GraphQL */ `
  query {
    upcomingOneToOnes { id startsAt endsAt inviteUrl googleCalendarUrl outlookCalendarUrl }
  }
`;

type Download = { status: number; headers: Headers; text: string };

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

/** A GET as a browser or a calendar app makes it: the body is iCalendar, not JSON. */
const download = async (path: string, cookie?: string): Promise<Download> => {
  const response = await fetch(`${api.url}${path}`, {
    headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
};

/** Parsed by ical.js, an independent implementation, as a calendar app would. */
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));

const eventsOf = (calendar: ICAL.Component) =>
  new Map(
    calendar
      .getAllSubcomponents('vevent')
      .map((event) => [String(event.getFirstPropertyValue('uid')), event]),
  );

const only = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};

const timeOf = (event: ICAL.Component, name: string) => {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`No ${name}`);
  const time = property.getFirstValue() as ICAL.Time;
  return {
    tzid: property.getParameter('tzid') ?? null,
    local: time.toString(),
    isDate: time.isDate,
    utc: time.isDate ? null : time.toJSDate().toISOString(),
  };
};

const valueIn = (event: ICAL.Component, name: string) => event.getFirstPropertyValue(name);

const paramsOf = (event: ICAL.Component, name: string) => {
  const property = event.getFirstProperty(name);
  if (!property) throw new Error(`No ${name}`);
  const value = String(property.getFirstValue());
  const params = (property.toJSON() as [string, Record<string, string>])[1];
  // URI schemes are case-insensitive, and ical-generator writes an attendee's as MAILTO.
  return { value: value.replace(/^mailto:/i, 'mailto:'), ...params };
};

let signedUp = 0;

/** A signed-up account in London, weeks starting on Monday, with its session cookie. */
const freshAccount = async (name: string) => {
  signedUp += 1;
  const email = `calendar${signedUp}@example.com`;
  const { accountId, cookie } = await api.signUp(email);
  await api.db
    .update(accounts)
    .set({ name, timezone: 'Europe/London', weekStart: 1, onboardedAt: NOW })
    .where(eq(accounts.id, accountId));
  const me = clientFor(api, accountId);
  const schedule = async (personId: string, input: Record<string, unknown>) => {
    const { result } = dataOf(
      await api.gql<{
        result: { __typename: string; message?: string; oneToOne?: { id: string } };
      }>(accountId, SCHEDULE, { personId, input }),
    );
    if (!result.oneToOne) throw new Error(`${result.__typename}: ${result.message}`);
    return result.oneToOne.id;
  };
  return { accountId, email, cookie, me, schedule };
};

/** Account with the two meetings either side of the clock change. */
const accountWithMeetings = async () => {
  const account = await freshAccount('Mia Organiser');
  const ann = await account.me.addPerson({
    name: 'Ann Lee',
    emails: ['ann@example.com', 'ann.lee@work.example'],
  });
  const bo = await account.me.addPerson('Bo Ng');
  const friday = await account.schedule(ann.id, {
    startsAt: FRIDAY_9_LONDON,
    place: 'Café Nero, High St',
    videoLink: VIDEO,
    agenda: { learn: { goals: 'A second office' }, tell: 'Brand design for accountants' },
  });
  const monday = await account.schedule(bo.id, { startsAt: MONDAY_9_LONDON, durationMinutes: 30 });
  return { ...account, ann, bo, friday, monday };
};

describe('a one-to-one’s calendar invite', () => {
  it('is an iCalendar request with every field, in London time across the clock change', async () => {
    const { cookie, email, friday, monday } = await accountWithMeetings();
    const invite = await download(`/calendar/one-to-ones/${friday}.ics`, cookie);
    expect(invite.status).toBe(200);
    expect(invite.headers.get('content-type')).toBe('text/calendar; charset=utf-8; method=REQUEST');
    expect(invite.headers.get('content-disposition')).toBe(
      'attachment; filename="one-to-one-ann-lee-2026-10-23.ics"',
    );
    expect(invite.headers.get('cache-control')).toBe('no-store');
    // DTSTAMP is UTC, as RFC 5545 requires, whatever the event's zone.
    expect(invite.text).toContain('DTSTAMP:20261020T090000Z');

    const calendar = parse(invite.text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tend//Tend//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
    const zone = only(calendar.getAllSubcomponents('vtimezone'));
    expect(zone.getFirstPropertyValue('tzid')).toBe('Europe/London');
    expect(
      zone.getAllSubcomponents().map((part) => [part.name, part.getFirstPropertyValue('tzname')]),
    ).toEqual([
      ['daylight', 'BST'],
      ['standard', 'GMT'],
    ]);

    const event = only(calendar.getAllSubcomponents('vevent'));
    expect(valueIn(event, 'uid')).toBe(`${friday}@tend`);
    expect(valueIn(event, 'sequence')).toBe(0);
    expect((valueIn(event, 'dtstamp') as ICAL.Time).toJSDate()).toEqual(NOW);
    expect(valueIn(event, 'summary')).toBe('One-to-one with Ann Lee');
    expect(valueIn(event, 'description')).toBe(
      [
        'What to learn about them',
        '- Goals: A second office',
        '',
        'What to tell them',
        'Brand design for accountants',
        '',
        `Video link: ${VIDEO}`,
      ].join('\n'),
    );
    expect(valueIn(event, 'location')).toBe('Café Nero, High St');
    expect(valueIn(event, 'url')).toBe(VIDEO);
    expect(valueIn(event, 'status')).toBe('CONFIRMED');
    expect(paramsOf(event, 'organizer')).toEqual({
      value: `mailto:${email}`,
      cn: 'Mia Organiser',
    });
    expect(paramsOf(event, 'attendee')).toEqual({
      value: 'mailto:ann@example.com',
      cn: 'Ann Lee',
      role: 'REQ-PARTICIPANT',
      partstat: 'NEEDS-ACTION',
      rsvp: 'TRUE',
    });
    expect(timeOf(event, 'dtstart')).toEqual({
      tzid: 'Europe/London',
      local: '2026-10-23T09:00:00',
      isDate: false,
      utc: FRIDAY_9_LONDON,
    });
    expect(timeOf(event, 'dtend')).toEqual({
      tzid: 'Europe/London',
      local: '2026-10-23T10:00:00',
      isDate: false,
      utc: '2026-10-23T09:00:00.000Z',
    });

    // After the clock change the same wall time is an hour later in UTC.
    const after = only(
      parse(
        (await download(`/calendar/one-to-ones/${monday}.ics`, cookie)).text,
      ).getAllSubcomponents('vevent'),
    );
    expect(timeOf(after, 'dtstart')).toEqual({
      tzid: 'Europe/London',
      local: '2026-10-26T09:00:00',
      isDate: false,
      utc: MONDAY_9_LONDON,
    });
    expect(timeOf(after, 'dtend')).toMatchObject({
      local: '2026-10-26T09:30:00',
      utc: '2026-10-26T09:30:00.000Z',
    });
    // No place, no video link, no e-mail: nothing made up.
    expect(valueIn(after, 'summary')).toBe('One-to-one with Bo Ng');
    for (const missing of ['location', 'url', 'attendee', 'description']) {
      expect(after.hasProperty(missing), missing).toBe(false);
    }
  });

  it('keeps its uid and raises its sequence when rescheduled, and cancels with METHOD:CANCEL', async () => {
    const { cookie, friday } = await accountWithMeetings();
    // Rescheduled across the clock change, to Monday 10:00 in London.
    await api.db
      .update(oneToOnes)
      .set({ startsAt: new Date('2026-10-26T10:00:00Z'), sequence: 1 })
      .where(eq(oneToOnes.id, friday));
    const moved = await download(`/calendar/one-to-ones/${friday}.ics`, cookie);
    expect(moved.headers.get('content-disposition')).toBe(
      'attachment; filename="one-to-one-ann-lee-2026-10-26.ics"',
    );
    const movedEvent = only(parse(moved.text).getAllSubcomponents('vevent'));
    expect(valueIn(movedEvent, 'uid')).toBe(`${friday}@tend`);
    expect(valueIn(movedEvent, 'sequence')).toBe(1);
    expect(timeOf(movedEvent, 'dtstart')).toEqual({
      tzid: 'Europe/London',
      local: '2026-10-26T10:00:00',
      isDate: false,
      utc: '2026-10-26T10:00:00.000Z',
    });

    await api.db
      .update(oneToOnes)
      .set({ status: 'CANCELLED', sequence: 2 })
      .where(eq(oneToOnes.id, friday));
    const cancelled = await download(`/calendar/one-to-ones/${friday}.ics`, cookie);
    expect(cancelled.status).toBe(200);
    expect(cancelled.headers.get('content-type')).toBe(
      'text/calendar; charset=utf-8; method=CANCEL',
    );
    const calendar = parse(cancelled.text);
    expect(calendar.getFirstPropertyValue('method')).toBe('CANCEL');
    const event = only(calendar.getAllSubcomponents('vevent'));
    expect(valueIn(event, 'uid')).toBe(`${friday}@tend`);
    expect(valueIn(event, 'sequence')).toBe(2);
    expect(valueIn(event, 'status')).toBe('CANCELLED');
  });

  it('needs a session, and shows only the account’s own one-to-ones', async () => {
    const { cookie, friday } = await accountWithMeetings();
    const other = await freshAccount('Other Person');

    const anonymous = await download(`/calendar/one-to-ones/${friday}.ics`);
    expect(anonymous.status).toBe(401);
    expect(JSON.parse(anonymous.text)).toEqual({ error: { message: 'Sign in to continue.' } });

    for (const path of [
      `/calendar/one-to-ones/${friday}.ics`,
      `/calendar/one-to-ones/${randomUUID()}.ics`,
      '/calendar/one-to-ones/not-an-id.ics',
      `/calendar/one-to-ones/${friday}`,
      `/calendar/one-to-ones/${friday}.ics.ics`,
    ]) {
      const response = await download(path, other.cookie);
      expect(response.status, path).toBe(404);
      expect(JSON.parse(response.text), path).toEqual({ error: { message: 'Not found.' } });
    }
    expect((await download(`/calendar/one-to-ones/${friday}.ics`, cookie)).status).toBe(200);
  });
});

describe('one-to-one calendar fields', () => {
  it('give the invite’s address, the end, and filled-in Google and Outlook links', async () => {
    const { accountId, friday, monday } = await accountWithMeetings();
    const { upcomingOneToOnes } = dataOf(
      await api.gql<{
        upcomingOneToOnes: {
          id: string;
          startsAt: string;
          endsAt: string;
          inviteUrl: string;
          googleCalendarUrl: string;
          outlookCalendarUrl: string;
        }[];
      }>(accountId, CALENDAR_FIELDS),
    );
    const [first, second] = upcomingOneToOnes;
    expect(first).toMatchObject({
      id: friday,
      endsAt: '2026-10-23T09:00:00.000Z',
      inviteUrl: `/calendar/one-to-ones/${friday}.ics`,
    });
    expect(second).toMatchObject({ id: monday, endsAt: '2026-10-26T09:30:00.000Z' });
    const google = new URL(first?.googleCalendarUrl ?? '');
    expect(google.searchParams.get('text')).toBe('One-to-one with Ann Lee');
    expect(google.searchParams.get('dates')).toBe('20261023T080000Z/20261023T090000Z');
    expect(google.searchParams.get('location')).toBe('Café Nero, High St');
    expect(google.searchParams.get('details')).toContain(`Video link: ${VIDEO}`);
    const outlook = new URL(second?.outlookCalendarUrl ?? '');
    expect(outlook.searchParams.get('subject')).toBe('One-to-one with Bo Ng');
    expect(outlook.searchParams.get('startdt')).toBe('2026-10-26T09:00:00Z');
    expect(outlook.searchParams.get('enddt')).toBe('2026-10-26T09:30:00Z');
  });
});

type CreatedFeed = {
  __typename: 'CreatedCalendarFeed';
  url: string;
  webcalUrl: string;
  feed: { createdAt: string; lastUsedAt: string | null };
};

const createFeed = async (accountId: string) => {
  const { result } = dataOf(await api.gql<{ result: CreatedFeed }>(accountId, CREATE_FEED));
  expect(result.__typename).toBe('CreatedCalendarFeed');
  return result;
};

const feedOf = async (accountId: string) =>
  dataOf(
    await api.gql<{ calendarFeed: { createdAt: string; lastUsedAt: string | null } | null }>(
      accountId,
      FEED,
    ),
  ).calendarFeed;

const feedPath = (url: string) => new URL(url).pathname;

/** This week's reconnect list (the week of Monday 19 October), made directly. */
const weekListOf = async (
  accountId: string,
  items: { personId: string; status: 'PENDING' | 'DONE' | 'SKIPPED' }[],
) => {
  const [list] = await api.db
    .insert(weeklyLists)
    .values({ accountId, weekStartsOn: '2026-10-19', createdAt: NOW })
    .returning();
  if (!list) throw new Error('No list');
  return api.db
    .insert(weeklyListItems)
    .values(
      items.map((item, position) => ({
        accountId,
        weeklyListId: list.id,
        personId: item.personId,
        position,
        anchorKind: 'ADDED' as const,
        anchorAt: NOW,
        cadenceDays: 30,
        readiness: 0,
        dormant: false,
        status: item.status,
      })),
    )
    .returning();
};

describe('the calendar subscription feed', () => {
  it('serves, without a cookie, the planned and done one-to-ones and this week’s list as all-day items', async () => {
    const { accountId, me, ann, bo, friday, monday } = await accountWithMeetings();
    const cy = await me.addPerson('Cy Park');
    const dee = await me.addPerson('Dee Roy');
    // Planned and done ones of the last 30 days are still shown; older ones, cancelled ones
    // and no-shows are not.
    const past = (days: number) => new Date(NOW.getTime() - days * 86_400_000);
    const [recent, old, done, oldDone, cancelled, noShow] = await api.db
      .insert(oneToOnes)
      .values([
        { accountId, personId: cy.id, startsAt: past(10), status: 'PLANNED' as const },
        { accountId, personId: cy.id, startsAt: past(40), status: 'PLANNED' as const },
        { accountId, personId: cy.id, startsAt: past(2), status: 'DONE' as const },
        { accountId, personId: cy.id, startsAt: past(31), status: 'DONE' as const },
        {
          accountId,
          personId: cy.id,
          startsAt: new Date('2026-10-27T09:00:00Z'),
          status: 'CANCELLED' as const,
        },
        { accountId, personId: cy.id, startsAt: past(1), status: 'NO_SHOW' as const },
      ])
      .returning();
    const [pending, ticked, skipped] = await weekListOf(accountId, [
      { personId: bo.id, status: 'PENDING' },
      { personId: ann.id, status: 'DONE' },
      { personId: dee.id, status: 'SKIPPED' },
    ]);
    // Someone else's meeting and list never show.
    const stranger = await freshAccount('Stranger');
    const theirPerson = await stranger.me.addPerson('Secret Sam');
    const theirMeeting = await stranger.schedule(theirPerson.id, { startsAt: FRIDAY_9_LONDON });
    const [theirItem] = await weekListOf(stranger.accountId, [
      { personId: theirPerson.id, status: 'PENDING' },
    ]);

    const created = await createFeed(accountId);
    expect(created.url).toMatch(
      new RegExp(`^${api.url.replace(/\./g, '\\.')}/calendar/feed/[A-Za-z0-9_-]{43}\\.ics$`),
    );
    expect(created.webcalUrl).toBe(created.url.replace(/^http:/, 'webcal:'));
    expect(created.feed).toEqual({ createdAt: NOW.toISOString(), lastUsedAt: null });

    const feed = await download(feedPath(created.url));
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(feed.headers.get('cache-control')).toBe('no-store');
    const calendar = parse(feed.text);
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Tend//Tend//EN');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tend one-to-ones');
    expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('PT1H');
    expect(String(calendar.getFirstPropertyValue('x-published-ttl'))).toBe('PT1H');
    expect(only(calendar.getAllSubcomponents('vtimezone')).getFirstPropertyValue('tzid')).toBe(
      'Europe/London',
    );

    const events = eventsOf(calendar);
    expect([...events.keys()].sort()).toEqual(
      [friday, monday, recent?.id, done?.id, pending?.id, ticked?.id]
        .map((id) => `${id}@tend`)
        .sort(),
    );
    for (const absent of [old, oldDone, cancelled, noShow, skipped]) {
      expect(events.has(`${absent?.id}@tend`)).toBe(false);
    }
    expect(feed.text).not.toContain(theirMeeting);
    expect(feed.text).not.toContain(String(theirItem?.id));
    expect(feed.text).not.toContain('Secret Sam');

    // A done meeting stays where it happened, ticked: history, no longer a confirmed appointment.
    const doneEvent = events.get(`${done?.id}@tend`);
    if (!doneEvent) throw new Error('No done event');
    expect(valueIn(doneEvent, 'summary')).toBe('✓ One-to-one with Cy Park');
    expect(doneEvent.hasProperty('status')).toBe(false);
    expect(valueIn(doneEvent, 'transp')).toBe('TRANSPARENT');
    expect(timeOf(doneEvent, 'dtstart')).toMatchObject({ utc: past(2).toISOString() });

    // The same event as the invite: uid, sequence, times.
    const fridayEvent = events.get(`${friday}@tend`);
    if (!fridayEvent) throw new Error('No Friday event');
    expect(valueIn(fridayEvent, 'status')).toBe('CONFIRMED');
    expect(valueIn(fridayEvent, 'transp')).toBe('OPAQUE');
    expect(valueIn(fridayEvent, 'sequence')).toBe(0);
    expect(valueIn(fridayEvent, 'summary')).toBe('One-to-one with Ann Lee');
    expect(timeOf(fridayEvent, 'dtstart')).toEqual({
      tzid: 'Europe/London',
      local: '2026-10-23T09:00:00',
      isDate: false,
      utc: FRIDAY_9_LONDON,
    });
    const mondayEvent = events.get(`${monday}@tend`);
    if (!mondayEvent) throw new Error('No Monday event');
    expect(timeOf(mondayEvent, 'dtstart')).toMatchObject({
      local: '2026-10-26T09:00:00',
      utc: MONDAY_9_LONDON,
    });

    const allDay = (id: string | undefined) => {
      const event = events.get(`${id}@tend`);
      if (!event) throw new Error(`No event ${id}`);
      return {
        summary: valueIn(event, 'summary'),
        start: timeOf(event, 'dtstart'),
        end: timeOf(event, 'dtend'),
      };
    };
    const monday19 = { tzid: null, local: '2026-10-19', isDate: true, utc: null };
    const tuesday20 = { tzid: null, local: '2026-10-20', isDate: true, utc: null };
    expect(allDay(pending?.id)).toEqual({
      summary: 'Reconnect with Bo Ng',
      start: monday19,
      end: tuesday20,
    });
    expect(allDay(ticked?.id)).toEqual({
      summary: '✓ Reconnect with Ann Lee',
      start: monday19,
      end: tuesday20,
    });
  });

  it('shows a meeting marked done before its start at its time, ticked and not confirmed, and drops a no-show', async () => {
    const { accountId, cookie, me, schedule } = await freshAccount('Early Finisher');
    const eve = await me.addPerson('Eve Early');
    const fay = await me.addPerson('Fay Missed');
    // Tomorrow at 08:00 London (BST): not started, but within the day a touch may be ahead.
    const tomorrow = '2026-10-21T07:00:00.000Z';
    const early = await schedule(eve.id, { startsAt: tomorrow });
    const completed = dataOf(
      await api.gql<{ result: { __typename: string; interaction?: { occurredAt: string } } }>(
        accountId,
        COMPLETE,
        { id: early },
      ),
    ).result;
    expect(completed).toEqual({
      __typename: 'CompleteOneToOnePayload',
      interaction: { occurredAt: tomorrow },
    });
    // Started an hour ago; they did not come.
    const [missed] = await api.db
      .insert(oneToOnes)
      .values({ accountId, personId: fay.id, startsAt: new Date(NOW.getTime() - 3_600_000) })
      .returning();
    if (!missed) throw new Error('No meeting');
    expect(
      dataOf(await api.gql<{ result: { status: string } }>(accountId, NO_SHOW, { id: missed.id }))
        .result,
    ).toEqual({ status: 'NO_SHOW' });

    const created = await createFeed(accountId);
    const events = eventsOf(parse((await download(feedPath(created.url))).text));
    expect([...events.keys()]).toEqual([`${early}@tend`]);
    const event = events.get(`${early}@tend`);
    if (!event) throw new Error('No event');
    expect(valueIn(event, 'summary')).toBe('✓ One-to-one with Eve Early');
    expect(event.hasProperty('status')).toBe(false);
    expect(valueIn(event, 'transp')).toBe('TRANSPARENT');
    expect(timeOf(event, 'dtstart')).toEqual({
      tzid: 'Europe/London',
      local: '2026-10-21T08:00:00',
      isDate: false,
      utc: tomorrow,
    });
    // Each one's own invite says the same: done is history, a no-show did not take place.
    const invite = only(
      parse(
        (await download(`/calendar/one-to-ones/${early}.ics`, cookie)).text,
      ).getAllSubcomponents('vevent'),
    );
    expect(invite.hasProperty('status')).toBe(false);
    const missedInvite = only(
      parse(
        (await download(`/calendar/one-to-ones/${missed.id}.ics`, cookie)).text,
      ).getAllSubcomponents('vevent'),
    );
    expect(valueIn(missedInvite, 'status')).toBe('CANCELLED');
  });

  it('records its use at most hourly, and a new address or a revoke stops the old one', async () => {
    const { accountId, cookie } = await accountWithMeetings();
    expect(await feedOf(accountId)).toBeNull();
    const first = await createFeed(accountId);
    expect((await download(feedPath(first.url))).status).toBe(200);
    expect(await feedOf(accountId)).toEqual({
      createdAt: NOW.toISOString(),
      lastUsedAt: NOW.toISOString(),
    });
    api.setNow(new Date(NOW.getTime() + 30 * 60_000));
    expect((await download(feedPath(first.url))).status).toBe(200);
    expect((await feedOf(accountId))?.lastUsedAt).toBe(NOW.toISOString());
    const later = new Date(NOW.getTime() + 61 * 60_000);
    api.setNow(later);
    expect((await download(feedPath(first.url))).status).toBe(200);
    expect((await feedOf(accountId))?.lastUsedAt).toBe(later.toISOString());

    // A new address replaces the old, which then answers as if it never was.
    const second = await createFeed(accountId);
    expect(second.url).not.toBe(first.url);
    const stale = await download(feedPath(first.url));
    expect(stale.status).toBe(404);
    expect(JSON.parse(stale.text)).toEqual({ error: { message: 'Not found.' } });
    expect((await download(feedPath(second.url))).status).toBe(200);
    // The session cookie is no way in either.
    expect((await download(feedPath(first.url), cookie)).status).toBe(404);

    const revoke = async () =>
      dataOf(await api.gql<{ result: boolean }>(accountId, REVOKE_FEED)).result;
    expect(await revoke()).toBe(true);
    expect((await download(feedPath(second.url))).status).toBe(404);
    expect(await feedOf(accountId)).toBeNull();
    expect(await revoke()).toBe(false);

    for (const path of ['/calendar/feed/nothing.ics', '/calendar/feed/.ics', '/calendar/feed/x']) {
      expect((await download(path)).status, path).toBe(404);
    }
  });

  it('lets a token’s hash read its own feed row only, and write nothing, before the account is known', async () => {
    const mine = await freshAccount('Token Owner');
    const theirs = await freshAccount('Token Other');
    const created = await createFeed(mine.accountId);
    await createFeed(theirs.accountId);
    const token = feedPath(created.url).replace(/^\/calendar\/feed\/|\.ics$/g, '');
    // As the app role with only the hash set, the way the feed route looks a token up.
    const asLookup = <T>(tokenHash: string, work: (tx: typeof api.db) => Promise<T>) =>
      api.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local role ${APP_ROLE}`));
        await tx.execute(sql`select set_config('tend.feed_token_hash', ${tokenHash}, true)`);
        return work(tx as unknown as typeof api.db);
      });
    const visible = (tokenHash: string) =>
      asLookup(tokenHash, (tx) =>
        tx.select({ accountId: calendarFeeds.accountId }).from(calendarFeeds),
      );
    expect(await visible(hashToken(token))).toEqual([{ accountId: mine.accountId }]);
    expect(await visible('')).toEqual([]);
    expect(await visible(hashToken('guess'))).toEqual([]);
    const written = await asLookup(hashToken(token), (tx) =>
      tx.update(calendarFeeds).set({ lastUsedAt: NOW }).returning({ id: calendarFeeds.id }),
    );
    expect(written).toEqual([]);
  });
});
