import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, type DepthDimension, type ErrorResult } from '../test/operations.ts';
import {
  at,
  createLongLivedAccount,
  loopClientFor,
  markKnowsTargetBuyer,
  type WeeklyListView,
} from '../test/weekly-loop.ts';

/** Friday 20 November 2026, 10:00 in London (GMT): the week of Monday 16 November. */
const NOW = at('2026-11-20T10:00:00Z');

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

/** An account in Europe/London with weeks from Monday (the defaults the harness gives). */
const freshAccount = async (settings: { weeklyListSize?: number } = {}) => {
  const accountId = await createLongLivedAccount(api);
  const account = { accountId, me: clientFor(api, accountId), loop: loopClientFor(api, accountId) };
  if (settings.weeklyListSize) await account.loop.updateSettings(settings);
  return account;
};
type Account = Awaited<ReturnType<typeof freshAccount>>;

type Contact = {
  /** Their last depth touch (a call), or none. */
  touched?: string;
  cadenceDays?: number | 'NONE';
  trust?: number;
  theirUnderstanding?: number;
  knowsTargetBuyer?: boolean;
  archived?: boolean;
};

/** Someone added now, on a 30-day cadence unless said otherwise. */
const addContact = async (account: Account, name: string, contact: Contact = {}) => {
  const { me, loop, accountId } = account;
  const person = await me.addPerson(name);
  const days = contact.cadenceDays ?? 30;
  await loop.setCadence(
    person.id,
    days === 'NONE' ? { mode: 'NONE' } : { mode: 'CUSTOM', days: days },
  );
  for (const dimension of ['trust', 'theirUnderstanding'] as DepthDimension[]) {
    const level = contact[dimension as 'trust' | 'theirUnderstanding'];
    if (level) await me.setDepthLevel(person.id, { dimension, level });
  }
  if (contact.knowsTargetBuyer) await markKnowsTargetBuyer(api, accountId, person.id);
  if (contact.touched) {
    await me.logInteraction({ kind: 'CALL', occurredAt: contact.touched, personIds: [person.id] });
  }
  if (contact.archived) await me.archivePerson(person.id);
  return person;
};

const entries = (list: WeeklyListView) =>
  list.items.map(({ position, person, reason, status }) => ({
    position,
    name: person.name,
    reason,
    status,
  }));

/** The list with its reasons left out: they count days up to when they are read. */
const withoutReasons = (list: WeeklyListView) => ({
  ...list,
  items: list.items.map(({ reason: _, ...item }) => item),
});

const notFoundItem = (id: string): ErrorResult => ({
  __typename: 'NotFoundError',
  message: `No weekly list item with id ${id}`,
});

