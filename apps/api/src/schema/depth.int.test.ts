import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  personNotFound,
  type TendClient,
  unwrap,
  validationError,
} from '../test/operations.ts';

const ADDED_AT = new Date('2026-11-20T10:00:00Z');

let api: TestApi;
let accountId: string;
let me: TendClient;

beforeAll(async () => {
  api = await startTestApi({ now: ADDED_AT });
  accountId = await api.createAccount();
  me = clientFor(api, accountId);
});
beforeEach(() => api.setNow(ADDED_AT));
afterAll(() => api.close());

const snapshotOf = async (id: string) => unwrap(await me.snapshot(id));

describe('setDepthLevel', () => {
  it('records each change in the history, newest first, with labels and notes', async () => {
    const { id } = await me.addPerson('Priya Shah');

    api.setNow(new Date('2026-11-21T09:00:00Z'));
    const first = unwrap(
      await me.setDepthLevel(id, { dimension: 'trust', level: 2, note: '  Sent me a lead  ' }),
    );
    expect(first.trust).toEqual({ level: 2, label: 'Friendly' });

    api.setNow(new Date('2026-11-22T09:30:00+01:00'));
    await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: 3 });
    api.setNow(new Date('2026-11-23T17:45:00Z'));
    await me.setDepthLevel(id, { dimension: 'trust', level: 1, note: 'Missed our meeting' });

    const person = await snapshotOf(id);
    expect(person.trust).toEqual({ level: 1, label: 'Acquaintance' });
    expect(person.theirUnderstanding).toEqual({ level: 3, label: 'Knows who I help' });
    expect(person.myUnderstanding).toEqual({ level: 0, label: 'No idea what they do' });
    expect(person.depthHistory).toEqual([
      {
        dimension: 'trust',
        fromLevel: 2,
        toLevel: 1,
        toLabel: 'Acquaintance',
        note: 'Missed our meeting',
        changedAt: '2026-11-23T17:45:00.000Z',
      },
      {
        dimension: 'theirUnderstanding',
        fromLevel: 0,
        toLevel: 3,
        toLabel: 'Knows who I help',
        note: null,
        changedAt: '2026-11-22T08:30:00.000Z',
      },
      {
        dimension: 'trust',
        fromLevel: 0,
        toLevel: 2,
        toLabel: 'Friendly',
        note: 'Sent me a lead',
        changedAt: '2026-11-21T09:00:00.000Z',
      },
    ]);
  });

  it('keeps the history newest first for changes made in the same instant', async () => {
    const { id } = await me.addPerson('Tom Okafor');
    // One request, one clock reading: as when a depth check saves several levels at once.
    const response = await api.gql(
      accountId,
      /* GraphQL */ `
        mutation($id: ID!) {
          a: setDepthLevel(personId: $id, input: { dimension: trust, level: 1 }) { __typename }
          b: setDepthLevel(personId: $id, input: { dimension: theirUnderstanding, level: 2 }) { __typename }
          c: setDepthLevel(personId: $id, input: { dimension: trust, level: 3 }) { __typename }
          d: setDepthLevel(personId: $id, input: { dimension: myUnderstanding, level: 4 }) { __typename }
          e: setDepthLevel(personId: $id, input: { dimension: trust, level: 2 }) { __typename }
        }
      `,
      { id },
    );
    expect(response.errors).toBeUndefined();

    const { depthHistory } = await snapshotOf(id);
    expect(depthHistory.map((c) => [c.dimension, c.fromLevel, c.toLevel])).toEqual([
      ['trust', 3, 2],
      ['myUnderstanding', 0, 4],
      ['trust', 1, 3],
      ['theirUnderstanding', 0, 2],
      ['trust', 0, 1],
    ]);
  });

  it('scores readiness by the weaker of trust and their understanding, and works on that side next', async () => {
    const { id } = await me.addPerson('Grace Mensah');
    const steps = [
      { dimension: 'trust', level: 4, readiness: 0, next: 'BRIEF_THEM' },
      { dimension: 'theirUnderstanding', level: 2, readiness: 40, next: 'BRIEF_THEM' },
      { dimension: 'theirUnderstanding', level: 5, readiness: 80, next: 'GIVE_FIRST' },
      { dimension: 'myUnderstanding', level: 5, readiness: 80, next: 'GIVE_FIRST' },
      { dimension: 'trust', level: 3, readiness: 60, next: 'GIVE_FIRST' },
      { dimension: 'trust', level: 5, readiness: 100, next: 'KEEP_IN_TOUCH' },
    ] as const;
    const titles = {
      GIVE_FIRST: 'Give first',
      BRIEF_THEM: 'Brief them on your business',
      KEEP_IN_TOUCH: 'Keep the relationship warm',
    };

    const before = unwrap(await me.person(id));
    expect([before.readiness, before.nextStep]).toEqual([
      0,
      { kind: 'GIVE_FIRST', title: titles.GIVE_FIRST },
    ]);
    for (const { dimension, level, readiness, next } of steps) {
      const person = unwrap(await me.setDepthLevel(id, { dimension, level }));
      expect({ dimension, level, readiness: person.readiness, nextStep: person.nextStep }).toEqual({
        dimension,
        level,
        readiness,
        nextStep: { kind: next, title: titles[next] },
      });
    }
  });

  it('tightens the default cadence as trust and understanding grow, and moves the next due date', async () => {
    const { id } = await me.addPerson('Daniel Novak');
    const schedule = async () => {
      const { readiness, cadence, nextDueAt } = unwrap(await me.person(id));
      return { readiness, cadence, nextDueAt };
    };
    expect(await schedule()).toEqual({
      readiness: 0,
      cadence: { idealDays: 90, maxDays: 135 },
      nextDueAt: '2027-02-18T00:00:00.000Z',
    });

    api.setNow(new Date('2026-11-25T10:00:00Z'));
    await me.setDepthLevel(id, { dimension: 'trust', level: 1 });
    expect(await schedule()).toEqual({
      readiness: 0,
      cadence: { idealDays: 90, maxDays: 135 },
      nextDueAt: '2027-02-18T00:00:00.000Z',
    });

    await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: 1 });
    expect(await schedule()).toEqual({
      readiness: 20,
      cadence: { idealDays: 60, maxDays: 90 },
      nextDueAt: '2027-01-19T00:00:00.000Z',
    });

    await me.setDepthLevel(id, { dimension: 'trust', level: 3 });
    expect(await schedule()).toMatchObject({ readiness: 20, cadence: { idealDays: 60 } });
    await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: 3 });
    expect(await schedule()).toEqual({
      readiness: 60,
      cadence: { idealDays: 30, maxDays: 45 },
      nextDueAt: '2026-12-20T00:00:00.000Z',
    });

    await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: 2 });
    expect(await schedule()).toEqual({
      readiness: 40,
      cadence: { idealDays: 60, maxDays: 90 },
      nextDueAt: '2027-01-19T00:00:00.000Z',
    });
  });

  it('counts the tighter cadence from the last depth touch', async () => {
    const { id } = await me.addPerson('Mei Lin');
    api.setNow(new Date('2026-11-25T10:00:00Z'));
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-24T15:00:00Z',
      personIds: [id],
    });
    await me.setDepthLevel(id, { dimension: 'trust', level: 2 });
    const middle = unwrap(
      await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: 2 }),
    );
    expect(middle.nextDueAt).toBe('2027-01-23T00:00:00.000Z');
    const inner = unwrap(await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: 3 }));
    expect(inner.nextDueAt).toBe('2027-01-23T00:00:00.000Z');
    const innerBoth = unwrap(await me.setDepthLevel(id, { dimension: 'trust', level: 3 }));
    expect(innerBoth.nextDueAt).toBe('2026-12-24T00:00:00.000Z');
  });

  it('records nothing when the level is unchanged and there is no note', async () => {
    const { id } = await me.addPerson('Hannah Berg');
    await me.setDepthLevel(id, { dimension: 'trust', level: 2 });
    const before = await snapshotOf(id);
    api.setNow(new Date('2026-11-26T10:00:00Z'));
    expect(unwrap(await me.setDepthLevel(id, { dimension: 'trust', level: 2 })).trust).toEqual({
      level: 2,
      label: 'Friendly',
    });
    expect(await snapshotOf(id)).toEqual(before);
  });

  it.each([
    [7, 'Level must be at most 5'],
    [-1, 'Level must be at least 0'],
  ])('rejects level %i naming the field, and writes nothing', async (level, message) => {
    const { id } = await me.addPerson(`Level ${level}`);
    await me.setDepthLevel(id, { dimension: 'trust', level: 3, note: 'Worked together' });
    const before = await snapshotOf(id);

    expect(await me.setDepthLevel(id, { dimension: 'trust', level })).toEqual(
      validationError('level', message),
    );
    expect(await snapshotOf(id)).toEqual(before);
    expect(before.trust.level).toBe(3);
    expect(before.depthHistory).toHaveLength(1);
  });

  it('rejects a note over 1000 characters naming the field, and accepts 1000', async () => {
    const { id } = await me.addPerson('Marcus Lee');
    const before = await snapshotOf(id);

    expect(
      await me.setDepthLevel(id, { dimension: 'trust', level: 2, note: 'n'.repeat(1001) }),
    ).toEqual(validationError('note', 'Note must be at most 1000 characters'));
    expect(await snapshotOf(id)).toEqual(before);

    await me.setDepthLevel(id, { dimension: 'trust', level: 2, note: 'n'.repeat(1000) });
    const after = await snapshotOf(id);
    expect(after.depthHistory.map((c) => c.note)).toEqual(['n'.repeat(1000)]);
  });

  it.each([
    ['an unknown id', randomUUID()],
    ['a malformed id', 'not-a-uuid'],
  ])('answers NotFoundError for %s', async (_label, id) => {
    expect(await me.setDepthLevel(id, { dimension: 'trust', level: 2 })).toEqual(
      personNotFound(id),
    );
  });
});
