import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  type ErrorResult,
  personNotFound,
  unwrap,
  validationError,
} from '../test/operations.ts';
import {
  at,
  createLongLivedAccount,
  loopClientFor,
  plusMs,
  type ScheduleView,
  storedPerson,
} from '../test/weekly-loop.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = at('2026-11-20T10:00:00Z');
/** When the older contacts were added: 90 days before 2026-11-30T09:00Z. */
const ADDED = at('2026-09-01T09:00:00Z');

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

/** An account of its own for each test, so a settings change touches only its people. */
const freshAccount = async () => {
  const accountId = await createLongLivedAccount(api);
  return { accountId, me: clientFor(api, accountId), loop: loopClientFor(api, accountId) };
};

const schedule = ({ cadence, lastDepthTouchAt, nextDueAt, dueState }: ScheduleView) => ({
  cadence,
  lastDepthTouchAt,
  nextDueAt,
  dueState,
});

const touchId = (result: Awaited<ReturnType<ReturnType<typeof clientFor>['logInteraction']>>) =>
  unwrap(result).id;

const notFoundTouch = (id: string): ErrorResult => ({
  __typename: 'NotFoundError',
  message: `No touch with id ${id}`,
});

describe('setCadence', () => {
  it('sets a custom cadence, none, and back to the depth tier’s default', async () => {
    const { me, loop } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');

    expect(await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 14 })).toMatchObject({
      __typename: 'Person',
      cadenceMode: 'CUSTOM',
      cadenceDays: 14,
      cadence: { idealDays: 14, maxDays: 21 },
      lastDepthTouchAt: null,
      nextDueAt: '2026-12-04T00:00:00.000Z',
      dueState: 'OK',
      staleness: 0,
    });

    // Days sent with NONE or DEFAULT are not kept.
    expect(await loop.setCadence(priya.id, { mode: 'NONE', days: 14 })).toMatchObject({
      cadenceMode: 'NONE',
      cadenceDays: null,
      cadence: null,
      nextDueAt: null,
      dueState: 'NO_CADENCE',
      staleness: null,
    });
    expect(await loop.setCadence(priya.id, { mode: 'DEFAULT', days: 7 })).toMatchObject({
      cadenceMode: 'DEFAULT',
      cadenceDays: null,
      cadence: { idealDays: 90, maxDays: 135 },
      nextDueAt: '2027-02-18T00:00:00.000Z',
      dueState: 'OK',
    });

    // The limits themselves.
    expect(await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 1 })).toMatchObject({
      cadence: { idealDays: 1, maxDays: 2 },
      nextDueAt: '2026-11-21T00:00:00.000Z',
    });
    expect(await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 730 })).toMatchObject({
      cadence: { idealDays: 730, maxDays: 1095 },
      nextDueAt: '2028-11-19T00:00:00.000Z',
    });
  });

  it('counts a custom cadence from the last depth touch', async () => {
    const { me, loop } = await freshAccount();
    const tom = await me.addPerson('Tom Okafor');
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-02T12:00:00Z',
      personIds: [tom.id],
    });
    const result = await loop.setCadence(tom.id, { mode: 'CUSTOM', days: 14 });
    expect(result.__typename === 'Person' && schedule(result)).toEqual({
      cadence: { idealDays: 14, maxDays: 21 },
      lastDepthTouchAt: '2026-11-02T12:00:00.000Z',
      nextDueAt: '2026-11-16T00:00:00.000Z',
      dueState: 'DUE',
    });
  });

  it.each([
    ['0 days', { mode: 'CUSTOM', days: 0 }, 'At least 1 day'],
    ['-5 days', { mode: 'CUSTOM', days: -5 }, 'At least 1 day'],
    ['731 days', { mode: 'CUSTOM', days: 731 }, 'At most 730 days (two years)'],
    ['CUSTOM without days', { mode: 'CUSTOM' }, 'Enter a number of days'],
    ['CUSTOM with null days', { mode: 'CUSTOM', days: null }, 'Enter a number of days'],
  ] as const)('rejects %s naming the field, and writes nothing', async (_, input, message) => {
    const { me, loop } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 14 });
    const before = { page: await me.snapshot(priya.id), row: await storedPerson(api, priya.id) };
    api.setNow(plusMs('2026-11-20T10:00:00Z', 60_000));

    expect(await loop.setCadence(priya.id, input)).toEqual(validationError('days', message));

    expect({ page: await me.snapshot(priya.id), row: await storedPerson(api, priya.id) }).toEqual(
      before,
    );
    expect(before.row).toMatchObject({
      cadenceMode: 'CUSTOM',
      cadenceDays: 14,
      nextDueAt: at('2026-12-04T00:00:00Z'),
      updatedAt: NOW,
    });
  });

  it('rejects fractional and huge days at the field, and writes nothing', async () => {
    const { me, loop } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 14 });
    const before = { page: await me.snapshot(priya.id), row: await storedPerson(api, priya.id) };

    // Not GraphQL's Int, which would refuse both before any field could say why.
    expect(await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 14.5 })).toEqual(
      validationError('days', 'Enter whole days'),
    );
    expect(await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 2 ** 31 })).toEqual(
      validationError('days', 'At most 730 days (two years)'),
    );
    expect({ page: await me.snapshot(priya.id), row: await storedPerson(api, priya.id) }).toEqual(
      before,
    );
  });

  it('answers NotFoundError for an unknown person and for another account’s person', async () => {
    const { loop } = await freshAccount();
    const other = await freshAccount();
    const theirs = await other.me.addPerson('Not Yours');
    const unknown = randomUUID();

    expect(await loop.setCadence(unknown, { mode: 'NONE' })).toEqual(personNotFound(unknown));
    expect(await loop.setCadence(theirs.id, { mode: 'NONE' })).toEqual(personNotFound(theirs.id));
    expect(await other.loop.schedule(theirs.id)).toMatchObject({
      cadenceMode: 'DEFAULT',
      nextDueAt: '2027-02-18T00:00:00.000Z',
    });
  });
});