describe('weeklyList', () => {
  it('ranks the due people by staleness, readiness and a known target buyer, at most the list size', async () => {
    const account = await freshAccount({ weeklyListSize: 3 });
    // Days are counted to the end of the week, Monday 23 November 00:00 in London.
    await addContact(account, 'Olu Overdue', { touched: '2026-09-24T00:00:00Z' }); // 60 days
    await addContact(account, 'Lena Less-Overdue', { touched: '2026-10-09T00:00:00Z' }); // 45
    await addContact(account, 'Rita Readier', {
      touched: '2026-10-09T00:00:00Z',
      trust: 3,
      theirUnderstanding: 3,
    });
    await addContact(account, 'Bo Knows-A-Buyer', {
      touched: '2026-10-09T00:00:00Z',
      knowsTargetBuyer: true,
    });
    await addContact(account, 'Nia Not-Due', { touched: '2026-10-29T00:00:00Z' }); // 25 days
    await addContact(account, 'Noor No-Cadence', {
      touched: '2026-01-05T00:00:00Z',
      cadenceDays: 'NONE',
    });
    await addContact(account, 'Arlo Archived', { touched: '2026-08-01T00:00:00Z', archived: true });

    const list = await account.loop.weeklyList();
    expect(list).toMatchObject({ weekStartsOn: '2026-11-16', completionRate: 0 });
    // Priorities: Rita 1.5 × 1.1 = 1.65, Bo 1.5 × 0.5 × 1.6 = 1.2, Olu 2 × 0.5 = 1.0, and
    // Lena 1.5 × 0.5 = 0.75 is ranked out.
    expect(entries(list)).toEqual([
      {
        position: 0,
        name: 'Rita Readier',
        reason: '42 days since your last depth touch (cadence 30 days); readiness 60.',
        status: 'PENDING',
      },
      {
        position: 1,
        name: 'Bo Knows-A-Buyer',
        reason:
          '42 days since your last depth touch (cadence 30 days); readiness 0; knows a target buyer.',
        status: 'PENDING',
      },
      {
        position: 2,
        name: 'Olu Overdue',
        reason: '57 days since your last depth touch (cadence 30 days); readiness 0.',
        status: 'PENDING',
      },
    ]);
    const states = await Promise.all(
      list.items.map(async (item) => (await account.loop.schedule(item.person.id)).dueState),
    );
    expect(states).toEqual(['DUE', 'DUE', 'OVERDUE']);
  });

  it('includes someone who falls due before the week ends, not someone due next week', async () => {
    const account = await freshAccount();
    const sam = await addContact(account, 'Sam Due-Sunday', { touched: '2026-10-23T12:00:00Z' });
    await addContact(account, 'Ned Due-Next-Week', { touched: '2026-10-25T00:00:00Z' });
    expect((await account.loop.schedule(sam.id)).dueState).toBe('OK');

    expect(entries(await account.loop.weeklyList())).toEqual([
      {
        position: 0,
        name: 'Sam Due-Sunday',
        reason: '28 days since your last depth touch (cadence 30 days); readiness 0.',
        status: 'PENDING',
      },
    ]);
  });

  it('includes everyone due when the list is first seen late on the last day of the week', async () => {
    const account = await freshAccount();
    // Due Sunday 22:00 in London; the list is first looked at an hour later.
    const sam = await addContact(account, 'Sam Due-Sunday', { touched: '2026-10-23T22:00:00Z' });
    api.setNow(at('2026-11-22T23:00:00Z'));
    expect((await account.loop.schedule(sam.id)).dueState).toBe('DUE');

    const list = await account.loop.weeklyList();
    expect(list.weekStartsOn).toBe('2026-11-16');
    expect(entries(list)).toEqual([
      {
        position: 0,
        name: 'Sam Due-Sunday',
        reason: '30 days since your last depth touch (cadence 30 days); readiness 0.',
        status: 'PENDING',
      },
    ]);
  });

  it('is empty, with a completion rate of 0, when nobody is due', async () => {
    const account = await freshAccount();
    await addContact(account, 'Fresh Contact');
    const list = await account.loop.weeklyList();
    expect(list).toEqual({
      id: expect.any(String),
      weekStartsOn: '2026-11-16',
      completionRate: 0,
      items: [],
    });
    expect(await account.loop.weeklyList()).toEqual(list);
  });

  it('keeps the last place for a long-dormant trusted tie that would be ranked out', async () => {
    const account = await freshAccount({ weeklyListSize: 3 });
    const deep = { trust: 5, theirUnderstanding: 5 };
    await addContact(account, 'Tia Top', { touched: '2026-09-24T00:00:00Z', ...deep }); // 3.0
    await addContact(account, 'Sol Second', { touched: '2026-10-04T00:00:00Z', ...deep }); // 2.5
    await addContact(account, 'Theo Third', {
      touched: '2026-09-24T00:00:00Z',
      trust: 3,
      theirUnderstanding: 3,
    }); // 2.2
    // Untouched for 96 days, but trust 2 is not a tie worth reviving.
    await addContact(account, 'Uma Untrusted', { touched: '2026-08-19T00:00:00Z', trust: 2 });
    // Trust 3 and 95 days, over three 30-day cadences.
    await addContact(account, 'Dana Dormant', { touched: '2026-08-20T00:00:00Z', trust: 3 });
    // Trust 4, but 80 days is under three cadences.
    await addContact(account, 'Rae Recent', { touched: '2026-09-04T00:00:00Z', trust: 4 });

    expect(entries(await account.loop.weeklyList())).toEqual([
      {
        position: 0,
        name: 'Tia Top',
        reason: '57 days since your last depth touch (cadence 30 days); readiness 100.',
        status: 'PENDING',
      },
      {
        position: 1,
        name: 'Sol Second',
        reason: '47 days since your last depth touch (cadence 30 days); readiness 100.',
        status: 'PENDING',
      },
      {
        position: 2,
        name: 'Dana Dormant',
        reason: 'A tie worth reviving: 92 days since your last depth touch; readiness 0.',
        status: 'PENDING',
      },
    ]);
  });

  it('is fixed for the week, ticks off touches, and a new week makes a new list', async () => {
    const account = await freshAccount({ weeklyListSize: 2 });
    const { me, loop } = account;
    const ana = await addContact(account, 'Ana Alves', { touched: '2026-09-24T00:00:00Z' });
    const ben = await addContact(account, 'Ben Adeyemi', { touched: '2026-10-09T00:00:00Z' });

    const first = await loop.weeklyList();
    expect(first.weekStartsOn).toBe('2026-11-16');
    expect(entries(first).map((e) => e.name)).toEqual(['Ana Alves', 'Ben Adeyemi']);

    // Changes after it was made: a far more overdue contact, a deeper tie for Ben.
    api.setNow(at('2026-11-21T10:00:00Z'));
    await addContact(account, 'Cleo Cole', { touched: '2026-08-01T00:00:00Z' });
    await me.setDepthLevel(ben.id, { dimension: 'trust', level: 5 });
    await me.setDepthLevel(ben.id, { dimension: 'theirUnderstanding', level: 5 });
    // A touch with someone not on the list changes nothing on it.
    await addContact(account, 'Dee Dara', { touched: '2026-11-21T09:00:00Z' });
    // Sunday 23:59:59 in London: still the same week, the same list, its day counts moved on.
    api.setNow(at('2026-11-22T23:59:59.999Z'));
    const later = await loop.weeklyList();
    expect(withoutReasons(later)).toEqual(withoutReasons(first));
    expect(entries(later).map((e) => e.reason)).toEqual([
      '59 days since your last depth touch (cadence 30 days); readiness 0.',
      '44 days since your last depth touch (cadence 30 days); readiness 0.',
    ]);

    // A touch with Ana ticks her off.
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-22T12:00:00Z',
      personIds: [ana.id],
    });
    const ticked = await loop.weeklyList();
    expect(ticked).toEqual({
      ...later,
      completionRate: 0.5,
      items: [
        { ...later.items[0], status: 'DONE', actedAt: '2026-11-22T23:59:59.999Z' },
        later.items[1],
      ],
    });

    // Monday 00:00 in London: a new week, a new list from today's data.
    api.setNow(at('2026-11-23T00:00:00Z'));
    const second = await loop.weeklyList();
    expect(second.id).not.toBe(first.id);
    expect(second.weekStartsOn).toBe('2026-11-23');
    expect(entries(second)).toEqual([
      {
        position: 0,
        name: 'Ben Adeyemi',
        reason: '45 days since your last depth touch (cadence 30 days); readiness 100.',
        status: 'PENDING',
      },
      {
        position: 1,
        name: 'Cleo Cole',
        reason: '114 days since your last depth touch (cadence 30 days); readiness 0.',
        status: 'PENDING',
      },
    ]);
    // Last week's list is kept as it was; who is still to do counts up to today, as everywhere.
    expect(await loop.pastWeeklyLists()).toEqual([
      {
        ...ticked,
        items: [
          ticked.items[0],
          {
            ...ticked.items[1],
            reason: '45 days since your last depth touch (cadence 30 days); readiness 0.',
          },
        ],
      },
    ]);
  });

  it('counts the reasons’ days when shown: up to now while to do, up to when marked', async () => {
    // Wednesday 18 November in London.
    api.setNow(at('2026-11-18T10:00:00Z'));
    const account = await freshAccount();
    await addContact(account, 'Ana Alves', { touched: '2026-09-24T00:00:00Z' });
    await addContact(account, 'Ben Adeyemi', {
      touched: '2026-10-09T00:00:00Z',
      knowsTargetBuyer: true,
    });
    const reasons = async () => entries(await account.loop.weeklyList()).map((e) => e.reason);
    expect(await reasons()).toEqual([
      '40 days since your last depth touch (cadence 30 days); readiness 0; knows a target buyer.',
      '55 days since your last depth touch (cadence 30 days); readiness 0.',
    ]);

    // Three days on, the same list: three days more.
    api.setNow(at('2026-11-21T10:00:00Z'));
    const list = await account.loop.weeklyList();
    expect(entries(list).map((e) => e.reason)).toEqual([
      '43 days since your last depth touch (cadence 30 days); readiness 0; knows a target buyer.',
      '58 days since your last depth touch (cadence 30 days); readiness 0.',
    ]);
    // Skipped then, Ben's count stops there; Ana's goes on to the last hour of the week.
    const [ben] = list.items;
    await account.loop.markWeeklyItem(ben?.id ?? '', 'SKIPPED');
    api.setNow(at('2026-11-22T23:30:00Z'));
    expect(await reasons()).toEqual([
      '43 days since your last depth touch (cadence 30 days); readiness 0; knows a target buyer.',
      '59 days since your last depth touch (cadence 30 days); readiness 0.',
    ]);
  });

  it('marks an item skipped and back to pending', async () => {
    const account = await freshAccount();
    await addContact(account, 'Ana Alves', { touched: '2026-09-24T00:00:00Z' });
    const list = await account.loop.weeklyList();
    const [item] = list.items;
    if (!item) throw new Error('Ana is on the list');

    api.setNow(at('2026-11-20T11:00:00Z'));
    expect(await account.loop.markWeeklyItem(item.id, 'SKIPPED')).toEqual({
      ...item,
      status: 'SKIPPED',
      actedAt: '2026-11-20T11:00:00.000Z',
    });
    expect(await account.loop.weeklyList()).toMatchObject({ completionRate: 0 });

    expect(await account.loop.markWeeklyItem(item.id, 'PENDING')).toEqual(item);
    expect(await account.loop.markWeeklyItem(item.id, 'DONE')).toMatchObject({ status: 'DONE' });
    expect(await account.loop.weeklyList()).toMatchObject({ completionRate: 1 });
  });

  it('answers NotFoundError for an unknown item or another account’s', async () => {
    const account = await freshAccount();
    const other = await freshAccount();
    await addContact(other, 'Not Yours', { touched: '2026-09-24T00:00:00Z' });
    const theirs = await other.loop.weeklyList();
    const theirItem = theirs.items[0];
    if (!theirItem) throw new Error('Their contact is on their list');
    const unknown = randomUUID();

    expect(await account.loop.markWeeklyItem(unknown, 'DONE')).toEqual(notFoundItem(unknown));
    expect(await account.loop.markWeeklyItem('nope', 'DONE')).toEqual(notFoundItem('nope'));
    expect(await account.loop.markWeeklyItem(theirItem.id, 'DONE')).toEqual(
      notFoundItem(theirItem.id),
    );
    expect(await other.loop.weeklyList()).toEqual(theirs);
  });
});

