import { randomUUID } from 'node:crypto';
import { interactions } from '@tend/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  countRows,
  LOG_INTERACTION,
  personNotFound,
  type TendClient,
  unwrap,
  validationError,
} from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

let api: TestApi;
let accountId: string;
let me: TendClient;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  me = clientFor(api, accountId);
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

const scheduleOf = async (id: string) => {
  const { lastDepthTouchAt, nextDueAt } = unwrap(await me.person(id));
  return { lastDepthTouchAt, nextDueAt };
};

/** The person's page and the account's touch count: what a rejected touch must leave alone. */
const stateOf = async (personId: string) => ({
  person: await me.snapshot(personId),
  interactions: await countRows(api, interactions, accountId),
});

describe('logInteraction', () => {
  it('restarts the cadence clock from the date of a depth touch', async () => {
    const priya = await me.addPerson('Priya Shah');
    const touch = await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-18T13:30:00+01:00',
      durationMinutes: 45,
      cost: { amount: '12.5', currency: 'GBP' },
      notes: '  Coffee at the Lantern  ',
      personIds: [priya.id],
    });
    expect(touch).toEqual({
      __typename: 'Interaction',
      id: expect.any(String),
      kind: 'ONE_TO_ONE',
      kindLabel: 'One-to-one',
      isDepthTouch: true,
      occurredAt: '2026-11-18T12:30:00.000Z',
      durationMinutes: 45,
      cost: { amount: '12.50', currency: 'GBP' },
      notes: 'Coffee at the Lantern',
      people: [{ id: priya.id, name: 'Priya Shah' }],
    });
    expect(await scheduleOf(priya.id)).toEqual({
      lastDepthTouchAt: '2026-11-18T12:30:00.000Z',
      nextDueAt: '2027-02-16T00:00:00.000Z',
    });
  });

  it('ignores a back-dated touch older than the latest, and counts a newer one from its own date', async () => {
    const tom = await me.addPerson('Tom Okafor');
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-10T09:00:00Z',
      personIds: [tom.id],
    });
    const afterFirst = {
      lastDepthTouchAt: '2026-11-10T09:00:00.000Z',
      nextDueAt: '2027-02-08T00:00:00.000Z',
    };
    expect(await scheduleOf(tom.id)).toEqual(afterFirst);

    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-01T09:00:00Z',
      personIds: [tom.id],
    });
    expect(await scheduleOf(tom.id)).toEqual(afterFirst);

    await me.logInteraction({
      kind: 'VIDEO',
      occurredAt: '2026-11-15T09:00:00Z',
      personIds: [tom.id],
    });
    expect(await scheduleOf(tom.id)).toEqual({
      lastDepthTouchAt: '2026-11-15T09:00:00.000Z',
      nextDueAt: '2027-02-13T00:00:00.000Z',
    });
    expect((await me.timeline(tom.id)).totalCount).toBe(3);
  });

  it('keeps a visibility touch out of the cadence but in the timeline', async () => {
    const hannah = await me.addPerson('Hannah Berg');
    const untouched = { lastDepthTouchAt: null, nextDueAt: '2027-02-18T00:00:00.000Z' };

    const meeting = await me.logInteraction({
      kind: 'GROUP_MEETING',
      occurredAt: '2026-11-19T07:30:00Z',
      personIds: [hannah.id],
    });
    expect(meeting).toMatchObject({ kindLabel: 'Group meeting', isDepthTouch: false });
    expect(await scheduleOf(hannah.id)).toEqual(untouched);

    await me.logInteraction({
      kind: 'SOCIAL',
      occurredAt: '2026-11-05T12:00:00Z',
      personIds: [hannah.id],
    });
    await me.logInteraction({
      kind: 'GROUP_MEETING',
      occurredAt: '2026-11-12T07:30:00Z',
      personIds: [hannah.id],
    });
    expect(await scheduleOf(hannah.id)).toEqual({
      lastDepthTouchAt: '2026-11-05T12:00:00.000Z',
      nextDueAt: '2027-02-03T00:00:00.000Z',
    });

    const timeline = await me.timeline(hannah.id);
    expect(timeline.nodes.map((t) => [t.kind, t.occurredAt, t.isDepthTouch])).toEqual([
      ['GROUP_MEETING', '2026-11-19T07:30:00.000Z', false],
      ['GROUP_MEETING', '2026-11-12T07:30:00.000Z', false],
      ['SOCIAL', '2026-11-05T12:00:00.000Z', true],
    ]);
  });

  it('lists the timeline newest first, in pages, with a total count', async () => {
    const marcus = await me.addPerson('Marcus Lee');
    const other = await me.addPerson('Sofia Rossi');
    for (const [kind, day] of [
      ['EMAIL', '03'],
      ['ONE_TO_ONE', '17'],
      ['MESSAGE', '09'],
      ['EVENT', '12'],
      ['CALL', '01'],
    ] as const) {
      await me.logInteraction({
        kind,
        occurredAt: `2026-11-${day}T08:00:00Z`,
        personIds: [marcus.id],
      });
    }
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-14T08:00:00Z',
      personIds: [other.id],
    });

    const page = (timeline: Awaited<ReturnType<TendClient['timeline']>>) => ({
      totalCount: timeline.totalCount,
      days: timeline.nodes.map((t) => t.occurredAt.slice(8, 10)),
      hasNextPage: timeline.pageInfo.hasNextPage,
    });
    const first = await me.timeline(marcus.id, { first: 2 });
    expect(page(first)).toEqual({ totalCount: 5, days: ['17', '12'], hasNextPage: true });
    const second = await me.timeline(marcus.id, { first: 2, after: first.pageInfo.endCursor });
    expect(page(second)).toEqual({ totalCount: 5, days: ['09', '03'], hasNextPage: true });
    const third = await me.timeline(marcus.id, { first: 2, after: second.pageInfo.endCursor });
    expect(page(third)).toEqual({ totalCount: 5, days: ['01'], hasNextPage: false });
    expect(third.nodes[0]?.kind).toBe('CALL');
  });

  it('updates everyone who took part, each on their own cadence', async () => {
    const ana = await me.addPerson('Ana Alves');
    const ben = await me.addPerson('Ben Adeyemi');
    const cleo = await me.addPerson('Cleo Cole');
    await me.setDepthLevel(ben.id, { dimension: 'trust', level: 1 });
    await me.setDepthLevel(ben.id, { dimension: 'theirUnderstanding', level: 1 });
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-20T08:00:00Z',
      personIds: [cleo.id],
    });

    const lunch = unwrap(
      await me.logInteraction({
        kind: 'SOCIAL',
        occurredAt: '2026-11-19T19:00:00Z',
        personIds: [cleo.id, ana.id, ben.id, ana.id],
      }),
    );
    expect(lunch).toMatchObject({
      people: [
        { id: ana.id, name: 'Ana Alves' },
        { id: ben.id, name: 'Ben Adeyemi' },
        { id: cleo.id, name: 'Cleo Cole' },
      ],
    });
    expect(await scheduleOf(ana.id)).toEqual({
      lastDepthTouchAt: '2026-11-19T19:00:00.000Z',
      nextDueAt: '2027-02-17T00:00:00.000Z',
    });
    expect(await scheduleOf(ben.id)).toEqual({
      lastDepthTouchAt: '2026-11-19T19:00:00.000Z',
      nextDueAt: '2027-01-18T00:00:00.000Z',
    });
    // Cleo's call the next morning is still the latest depth touch.
    expect(await scheduleOf(cleo.id)).toEqual({
      lastDepthTouchAt: '2026-11-20T08:00:00.000Z',
      nextDueAt: '2027-02-18T00:00:00.000Z',
    });
    for (const person of [ana, ben]) {
      const timeline = await me.timeline(person.id);
      expect([timeline.totalCount, timeline.nodes[0]?.id]).toEqual([1, lunch.id]);
    }
  });

  it('accepts a touch up to a day ahead, since the user’s today may be tomorrow in UTC', async () => {
    const lucy = await me.addPerson('Lucy Fraser');
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-21T09:00:00+13:00',
      personIds: [lucy.id],
    });
    expect((await scheduleOf(lucy.id)).lastDepthTouchAt).toBe('2026-11-20T20:00:00.000Z');
  });

  describe('rejects bad input naming the field, and writes nothing', () => {
    it.each([
      'yesterday',
      '2026-11-19',
      '19/11/2026 10:00',
      '2026-11-19T10:00:00',
      '2026-02-30T10:00:00Z',
    ])('an unparseable date: %s', async (occurredAt) => {
      const person = await me.addPerson(`Dated ${occurredAt}`);
      const before = await stateOf(person.id);

      const response = await api.gql(accountId, LOG_INTERACTION, {
        input: { kind: 'ONE_TO_ONE', occurredAt, personIds: [person.id] },
      });
      expect(response.status).toBe(400);
      expect(response.data).toBeUndefined();
      expect(response.errors?.map((e) => e.message)).toEqual([
        `Variable "$input" got invalid value ${JSON.stringify(occurredAt)} at "input.occurredAt"; ` +
          'Expected an ISO 8601 date-time with a time zone, such as 2026-11-25T09:30:00Z; ' +
          `got ${JSON.stringify(occurredAt)}`,
      ]);
      expect(await stateOf(person.id)).toEqual(before);
    });

    it('a date in the future', async () => {
      const person = await me.addPerson('Future Fiona');
      const before = await stateOf(person.id);
      expect(
        await me.logInteraction({
          kind: 'ONE_TO_ONE',
          occurredAt: '2026-11-21T10:00:01Z',
          personIds: [person.id],
        }),
      ).toEqual(validationError('occurredAt', 'Date cannot be in the future'));
      expect(await stateOf(person.id)).toEqual(before);
    });

    it('a 1 MB note, without rejecting the request as too large', async () => {
      const person = await me.addPerson('Verbose Victor');
      const before = await stateOf(person.id);
      const response = await api.gql<{ result: unknown }>(accountId, LOG_INTERACTION, {
        input: {
          kind: 'CALL',
          occurredAt: '2026-11-19T10:00:00Z',
          notes: 'x'.repeat(1024 * 1024),
          personIds: [person.id],
        },
      });
      expect(response.status).toBe(200);
      expect(response.errors).toBeUndefined();
      expect(response.data?.result).toEqual(
        validationError('notes', 'Notes must be at most 10000 characters'),
      );
      expect(await stateOf(person.id)).toEqual(before);
    });

    it.each([
      ['an unknown person id', randomUUID()],
      ['a malformed person id', 'not-a-uuid'],
    ])('%s beside a valid one', async (_label, missingId) => {
      const person = await me.addPerson(`Known ${missingId}`);
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-02T10:00:00Z',
        personIds: [person.id],
      });
      const before = await stateOf(person.id);

      expect(
        await me.logInteraction({
          kind: 'ONE_TO_ONE',
          occurredAt: '2026-11-19T10:00:00Z',
          personIds: [person.id, missingId],
        }),
      ).toEqual(personNotFound(missingId));
      const after = await stateOf(person.id);
      expect(after).toEqual(before);
      expect(unwrap(after.person).timeline.totalCount).toBe(1);
    });

    it('no people', async () => {
      const count = await countRows(api, interactions, accountId);
      expect(
        await me.logInteraction({
          kind: 'CALL',
          occurredAt: '2026-11-19T10:00:00Z',
          personIds: [],
        }),
      ).toEqual(validationError('personIds', 'Choose at least one person'));
      expect(await countRows(api, interactions, accountId)).toBe(count);
    });
  });
});