describe('dueState', () => {
  it('moves from OK to DUE on the ideal gap’s day and to OVERDUE on the maximum gap’s day', async () => {
    const { me, loop } = await freshAccount();
    const ana = await me.addPerson('Ana Alves');
    const quiet = await me.addPerson('No Cadence');
    await loop.setCadence(ana.id, { mode: 'CUSTOM', days: 10 });
    await loop.setCadence(quiet.id, { mode: 'NONE' });

    const stateAt = async (iso: string | Date) => {
      api.setNow(typeof iso === 'string' ? at(iso) : iso);
      const { dueState, staleness } = await loop.schedule(ana.id);
      return { dueState, staleness, quiet: (await loop.schedule(quiet.id)).dueState };
    };

    expect(await stateAt('2026-11-20T10:00:00Z')).toEqual({
      dueState: 'OK',
      staleness: 0,
      quiet: 'NO_CADENCE',
    });
    // Added on 20 November: due on the 30th, from the start of that day in London, and not
    // a moment before.
    expect(await stateAt(plusMs('2026-11-30T00:00:00Z', -1))).toEqual({
      dueState: 'OK',
      staleness: 0.9,
      quiet: 'NO_CADENCE',
    });
    expect(await stateAt('2026-11-30T00:00:00Z')).toEqual({
      dueState: 'DUE',
      staleness: 1,
      quiet: 'NO_CADENCE',
    });
    // The maximum gap (15 days) is reached on 5 December.
    expect(await stateAt(plusMs('2026-12-05T00:00:00Z', -1))).toEqual({
      dueState: 'DUE',
      staleness: 1.4,
      quiet: 'NO_CADENCE',
    });
    expect(await stateAt('2026-12-05T00:00:00Z')).toMatchObject({
      dueState: 'OVERDUE',
      staleness: 1.5,
    });
    expect(await stateAt('2028-11-20T10:00:00Z')).toMatchObject({
      dueState: 'OVERDUE',
      quiet: 'NO_CADENCE',
    });

    // A depth touch restarts the clock.
    api.setNow(at('2026-12-06T10:00:00Z'));
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-12-06T09:00:00Z',
      personIds: [ana.id],
    });
    expect(schedule(await loop.schedule(ana.id))).toEqual({
      cadence: { idealDays: 10, maxDays: 15 },
      lastDepthTouchAt: '2026-12-06T09:00:00.000Z',
      nextDueAt: '2026-12-16T00:00:00.000Z',
      dueState: 'OK',
    });
  });
});

