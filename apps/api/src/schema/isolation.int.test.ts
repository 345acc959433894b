import { randomUUID } from 'node:crypto';
import { depthChanges, groups, interactions, people } from '@tend/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  countRows,
  PERSON,
  personNotFound,
  type TendClient,
  unwrap,
  validationError,
} from '../test/operations.ts';

let api: TestApi;
let accountA: string;
let accountB: string;
let a: TendClient;
let b: TendClient;
/** A's people: Priya with depth, history and touches; Quinn who shares a touch; Sam, archived. */
let priya: string;
let quinn: string;
let sam: string;
let groupOfA: string;
let before: Awaited<ReturnType<typeof everythingOfA>>;

const everythingOfA = async () => ({
  priya: unwrap(await a.snapshot(priya)),
  quinn: unwrap(await a.snapshot(quinn)),
  sam: unwrap(await a.snapshot(sam)),
  people: await a.people({ first: 100 }),
  archived: await a.people({ archived: true }),
  groups: await a.groups(),
  rows: {
    people: await countRows(api, people, accountA),
    interactions: await countRows(api, interactions, accountA),
    depthChanges: await countRows(api, depthChanges, accountA),
    groups: await countRows(api, groups, accountA),
  },
});

beforeAll(async () => {
  api = await startTestApi({ now: new Date('2026-11-20T10:00:00Z') });
  accountA = await api.createAccount({ name: 'A', onboarded: false });
  accountB = await api.createAccount({ name: 'B' });
  a = clientFor(api, accountA);
  b = clientFor(api, accountB);

  await a.finishOnboarding('DEMO');
  const [group] = await a.groups();
  if (!group) throw new Error('The demo data has no group');
  groupOfA = group.id;
  priya = (
    await a.addPerson({
      name: 'Priya Original',
      emails: ['priya@original.example'],
      company: 'Original & Co',
      originKind: 'GROUP',
      originGroupId: groupOfA,
    })
  ).id;
  quinn = (await a.addPerson('Quinn Original')).id;
  sam = (await a.addPerson('Sam Original')).id;
  await a.archivePerson(sam);
  await a.setDepthLevel(priya, { dimension: 'trust', level: 3, note: 'Delivered on time' });
  await a.setDepthLevel(priya, { dimension: 'theirUnderstanding', level: 2 });
  await a.setDepthLevel(priya, { dimension: 'myUnderstanding', level: 4 });
  await a.logInteraction({
    kind: 'ONE_TO_ONE',
    occurredAt: '2026-11-18T09:00:00Z',
    notes: 'Planning',
    personIds: [priya, quinn],
  });
  await a.logInteraction({
    kind: 'GROUP_MEETING',
    occurredAt: '2026-11-19T07:30:00Z',
    personIds: [priya],
  });
  before = await everythingOfA();
});
afterEach(async () => {
  expect(await everythingOfA()).toEqual(before);
});
afterAll(() => api.close());

describe('another account', () => {
  it('has the fixture it should (so the comparisons below mean something)', () => {
    expect(before.priya).toMatchObject({
      trust: { level: 3 },
      theirUnderstanding: { level: 2 },
      myUnderstanding: { level: 4 },
      lastDepthTouchAt: '2026-11-18T09:00:00.000Z',
      originGroup: { id: groupOfA },
    });
    expect(before.priya.depthHistory).toHaveLength(3);
    expect(before.priya.timeline.totalCount).toBe(2);
    expect(before.quinn.timeline.totalCount).toBe(1);
    expect(before.sam.archived).toBe(true);
    expect(before.people.totalCount).toBe(20);
  });

  it('cannot read a person by id, and cannot tell it from a missing one', async () => {
    const missing = randomUUID();
    const theirs = await api.gql<{ result: unknown }>(accountB, PERSON, { id: priya });
    const nobody = await api.gql<{ result: unknown }>(accountB, PERSON, { id: missing });
    expect(theirs).toEqual({ status: 200, data: { result: personNotFound(priya) } });
    expect(nobody).toEqual({ status: 200, data: { result: personNotFound(missing) } });
    expect(unwrap(await a.person(priya)).name).toBe('Priya Original');
  });

  it('sees none of the people or groups', async () => {
    for (const args of [
      {},
      { archived: true },
      { search: 'Original' },
      { sort: 'NEXT_DUE' as const },
    ]) {
      expect(await b.people(args)).toEqual({
        totalCount: 0,
        nodes: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
    }
    expect(await b.groups()).toEqual([]);
  });

  it('cannot update, archive or unarchive a person', async () => {
    expect(await b.updatePerson(priya, { name: 'Taken Over', notes: 'mine now' })).toEqual(
      personNotFound(priya),
    );
    expect(await b.archivePerson(priya)).toEqual(personNotFound(priya));
    expect(await b.unarchivePerson(sam)).toEqual(personNotFound(sam));
  });

  it('cannot set a depth level', async () => {
    for (const dimension of ['trust', 'theirUnderstanding', 'myUnderstanding'] as const) {
      expect(await b.setDepthLevel(priya, { dimension, level: 0, note: 'reset' })).toEqual(
        personNotFound(priya),
      );
    }
  });

  it('cannot log a touch with a person, alone or beside its own', async () => {
    const own = await b.addPerson('Bea Own');
    const ownBefore = await b.snapshot(own.id);
    const touch = { kind: 'ONE_TO_ONE' as const, occurredAt: '2026-11-20T09:00:00Z' };
    expect(await b.logInteraction({ ...touch, personIds: [priya] })).toEqual(personNotFound(priya));
    expect(await b.logInteraction({ ...touch, personIds: [own.id, quinn] })).toEqual(
      personNotFound(quinn),
    );
    expect(await b.snapshot(own.id)).toEqual(ownBefore);
    expect((await b.timeline(own.id)).totalCount).toBe(0);
    expect(await countRows(api, interactions, accountB)).toBe(0);
  });

  it('cannot name a person or group as the origin of its own people', async () => {
    const count = await countRows(api, people, accountB);
    expect(
      await b.createPerson({ name: 'Bo', originKind: 'PERSON', originPersonId: priya }),
    ).toEqual(validationError('originPersonId', 'No such person'));
    expect(
      await b.createPerson({ name: 'Bo', originKind: 'GROUP', originGroupId: groupOfA }),
    ).toEqual(validationError('originGroupId', 'No such group'));
    expect(await countRows(api, people, accountB)).toBe(count);

    const own = await b.addPerson('Bea Origin');
    const ownBefore = await b.snapshot(own.id);
    expect(await b.updatePerson(own.id, { originKind: 'PERSON', originPersonId: priya })).toEqual(
      validationError('originPersonId', 'No such person'),
    );
    expect(await b.snapshot(own.id)).toEqual(ownBefore);
  });
});
