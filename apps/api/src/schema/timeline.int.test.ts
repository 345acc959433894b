import { depthChanges, interactionParticipants, interactions, oneToOnes } from '@tend/db';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, personNotFound, type TendClient, unwrap } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

type TimelineKind = 'TOUCH' | 'ONE_TO_ONE' | 'DEPTH_CHANGE';
type Entry =
  | {
      __typename: 'Interaction';
      id: string;
      kind: string;
      occurredAt: string;
      notes: string | null;
      people: { name: string }[];
    }
  | {
      __typename: 'OneToOne';
      id: string;
      status: string;
      startsAt: string;
      meetingMinutes: number;
      place: string | null;
      person: { name: string };
    }
  | {
      __typename: 'DepthChange';
      id: string;
      dimension: string;
      fromLevel: number;
      toLevel: number;
      toLabel: string;
      note: string | null;
      changedAt: string;
    };
type Timeline = {
  totalCount: number;
  nodes: Entry[];
  edges: { cursor: string; node: { __typename: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};
type PersonTimeline =
  | { __typename: 'Person'; timeline: Timeline }
  | { __typename: 'NotFoundError'; message: string };

const TIMELINE = /* GraphQL */ `
  query($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!]) {
    result: person(id: $id) {
      __typename
      ... on NotFoundError { message }
      ... on Person {
        timeline(first: $first, after: $after, kinds: $kinds) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage endCursor }
          edges { cursor node { __typename } }
          nodes {
            __typename
            ... on Interaction { id kind occurredAt notes people { name } }
            # Aliased: a touch's durationMinutes is Int, a meeting's Int!, and GraphQL refuses
            # one name for both in a union's selection.
            ... on OneToOne { id status startsAt meetingMinutes: durationMinutes place person { name } }
            ... on DepthChange { id dimension fromLevel toLevel toLabel note changedAt }
          }
        }
      }
    }
  }
`;

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

const request = (
  id: string,
  args: { first?: number; after?: string | null; kinds?: TimelineKind[] | null } = {},
  account = accountId,
) => api.gql<{ result: PersonTimeline }>(account, TIMELINE, { id, ...args });

const timelineOf = async (...args: Parameters<typeof request>) => {
  const result = dataOf(await request(...args)).result;
  if (result.__typename !== 'Person') throw new Error(result.message);
  return result.timeline;
};

/** Each entry in a word or two, to compare whole timelines at a glance. */
const summary = (entry: Entry) => {
  switch (entry.__typename) {
    case 'Interaction':
      return `${entry.kind} ${entry.occurredAt}`;
    case 'OneToOne':
      return `${entry.status} one-to-one ${entry.startsAt}`;
    case 'DepthChange':
      return `${entry.dimension} ${entry.fromLevel}→${entry.toLevel} ${entry.changedAt}`;
  }
};

const insertOneToOne = async (
  personId: string,
  startsAt: string,
  status: 'PLANNED' | 'DONE' | 'CANCELLED' | 'NO_SHOW',
  extra: { place?: string; interactionId?: string } = {},
) => {
  const [row] = await api.db
    .insert(oneToOnes)
    .values({ accountId, personId, startsAt: new Date(startsAt), status, ...extra })
    .returning();
  if (!row) throw new Error('No one-to-one inserted');
  return row;
};

/** A person with two touches, a planned and a cancelled one-to-one and two depth changes. */
const personWithHistory = async (name: string) => {
  const person = await me.addPerson(name);
  const other = await me.addPerson(`${name}'s colleague`);
  await me.logInteraction({
    kind: 'CALL',
    occurredAt: '2026-11-02T09:00:00Z',
    notes: 'Intro call',
    personIds: [person.id],
  });
  await me.logInteraction({
    kind: 'GROUP_MEETING',
    occurredAt: '2026-11-12T07:30:00Z',
    personIds: [person.id, other.id],
  });
  await me.logInteraction({
    kind: 'CALL',
    occurredAt: '2026-11-13T09:00:00Z',
    personIds: [other.id],
  });
  await insertOneToOne(person.id, '2026-11-24T12:30:00Z', 'PLANNED', { place: 'The Crown' });
  await insertOneToOne(person.id, '2026-11-10T12:00:00Z', 'CANCELLED');
  api.setNow(new Date('2026-11-05T18:00:00Z'));
  unwrap(await me.setDepthLevel(person.id, { dimension: 'trust', level: 1, note: 'Helpful' }));
  api.setNow(new Date('2026-11-15T18:00:00Z'));
  unwrap(await me.setDepthLevel(person.id, { dimension: 'theirUnderstanding', level: 2 }));
  api.setNow(NOW);
  return person;
};

describe('Person.timeline', () => {
  it('lists touches, one-to-ones and depth changes together, newest first', async () => {
    const ana = await personWithHistory('Ana Alves');
    const timeline = await timelineOf(ana.id);
    expect(timeline.nodes.map(summary)).toEqual([
      'PLANNED one-to-one 2026-11-24T12:30:00.000Z',
      'theirUnderstanding 0→2 2026-11-15T18:00:00.000Z',
      'GROUP_MEETING 2026-11-12T07:30:00.000Z',
      'CANCELLED one-to-one 2026-11-10T12:00:00.000Z',
      'trust 0→1 2026-11-05T18:00:00.000Z',
      'CALL 2026-11-02T09:00:00.000Z',
    ]);
    expect(timeline.totalCount).toBe(6);
    expect(timeline.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(timeline.edges.map((edge) => edge.node.__typename)).toEqual(
      timeline.nodes.map((node) => node.__typename),
    );
    // The members' own fields and relations resolve as anywhere else.
    expect(timeline.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          __typename: 'OneToOne',
          meetingMinutes: 60,
          place: 'The Crown',
          person: { name: 'Ana Alves' },
        }),
        expect.objectContaining({
          __typename: 'Interaction',
          kind: 'GROUP_MEETING',
          people: [{ name: 'Ana Alves' }, { name: "Ana Alves's colleague" }],
        }),
        expect.objectContaining({
          __typename: 'DepthChange',
          dimension: 'trust',
          toLabel: expect.any(String),
          note: 'Helpful',
        }),
      ]),
    );
  });

  it('filters by kind; no kinds or an empty list means all', async () => {
    const ben = await personWithHistory('Ben Adeyemi');
    const kindsOf = async (kinds: TimelineKind[] | null) => {
      const timeline = await timelineOf(ben.id, { kinds });
      expect(timeline.totalCount).toBe(timeline.nodes.length);
      return timeline.nodes.map(summary);
    };
    expect(await kindsOf(['TOUCH'])).toEqual([
      'GROUP_MEETING 2026-11-12T07:30:00.000Z',
      'CALL 2026-11-02T09:00:00.000Z',
    ]);
    expect(await kindsOf(['ONE_TO_ONE'])).toEqual([
      'PLANNED one-to-one 2026-11-24T12:30:00.000Z',
      'CANCELLED one-to-one 2026-11-10T12:00:00.000Z',
    ]);
    expect(await kindsOf(['DEPTH_CHANGE'])).toEqual([
      'theirUnderstanding 0→2 2026-11-15T18:00:00.000Z',
      'trust 0→1 2026-11-05T18:00:00.000Z',
    ]);
    expect(await kindsOf(['DEPTH_CHANGE', 'TOUCH'])).toEqual([
      'theirUnderstanding 0→2 2026-11-15T18:00:00.000Z',
      'GROUP_MEETING 2026-11-12T07:30:00.000Z',
      'trust 0→1 2026-11-05T18:00:00.000Z',
      'CALL 2026-11-02T09:00:00.000Z',
    ]);
    const all = await kindsOf(null);
    expect(all).toHaveLength(6);
    expect(await kindsOf([])).toEqual(all);
    expect(await kindsOf(['TOUCH', 'ONE_TO_ONE', 'DEPTH_CHANGE'])).toEqual(all);
  });

  it('shows a one-to-one that was logged once, as its touch, which the one-to-one filter keeps', async () => {
    const cleo = await me.addPerson('Cleo Cole');
    const touch = unwrap(
      await me.logInteraction({
        kind: 'ONE_TO_ONE',
        occurredAt: '2026-11-18T12:30:00Z',
        notes: 'Lunch at the Lantern',
        personIds: [cleo.id],
      }),
    );
    await me.logInteraction({
      kind: 'EMAIL',
      occurredAt: '2026-11-19T08:00:00Z',
      personIds: [cleo.id],
    });
    // Stored directly: the meeting's planned start differs from its touch's, which is the point.
    await insertOneToOne(cleo.id, '2026-11-18T12:00:00Z', 'DONE', { interactionId: touch.id });
    await insertOneToOne(cleo.id, '2026-11-11T12:00:00Z', 'NO_SHOW');
    // Done, whose touch was deleted (the foreign key cleared its link): shown as nothing.
    await insertOneToOne(cleo.id, '2026-11-04T12:00:00Z', 'DONE');

    expect((await timelineOf(cleo.id)).nodes.map(summary)).toEqual([
      'EMAIL 2026-11-19T08:00:00.000Z',
      'ONE_TO_ONE 2026-11-18T12:30:00.000Z',
      'NO_SHOW one-to-one 2026-11-11T12:00:00.000Z',
    ]);
    const oneToOnes = await timelineOf(cleo.id, { kinds: ['ONE_TO_ONE'] });
    expect(oneToOnes.nodes.map(summary)).toEqual([
      'ONE_TO_ONE 2026-11-18T12:30:00.000Z',
      'NO_SHOW one-to-one 2026-11-11T12:00:00.000Z',
    ]);
    expect(oneToOnes.nodes[0]).toMatchObject({ id: touch.id, notes: 'Lunch at the Lantern' });
    expect(oneToOnes.totalCount).toBe(2);
  });

  it('pages through every entry exactly once, in order, across equal instants', async () => {
    const dee = await me.addPerson('Dee Dunn');
    // 16 instants, each shared by a touch, a one-to-one and a depth change (48 entries), with a
    // few more touches at the same instants so that ids break ties within one table too.
    const instants = Array.from(
      { length: 16 },
      (_, index) => new Date(Date.UTC(2026, 9, 1 + Math.floor(index / 2), 9, 0, 0, 0)),
    );
    for (const [index, at] of instants.entries()) {
      const kinds = index % 5 === 0 ? (['CALL', 'EMAIL'] as const) : (['CALL'] as const);
      for (const kind of kinds) {
        const [touch] = await api.db
          .insert(interactions)
          .values({ accountId, kind, occurredAt: at })
          .returning();
        if (!touch) throw new Error('No touch inserted');
        await api.db
          .insert(interactionParticipants)
          .values({ accountId, interactionId: touch.id, personId: dee.id });
      }
      await insertOneToOne(dee.id, at.toISOString(), 'PLANNED');
      await api.db.insert(depthChanges).values({
        accountId,
        personId: dee.id,
        dimension: 'trust',
        fromLevel: 0,
        toLevel: 1,
        changedAt: at,
      });
    }

    const everything = await timelineOf(dee.id, { first: 100 });
    expect(everything.totalCount).toBeGreaterThanOrEqual(45);
    expect(everything.nodes).toHaveLength(everything.totalCount);
    const instantOf = (entry: Entry) =>
      entry.__typename === 'Interaction'
        ? entry.occurredAt
        : entry.__typename === 'OneToOne'
          ? entry.startsAt
          : entry.changedAt;
    const instantsSeen = everything.nodes.map(instantOf);
    expect(instantsSeen).toEqual([...instantsSeen].sort().reverse());

    const paged: Entry[] = [];
    let after: string | null = null;
    for (let page = 1; ; page += 1) {
      const timeline: Timeline = await timelineOf(dee.id, { first: 20, after });
      expect(timeline.totalCount).toBe(everything.totalCount);
      expect(timeline.pageInfo.hasPreviousPage).toBe(page > 1);
      expect(timeline.nodes.length).toBeLessThanOrEqual(20);
      paged.push(...timeline.nodes);
      if (!timeline.pageInfo.hasNextPage) break;
      expect(timeline.pageInfo.endCursor).toBe(timeline.edges.at(-1)?.cursor);
      after = timeline.pageInfo.endCursor;
    }
    expect(paged.map((entry) => entry.id)).toEqual(everything.nodes.map((entry) => entry.id));
    expect(new Set(paged.map((entry) => entry.id)).size).toBe(paged.length);

    // A filtered timeline pages the same way.
    const touches = await timelineOf(dee.id, { first: 10, kinds: ['TOUCH'] });
    const rest = await timelineOf(dee.id, {
      first: 100,
      kinds: ['TOUCH'],
      after: touches.pageInfo.endCursor,
    });
    expect([...touches.nodes, ...rest.nodes].map((entry) => entry.id)).toEqual(
      everything.nodes
        .filter((entry) => entry.__typename === 'Interaction')
        .map((entry) => entry.id),
    );
  });

  it('answers 20 entries by default, at most 100, and none for first: 0', async () => {
    const eve = await me.addPerson('Eve Ellis');
    for (let day = 1; day <= 25; day += 1) {
      await me.logInteraction({
        kind: 'MESSAGE',
        occurredAt: `2026-10-${String(day).padStart(2, '0')}T08:00:00Z`,
        personIds: [eve.id],
      });
    }
    expect((await timelineOf(eve.id)).nodes).toHaveLength(20);
    expect((await timelineOf(eve.id, { first: 1_000 })).nodes).toHaveLength(25);
    const none = await timelineOf(eve.id, { first: 0 });
    expect([none.nodes, none.pageInfo.hasNextPage, none.pageInfo.endCursor]).toEqual([
      [],
      true,
      null,
    ]);
  });

  it('turns down a cursor it did not make, and a negative page size, in words', async () => {
    const fay = await me.addPerson('Fay Ford');
    const valid = Buffer.from(
      JSON.stringify(['1763632800000000', 'interaction', '00000000-0000-4000-8000-000000000000']),
    ).toString('base64url');
    expect((await timelineOf(fay.id, { after: valid })).nodes).toEqual([]);
    for (const after of [
      'garbage',
      '',
      Buffer.from('[]').toString('base64url'),
      Buffer.from(JSON.stringify(['1e3', 'interaction', 'x'])).toString('base64url'),
      Buffer.from(
        JSON.stringify(['1', 'phoneBook', '00000000-0000-4000-8000-000000000000']),
      ).toString('base64url'),
    ]) {
      const response = await request(fay.id, { after });
      if (after === '') {
        // An empty cursor is no cursor: the first page.
        expect(response.errors).toBeUndefined();
        continue;
      }
      expect(response.status).toBe(200);
      expect(response.errors?.map((error) => error.message)).toEqual([
        'after: not a cursor of this timeline; pass an endCursor it returned.',
      ]);
    }
    const negative = await request(fay.id, { first: -1 });
    expect(negative.errors?.map((error) => error.message)).toEqual(['first: must be 0 or more.']);
  });

  it('is not there for another account’s person', async () => {
    const gus = await me.addPerson('Gus Grant');
    const stranger = await api.createAccount({ name: 'Someone else' });
    const response = dataOf(await request(gus.id, {}, stranger));
    expect(response.result).toEqual(personNotFound(gus.id));
  });
});