describe('calendar days in the account’s zone', () => {
  it('puts a 23:30 touch the evening before the clocks change due N days later, from that day’s start', async () => {
    const { me, loop } = await freshAccount();
    // Saturday 28 March 2026, 23:30 in London (GMT); British Summer Time starts at 01:00.
    const touchedAt = at('2026-03-28T23:30:00Z');
    api.setNow(touchedAt);
    const ana = await me.addPerson('Ana Alves');
    await loop.setCadence(ana.id, { mode: 'CUSTOM', days: 7 });
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: touchedAt.toISOString(),
      personIds: [ana.id],
    });
    // Due Saturday 4 April from midnight BST, not 7 × 24 hours later (00:30 on the 5th).
    expect(schedule(await loop.schedule(ana.id))).toEqual({
      cadence: { idealDays: 7, maxDays: 11 },
      lastDepthTouchAt: '2026-03-28T23:30:00.000Z',
      nextDueAt: '2026-04-03T23:00:00.000Z',
      dueState: 'OK',
    });
    api.setNow(plusMs('2026-04-03T23:00:00Z', -1));
    expect(await loop.schedule(ana.id)).toMatchObject({ dueState: 'OK', staleness: 6 / 7 });
    // The prompts job's run two minutes before raises nothing yet.
    await api.passTimeTo(at('2026-04-03T22:58:00Z'));
    expect((await loop.openPrompts()).openPromptCount).toBe(0);
    await api.passTimeTo(at('2026-04-03T23:00:00Z'));
    expect(await loop.schedule(ana.id)).toMatchObject({ dueState: 'DUE', staleness: 1 });
    expect((await loop.openPrompts()).openPrompts).toMatchObject([
      {
        person: { id: ana.id },
        dueAt: '2026-04-03T23:00:00.000Z',
        reason: '7 days since your last depth touch, against a cadence of 7 days; readiness 0.',
      },
    ]);
  });

  it('puts a 00:30 touch the night the clocks go back due N days later, not a day early', async () => {
    const { me, loop } = await freshAccount();
    // Sunday 25 October 2026, 00:30 BST in London (still the 24th in UTC); GMT from 02:00.
    const touchedAt = at('2026-10-24T23:30:00Z');
    api.setNow(touchedAt);
    const ben = await me.addPerson('Ben Adeyemi');
    await loop.setCadence(ben.id, { mode: 'CUSTOM', days: 7 });
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: touchedAt.toISOString(),
      personIds: [ben.id],
    });
    // Sunday 1 November from midnight GMT, not 23:30 on Saturday the 31st.
    expect((await loop.schedule(ben.id)).nextDueAt).toBe('2026-11-01T00:00:00.000Z');
  });

  it('moves everyone’s due dates when the account’s time zone changes', async () => {
    const { me, loop } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 10 });
    // Added Friday 20 November, 10:00 in London: due Monday 30 November.
    expect((await loop.schedule(priya.id)).nextDueAt).toBe('2026-11-30T00:00:00.000Z');

    // 10:00 UTC is 23:00 the same day in Auckland: due there on the 30th, from 00:00 NZDT.
    await loop.updateSettings({ timezone: 'Pacific/Auckland' });
    expect((await loop.schedule(priya.id)).nextDueAt).toBe('2026-11-29T11:00:00.000Z');
    await loop.updateSettings({ timezone: 'America/New_York' });
    expect((await loop.schedule(priya.id)).nextDueAt).toBe('2026-11-30T05:00:00.000Z');
  });
});