describe('pastWeeklyLists', () => {
  it('shows the earlier weeks newest first with their completion rate', async () => {
    const account = await freshAccount({ weeklyListSize: 2 });
    const { loop } = account;
    await addContact(account, 'Ana Alves', { touched: '2026-09-24T00:00:00Z' });
    await addContact(account, 'Ben Adeyemi', { touched: '2026-10-09T00:00:00Z' });
    expect(await loop.pastWeeklyLists()).toEqual([]);

    const mark = async (list: WeeklyListView, statuses: ('DONE' | 'SKIPPED')[]) => {
      for (const [index, status] of statuses.entries()) {
        const item = list.items[index];
        if (!item) throw new Error(`No item ${index}`);
        await loop.markWeeklyItem(item.id, status);
      }
    };
    const week1 = await loop.weeklyList();
    await mark(week1, ['DONE', 'SKIPPED']);

    api.setNow(at('2026-11-24T09:00:00Z'));
    const week2 = await loop.weeklyList();
    await mark(week2, ['DONE', 'DONE']);

    // The week of 30 November goes by unseen; then the week of 7 December.
    api.setNow(at('2026-12-08T09:00:00Z'));
    await loop.weeklyList();
    const past = await loop.pastWeeklyLists();
    expect(
      past.map(({ weekStartsOn, completionRate }) => ({ weekStartsOn, completionRate })),
    ).toEqual([
      { weekStartsOn: '2026-11-23', completionRate: 1 },
      { weekStartsOn: '2026-11-16', completionRate: 0.5 },
    ]);
    expect(past[1]?.items.map((i) => [i.person.name, i.status])).toEqual([
      ['Ana Alves', 'DONE'],
      ['Ben Adeyemi', 'SKIPPED'],
    ]);
    expect((await loop.pastWeeklyLists(1)).map((l) => l.weekStartsOn)).toEqual(['2026-11-23']);
  });
});