describe('updateSettings', () => {
  it('recomputes everyone when a group meeting starts to count as a depth touch, and back', async () => {
    const { me, loop } = await freshAccount();
    api.setNow(ADDED);
    const ana = await me.addPerson('Ana Alves');
    const ben = await me.addPerson('Ben Adeyemi');
    const cleo = await me.addPerson('Cleo Cole');
    api.setNow(NOW);
    const meeting = touchId(
      await me.logInteraction({
        kind: 'GROUP_MEETING',
        occurredAt: '2026-11-10T08:00:00Z',
        personIds: [ana.id],
      }),
    );
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-05T12:00:00Z',
      personIds: [ben.id],
    });
    await me.logInteraction({
      kind: 'GROUP_MEETING',
      occurredAt: '2026-11-12T08:00:00Z',
      personIds: [ben.id],
    });
    await me.logInteraction({
      kind: 'EVENT',
      occurredAt: '2026-11-15T18:00:00Z',
      personIds: [cleo.id],
    });

    api.setNow(at('2026-12-01T10:00:00Z'));
    const everyone = async () => ({
      ana: schedule(await loop.schedule(ana.id)),
      ben: schedule(await loop.schedule(ben.id)),
      cleo: schedule(await loop.schedule(cleo.id)),
    });
    const outer = { idealDays: 90, maxDays: 135 };
    const untouched = {
      cadence: outer,
      lastDepthTouchAt: null,
      nextDueAt: '2026-11-30T00:00:00.000Z',
      dueState: 'DUE',
    };
    expect(await everyone()).toEqual({
      ana: untouched,
      ben: {
        cadence: outer,
        lastDepthTouchAt: '2026-11-05T12:00:00.000Z',
        nextDueAt: '2027-02-03T00:00:00.000Z',
        dueState: 'OK',
      },
      cleo: untouched,
    });

    expect(
      await loop.updateSettings({
        depthTouchKinds: ['ONE_TO_ONE', 'CALL', 'VIDEO', 'SOCIAL', 'GROUP_MEETING', 'CALL'],
      }),
    ).toMatchObject({
      __typename: 'Account',
      depthTouchKinds: ['ONE_TO_ONE', 'CALL', 'VIDEO', 'SOCIAL', 'GROUP_MEETING'],
    });
    expect(await everyone()).toEqual({
      ana: {
        cadence: outer,
        lastDepthTouchAt: '2026-11-10T08:00:00.000Z',
        nextDueAt: '2027-02-08T00:00:00.000Z',
        dueState: 'OK',
      },
      ben: {
        cadence: outer,
        lastDepthTouchAt: '2026-11-12T08:00:00.000Z',
        nextDueAt: '2027-02-10T00:00:00.000Z',
        dueState: 'OK',
      },
      cleo: untouched,
    });
    expect((await me.timeline(ana.id)).nodes).toEqual([
      expect.objectContaining({ id: meeting, kind: 'GROUP_MEETING', isDepthTouch: true }),
    ]);

    // Only calls count now: nobody has had one.
    expect(await loop.updateSettings({ depthTouchKinds: ['CALL'] })).toMatchObject({
      depthTouchKinds: ['CALL'],
    });
    expect(await everyone()).toEqual({ ana: untouched, ben: untouched, cleo: untouched });
  });

  it('moves due dates when the default cadences change, leaving custom and none alone', async () => {
    const { me, loop } = await freshAccount();
    const outer = await me.addPerson('Outer Tier');
    const middle = await me.addPerson('Middle Tier');
    const inner = await me.addPerson('Inner Tier');
    const custom = await me.addPerson('Custom Cadence');
    const none = await me.addPerson('No Cadence');
    await me.setDepthLevel(middle.id, { dimension: 'trust', level: 1 });
    await me.setDepthLevel(middle.id, { dimension: 'theirUnderstanding', level: 2 });
    await me.setDepthLevel(inner.id, { dimension: 'trust', level: 3 });
    await me.setDepthLevel(inner.id, { dimension: 'theirUnderstanding', level: 3 });
    await loop.setCadence(custom.id, { mode: 'CUSTOM', days: 14 });
    await loop.setCadence(none.id, { mode: 'NONE' });

    const dueDates = async () =>
      Object.fromEntries(
        await Promise.all(
          [outer, middle, inner, custom, none].map(async (p) => {
            const { cadence, nextDueAt } = await loop.schedule(p.id);
            return [p.name, { cadence, nextDueAt }];
          }),
        ),
      );
    expect(await dueDates()).toEqual({
      'Outer Tier': {
        cadence: { idealDays: 90, maxDays: 135 },
        nextDueAt: '2027-02-18T00:00:00.000Z',
      },
      'Middle Tier': {
        cadence: { idealDays: 60, maxDays: 90 },
        nextDueAt: '2027-01-19T00:00:00.000Z',
      },
      'Inner Tier': {
        cadence: { idealDays: 30, maxDays: 45 },
        nextDueAt: '2026-12-20T00:00:00.000Z',
      },
      'Custom Cadence': {
        cadence: { idealDays: 14, maxDays: 21 },
        nextDueAt: '2026-12-04T00:00:00.000Z',
      },
      'No Cadence': { cadence: null, nextDueAt: null },
    });

    expect(
      await loop.updateSettings({
        cadenceInnerDays: 20,
        cadenceMiddleDays: 45,
        cadenceOuterDays: 120,
      }),
    ).toMatchObject({ cadenceInnerDays: 20, cadenceMiddleDays: 45, cadenceOuterDays: 120 });
    expect(await dueDates()).toEqual({
      'Outer Tier': {
        cadence: { idealDays: 120, maxDays: 180 },
        nextDueAt: '2027-03-20T00:00:00.000Z',
      },
      'Middle Tier': {
        cadence: { idealDays: 45, maxDays: 68 },
        nextDueAt: '2027-01-04T00:00:00.000Z',
      },
      'Inner Tier': {
        cadence: { idealDays: 20, maxDays: 30 },
        nextDueAt: '2026-12-10T00:00:00.000Z',
      },
      'Custom Cadence': {
        cadence: { idealDays: 14, maxDays: 21 },
        nextDueAt: '2026-12-04T00:00:00.000Z',
      },
      'No Cadence': { cadence: null, nextDueAt: null },
    });

    // One tier alone.
    await loop.updateSettings({ cadenceOuterDays: 100 });
    expect((await dueDates())['Outer Tier']).toEqual({
      cadence: { idealDays: 100, maxDays: 150 },
      nextDueAt: '2027-02-28T00:00:00.000Z',
    });
  });

  it.each([
    [
      'an inner cadence longer than the middle one',
      { cadenceInnerDays: 40, cadenceMiddleDays: 30 },
      'cadenceInnerDays',
      'Deeper ties get a cadence no longer than the middle tier',
    ],
    [
      'an inner cadence longer than the stored middle one, sent alone',
      { cadenceInnerDays: 61 },
      'cadenceInnerDays',
      'Deeper ties get a cadence no longer than the middle tier',
    ],
    [
      'a middle cadence longer than the outer one',
      { cadenceMiddleDays: 100, cadenceOuterDays: 90 },
      'cadenceMiddleDays',
      'The middle tier gets a cadence no longer than the outer tier',
    ],
    [
      'an outer cadence shorter than the stored middle one, sent alone',
      { cadenceOuterDays: 59 },
      'cadenceMiddleDays',
      'The middle tier gets a cadence no longer than the outer tier',
    ],
    ['a default cadence of 0 days', { cadenceOuterDays: 0 }, 'cadenceOuterDays', 'At least 1 day'],
    [
      'an unknown time zone',
      { timezone: 'Mars/Olympus_Mons' },
      'timezone',
      'Choose a time zone such as Europe/London',
    ],
    ['a week start of 7', { weekStart: 7 }, 'weekStart', 'Choose a day'],
    ['a weekly list of 0 people', { weeklyListSize: 0 }, 'weeklyListSize', 'At least 1 person'],
    ['a weekly list of 21 people', { weeklyListSize: 21 }, 'weeklyListSize', 'At most 20 people'],
    [
      'no depth touch kinds',
      { depthTouchKinds: [] },
      'depthTouchKinds',
      'Choose at least one kind of touch that deepens a relationship',
    ],
  ] as const)(
    'rejects %s naming the field, and writes nothing',
    async (_, input, field, message) => {
      const { me, loop } = await freshAccount();
      const priya = await me.addPerson('Priya Shah');
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-02T12:00:00Z',
        personIds: [priya.id],
      });
      const before = { settings: await loop.settings(), people: await loop.dueView() };
      expect(before.settings).toEqual({
        __typename: 'Account',
        name: 'Test account',
        timezone: 'Europe/London',
        weekStart: 1,
        weeklyListSize: 5,
        cadenceInnerDays: 30,
        cadenceMiddleDays: 60,
        cadenceOuterDays: 90,
        depthTouchKinds: ['ONE_TO_ONE', 'CALL', 'VIDEO', 'SOCIAL'],
      });

      expect(await loop.updateSettings({ name: 'Renamed', ...input })).toEqual(
        validationError(field, message),
      );

      expect({ settings: await loop.settings(), people: await loop.dueView() }).toEqual(before);
    },
  );

  it('accepts the limits themselves', async () => {
    const { loop } = await freshAccount();
    expect(
      await loop.updateSettings({
        timezone: 'America/New_York',
        weekStart: 0,
        weeklyListSize: 20,
        cadenceInnerDays: 730,
        cadenceMiddleDays: 730,
        cadenceOuterDays: 730,
        depthTouchKinds: ['EVENT'],
      }),
    ).toEqual({
      __typename: 'Account',
      name: 'Test account',
      timezone: 'America/New_York',
      weekStart: 0,
      weeklyListSize: 20,
      cadenceInnerDays: 730,
      cadenceMiddleDays: 730,
      cadenceOuterDays: 730,
      depthTouchKinds: ['EVENT'],
    });
    expect(await loop.updateSettings({ weeklyListSize: 1, weekStart: 6 })).toMatchObject({
      weeklyListSize: 1,
      weekStart: 6,
    });
  });
});

describe('editing and deleting touches', () => {
  it('recomputes the last depth touch and due date of everyone in the touch', async () => {
    const { me, loop } = await freshAccount();
    api.setNow(ADDED);
    const dee = await me.addPerson('Dee Dara');
    const eve = await me.addPerson('Eve Eze');
    api.setNow(NOW);
    const call = touchId(
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-01T09:00:00Z',
        personIds: [dee.id],
      }),
    );
    const lunch = touchId(
      await me.logInteraction({
        kind: 'ONE_TO_ONE',
        occurredAt: '2026-11-15T09:00:00Z',
        personIds: [dee.id, eve.id],
      }),
    );
    const meeting = touchId(
      await me.logInteraction({
        kind: 'GROUP_MEETING',
        occurredAt: '2026-11-18T09:00:00Z',
        personIds: [dee.id],
      }),
    );
    const both = async () => ({
      dee: schedule(await loop.schedule(dee.id)),
      eve: schedule(await loop.schedule(eve.id)),
    });
    const cadence = { idealDays: 90, maxDays: 135 };
    const touched = (lastDepthTouchAt: string, nextDueAt: string) => ({
      cadence,
      lastDepthTouchAt,
      nextDueAt,
      dueState: 'OK',
    });
    const untouched = {
      cadence,
      lastDepthTouchAt: null,
      nextDueAt: '2026-11-30T00:00:00.000Z',
      dueState: 'OK',
    };
    expect(await both()).toEqual({
      dee: touched('2026-11-15T09:00:00.000Z', '2027-02-13T00:00:00.000Z'),
      eve: touched('2026-11-15T09:00:00.000Z', '2027-02-13T00:00:00.000Z'),
    });

    // Moving the lunch earlier: the call is Dee's latest depth touch again.
    expect(
      await loop.updateInteraction(lunch, {
        kind: 'ONE_TO_ONE',
        occurredAt: '2026-10-20T09:00:00Z',
      }),
    ).toMatchObject({ id: lunch, occurredAt: '2026-10-20T09:00:00.000Z', isDepthTouch: true });
    expect(await both()).toEqual({
      dee: touched('2026-11-01T09:00:00.000Z', '2027-01-30T00:00:00.000Z'),
      eve: touched('2026-10-20T09:00:00.000Z', '2027-01-18T00:00:00.000Z'),
    });

    // And later again.
    await loop.updateInteraction(lunch, { kind: 'ONE_TO_ONE', occurredAt: '2026-11-19T09:00:00Z' });
    expect(await both()).toEqual({
      dee: touched('2026-11-19T09:00:00.000Z', '2027-02-17T00:00:00.000Z'),
      eve: touched('2026-11-19T09:00:00.000Z', '2027-02-17T00:00:00.000Z'),
    });

    // The lunch was really a group meeting: a visibility touch, not a depth touch.
    expect(
      await loop.updateInteraction(lunch, {
        kind: 'GROUP_MEETING',
        occurredAt: '2026-11-19T09:00:00Z',
      }),
    ).toMatchObject({ kind: 'GROUP_MEETING', isDepthTouch: false });
    expect(await both()).toEqual({
      dee: touched('2026-11-01T09:00:00.000Z', '2027-01-30T00:00:00.000Z'),
      eve: untouched,
    });

    // The meeting was really a call.
    await loop.updateInteraction(meeting, { kind: 'CALL', occurredAt: '2026-11-18T09:00:00Z' });
    expect((await both()).dee).toEqual(
      touched('2026-11-18T09:00:00.000Z', '2027-02-16T00:00:00.000Z'),
    );

    expect(await loop.deleteInteraction(meeting)).toEqual({
      __typename: 'DeletedInteraction',
      id: meeting,
      kind: 'CALL',
      occurredAt: '2026-11-18T09:00:00.000Z',
      notes: null,
    });
    expect((await both()).dee).toEqual(
      touched('2026-11-01T09:00:00.000Z', '2027-01-30T00:00:00.000Z'),
    );

    expect(await loop.deleteInteraction(call)).toMatchObject({ id: call, kind: 'CALL' });
    expect(await both()).toEqual({ dee: untouched, eve: untouched });
    expect((await me.timeline(dee.id)).nodes.map((t) => t.id)).toEqual([lunch]);

    expect(await loop.deleteInteraction(call)).toEqual(notFoundTouch(call));
  });

  it('answers NotFoundError for an unknown touch or another account’s, changing nothing', async () => {
    const { loop } = await freshAccount();
    const other = await freshAccount();
    const theirs = await other.me.addPerson('Not Yours');
    const theirTouch = touchId(
      await other.me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-02T12:00:00Z',
        personIds: [theirs.id],
      }),
    );
    const theirsBefore = await other.me.snapshot(theirs.id);
    const unknown = randomUUID();

    expect(await loop.deleteInteraction(unknown)).toEqual(notFoundTouch(unknown));
    expect(await loop.deleteInteraction('not-a-uuid')).toEqual(notFoundTouch('not-a-uuid'));
    expect(await loop.deleteInteraction(theirTouch)).toEqual(notFoundTouch(theirTouch));
    expect(
      await loop.updateInteraction(theirTouch, {
        kind: 'GROUP_MEETING',
        occurredAt: '2026-11-01T12:00:00Z',
      }),
    ).toEqual(notFoundTouch(theirTouch));

    expect(await other.me.snapshot(theirs.id)).toEqual(theirsBefore);
    expect(theirsBefore).toMatchObject({
      lastDepthTouchAt: '2026-11-02T12:00:00.000Z',
      nextDueAt: '2027-01-31T00:00:00.000Z',
      timeline: { totalCount: 1 },
    });
  });

  it('rejects an edit into the future, naming the field, and changes nothing', async () => {
    const { me, loop } = await freshAccount();
    const dee = await me.addPerson('Dee Dara');
    const call = touchId(
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-19T09:00:00Z',
        personIds: [dee.id],
      }),
    );
    const before = await me.snapshot(dee.id);
    expect(
      await loop.updateInteraction(call, { kind: 'CALL', occurredAt: '2026-11-21T10:00:01Z' }),
    ).toEqual(validationError('occurredAt', 'Date cannot be in the future'));
    expect(await me.snapshot(dee.id)).toEqual(before);
  });
});