describe('the week', () => {
  /** The week the list is made for, for an account in `timezone` starting on `weekStart`. */
  const weeksOf = async (timezone: string, weekStart: number, instants: string[]) => {
    const { loop } = await freshAccount();
    api.setNow(at(instants[0] ?? ''));
    await loop.updateSettings({ timezone, weekStart });
    const weeks: string[] = [];
    for (const instant of instants) {
      api.setNow(at(instant));
      weeks.push((await loop.weeklyList()).weekStartsOn);
    }
    return { weeks, past: (await loop.pastWeeklyLists()).map((l) => l.weekStartsOn) };
  };

  it('starts on Monday at local midnight in London, across the end of summer time', async () => {
    // Summer time ends on Sunday 25 October 2026 at 01:00 UTC.
    expect(
      await weeksOf('Europe/London', 1, [
        '2026-10-18T22:59:59.999Z', // Sunday 23:59:59.999 BST
        '2026-10-18T23:00:00.000Z', // Monday 00:00 BST
        '2026-10-25T00:30:00.000Z', // Sunday 01:30 BST, the first of the two 01:30s
        '2026-10-25T01:30:00.000Z', // Sunday 01:30 GMT, the second
        '2026-10-25T23:59:59.999Z', // Sunday 23:59:59.999 GMT
        '2026-10-26T00:00:00.000Z', // Monday 00:00 GMT
      ]),
    ).toEqual({
      weeks: ['2026-10-12', '2026-10-19', '2026-10-19', '2026-10-19', '2026-10-19', '2026-10-26'],
      past: ['2026-10-19', '2026-10-12'],
    });
  });

  it('starts on Sunday in London when the week starts on Sunday', async () => {
    expect(
      await weeksOf('Europe/London', 0, [
        '2026-10-24T22:59:59.999Z', // Saturday 23:59:59.999 BST
        '2026-10-24T23:00:00.000Z', // Sunday 00:00 BST, the day summer time ends
        '2026-10-31T23:59:59.999Z', // Saturday 23:59:59.999 GMT
        '2026-11-01T00:00:00.000Z', // Sunday 00:00 GMT
      ]),
    ).toEqual({
      weeks: ['2026-10-18', '2026-10-25', '2026-10-25', '2026-11-01'],
      past: ['2026-10-25', '2026-10-18'],
    });
  });

  it('starts on Sunday at local midnight in New York, across the end of daylight time', async () => {
    // Daylight time ends on Sunday 1 November 2026 at 06:00 UTC (02:00 EDT).
    expect(
      await weeksOf('America/New_York', 0, [
        '2026-11-01T03:59:59.999Z', // Saturday 23:59:59.999 EDT
        '2026-11-01T04:00:00.000Z', // Sunday 00:00 EDT
        '2026-11-01T06:30:00.000Z', // Sunday 01:30 EST, the second 01:30
        '2026-11-08T04:59:59.999Z', // Saturday 23:59:59.999 EST: a week of 169 hours
        '2026-11-08T05:00:00.000Z', // Sunday 00:00 EST
      ]),
    ).toEqual({
      weeks: ['2026-10-25', '2026-11-01', '2026-11-01', '2026-11-01', '2026-11-08'],
      past: ['2026-11-01', '2026-10-25'],
    });
  });

  it('starts on Monday in New York when the week starts on Monday', async () => {
    expect(
      await weeksOf('America/New_York', 1, [
        '2026-11-01T04:00:00.000Z', // Sunday 00:00 EDT
        '2026-11-02T04:59:59.999Z', // Sunday 23:59:59.999 EST
        '2026-11-02T05:00:00.000Z', // Monday 00:00 EST
      ]),
    ).toEqual({
      weeks: ['2026-10-26', '2026-10-26', '2026-11-02'],
      past: ['2026-10-26'],
    });
  });

  it('counts calendar days of the 169-hour week in New York when choosing who falls due in it', async () => {
    const account = await freshAccount();
    await account.loop.updateSettings({ timezone: 'America/New_York', weekStart: 0 });
    // Added at 00:30 EDT on Sunday 1 November, the first day of a week with an extra hour.
    api.setNow(at('2026-11-01T04:30:00Z'));
    // Six days on: due Saturday 7 November, the week's last day.
    await addContact(account, 'Lou Late-Saturday', { cadenceDays: 6 });
    // Seven days on: due Sunday 8 November, next week (7 × 24 hours is 23:30 on the Saturday).
    await addContact(account, 'Ned Next-Week', { cadenceDays: 7 });

    api.setNow(at('2026-11-02T15:00:00Z'));
    const list = await account.loop.weeklyList();
    expect(list.weekStartsOn).toBe('2026-11-01');
    expect(entries(list)).toEqual([
      {
        position: 0,
        name: 'Lou Late-Saturday',
        reason:
          '1 day since you added them, with no depth touch yet (cadence 6 days); readiness 0.',
        status: 'PENDING',
      },
    ]);
  });
});
