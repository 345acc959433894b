import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, type ErrorResult, unwrap } from '../test/operations.ts';
import { at, createLongLivedAccount, markKnowsTargetBuyer } from '../test/weekly-loop.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = at('2026-11-20T10:00:00Z');

const SCHEDULE = /* GraphQL */ `
  mutation($personId: ID!, $input: ScheduleOneToOneInput!) {
    result: scheduleOneToOne(personId: $personId, input: $input) {
      __typename
      ... on ScheduleOneToOnePayload { oneToOne { id } }
      ... on Error { message }
    }
  }
`;
const COMPLETE = /* GraphQL */ `
  mutation($id: ID!, $input: CompleteOneToOneInput) {
    result: completeOneToOne(id: $id, input: $input) {
      __typename
      ... on CompleteOneToOnePayload { interaction { id } }
      ... on Error { message }
    }
  }
`;
const CANCEL = /* GraphQL */ `
  mutation($id: ID!) { result: cancelOneToOne(id: $id) { __typename } }
`;
const NO_SHOW = /* GraphQL */ `
  mutation($id: ID!) { result: markOneToOneNoShow(id: $id) { __typename } }
`;
const DELETE_TOUCH = /* GraphQL */ `
  mutation($id: ID!) { result: deleteInteraction(id: $id) { __typename } }
`;

const ONE_TO_ONE = /* GraphQL */ `
  query($id: ID!) {
    result: oneToOne(id: $id) {
      __typename
      ... on OneToOne { id status startsAt person { id name } touch { id notes } }
      ... on NotFoundError { message }
    }
  }
`;

/** Everything the prep brief asks for, in the one request it makes. */
const BRIEF = /* GraphQL */ `
  query($id: ID!) {
    result: oneToOne(id: $id) {
      __typename
      ... on OneToOne {
        id
        status
        person {
          id
          trust { level label }
          theirUnderstanding { level label }
          readiness
          nextStep { kind title detail }
          timeline(kinds: [TOUCH], first: 3) {
            nodes { ... on Interaction { kindLabel occurredAt notes } }
          }
          lastOneToOne { id startsAt agendaText touch { notes } }
          knows { strength targetBuyer { name } }
        }
      }
      ... on NotFoundError { message }
    }
  }
`;

/** The three ways of reaching a person's one-to-ones, asked for side by side. */
const PERSON_ONE_TO_ONES = /* GraphQL */ `
  query($id: ID!) {
    result: person(id: $id) {
      ... on Person {
        nextOneToOne { id }
        plannedOneToOnes { id }
        lastOneToOne { id status touch { notes } }
      }
    }
  }
`;
const PEOPLE_LAST = /* GraphQL */ `
  query {
    people(first: 10) { nodes { name lastOneToOne { id } } }
  }
`;

type OneToOneResult =
  | {
      __typename: 'OneToOne';
      id: string;
      status: string;
      startsAt: string;
      person: { id: string; name: string };
      touch: { id: string; notes: string | null } | null;
    }
  | ErrorResult;
type LastOneToOne = { id: string; status: string; touch: { notes: string | null } | null };

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

// Long-lived, as the tests move the clock on past the meetings.
const freshAccount = async () => {
  const accountId = await createLongLivedAccount(api);
  const me = clientFor(api, accountId);
  const { call } = me;
  const schedule = async (personId: string, startsAt: string) => {
    const result = await call<{ __typename: string; oneToOne?: { id: string }; message?: string }>(
      SCHEDULE,
      { personId, input: { startsAt } },
    );
    if (!result.oneToOne) throw new Error(result.message);
    return result.oneToOne.id;
  };
  const complete = async (id: string, notes: string) => {
    const result = await call<{ interaction?: { id: string }; message?: string }>(COMPLETE, {
      id,
      input: { notes },
    });
    if (!result.interaction) throw new Error(result.message);
    return result.interaction.id;
  };
  return {
    accountId,
    me,
    call,
    schedule,
    complete,
    oneToOne: (id: string) => call<OneToOneResult>(ONE_TO_ONE, { id }),
    personOneToOnes: (id: string) =>
      call<
        { nextOneToOne: { id: string } | null; plannedOneToOnes: { id: string }[] } & {
          lastOneToOne: LastOneToOne | null;
        }
      >(PERSON_ONE_TO_ONES, { id }),
  };
};

const oneToOneNotFound = (id: string): ErrorResult => ({
  __typename: 'NotFoundError',
  message: `No one-to-one with id ${id}`,
});

describe('looking up a one-to-one', () => {
  it('gives the account’s one-to-one whatever its status, with its touch once done', async () => {
    const { me, schedule, complete, call, oneToOne } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const planned = await schedule(priya.id, '2026-11-24T12:00:00Z');
    const called = await schedule(priya.id, '2026-11-25T12:00:00Z');
    await call(CANCEL, { id: called });

    expect(await oneToOne(planned)).toEqual({
      __typename: 'OneToOne',
      id: planned,
      status: 'PLANNED',
      startsAt: '2026-11-24T12:00:00.000Z',
      person: { id: priya.id, name: 'Priya Shah' },
      touch: null,
    });
    expect(await oneToOne(called)).toMatchObject({ status: 'CANCELLED', touch: null });

    api.setNow(at('2026-11-24T13:00:00Z'));
    const touch = await complete(planned, 'Wants CFO introductions');
    expect(await oneToOne(planned)).toMatchObject({
      status: 'DONE',
      touch: { id: touch, notes: 'Wants CFO introductions' },
    });
  });

  it('answers NotFound for another account’s one-to-one, an unknown id and a malformed one', async () => {
    const mine = await freshAccount();
    const theirs = await freshAccount();
    const sam = await theirs.me.addPerson('Sam Lee');
    const samsMeeting = await theirs.schedule(sam.id, '2026-11-24T12:00:00Z');
    const unknown = randomUUID();

    expect(await mine.oneToOne(samsMeeting)).toEqual(oneToOneNotFound(samsMeeting));
    expect(await mine.oneToOne(unknown)).toEqual(oneToOneNotFound(unknown));
    expect(await mine.oneToOne('not-an-id')).toEqual(oneToOneNotFound('not-an-id'));
    expect(await theirs.oneToOne(samsMeeting)).toMatchObject({ __typename: 'OneToOne' });
  });
});

describe('the last one-to-one with a person', () => {
  it('is the latest done one, ignoring planned, cancelled and no-show ones', async () => {
    const { me, schedule, complete, call, personOneToOnes } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    expect((await personOneToOnes(priya.id)).lastOneToOne).toBeNull();

    const first = await schedule(priya.id, '2026-11-21T09:00:00Z');
    const second = await schedule(priya.id, '2026-11-24T12:00:00Z');
    const called = await schedule(priya.id, '2026-11-26T12:00:00Z');
    const missed = await schedule(priya.id, '2026-11-27T12:00:00Z');
    const next = await schedule(priya.id, '2026-12-03T12:00:00Z');
    await call(CANCEL, { id: called });
    api.setNow(at('2026-11-28T10:00:00Z'));
    expect(await call(NO_SHOW, { id: missed })).toEqual({ __typename: 'OneToOne' });
    // Marked done in the other order than they happened: the latest meeting counts, not the
    // latest marking.
    await complete(second, 'Second meeting');
    await complete(first, 'First meeting');

    // Asked for beside the next and the planned ones, each still answers its own question.
    expect(await personOneToOnes(priya.id)).toEqual({
      nextOneToOne: { id: next },
      plannedOneToOnes: [{ id: next }],
      lastOneToOne: { id: second, status: 'DONE', touch: { notes: 'Second meeting' } },
    });
  });

  it('stays once its touch is deleted, without the touch', async () => {
    const { me, schedule, complete, call, personOneToOnes } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, '2026-11-21T09:00:00Z');
    const touch = await complete(meeting, 'Went well');
    expect(await call(DELETE_TOUCH, { id: touch })).toEqual({ __typename: 'DeletedInteraction' });
    expect((await personOneToOnes(priya.id)).lastOneToOne).toEqual({
      id: meeting,
      status: 'DONE',
      touch: null,
    });
  });

  it('is each person’s own in a list of people', async () => {
    const { accountId, me, schedule, complete } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const sam = await me.addPerson('Sam Lee');
    await me.addPerson('Tom Never');
    const priyas = await schedule(priya.id, '2026-11-21T09:00:00Z');
    const sams = await schedule(sam.id, '2026-11-21T11:00:00Z');
    api.setNow(at('2026-11-22T10:00:00Z'));
    await complete(priyas, 'Priya');
    await complete(sams, 'Sam');
    const { people } = dataOf(
      await api.gql<{ people: { nodes: { name: string; lastOneToOne: { id: string } | null }[] } }>(
        accountId,
        PEOPLE_LAST,
      ),
    );
    expect(people.nodes).toEqual([
      { name: 'Priya Shah', lastOneToOne: { id: priyas } },
      { name: 'Sam Lee', lastOneToOne: { id: sams } },
      { name: 'Tom Never', lastOneToOne: null },
    ]);
  });
});

describe('the prep brief’s request', () => {
  it('gives the three latest touches, the last one-to-one’s notes, depth, next step and knows', async () => {
    const { accountId, me, schedule, complete, call } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    unwrap(await me.setDepthLevel(priya.id, { dimension: 'trust', level: 3 }));
    unwrap(await me.setDepthLevel(priya.id, { dimension: 'theirUnderstanding', level: 1 }));
    await markKnowsTargetBuyer(api, accountId, priya.id);
    const touch = (occurredAt: string, notes: string) =>
      me.logInteraction({ kind: 'CALL', occurredAt, notes, personIds: [priya.id] });
    unwrap(await touch('2026-11-18T09:00:00Z', 'Oldest call'));
    const last = await schedule(priya.id, '2026-11-21T12:00:00Z');
    api.setNow(at('2026-12-01T10:00:00Z'));
    await complete(last, 'Goals: a second office');
    unwrap(await touch('2026-11-25T09:00:00Z', 'Second call'));
    unwrap(await touch('2026-11-28T09:00:00Z', 'Latest call'));
    const planned = await schedule(priya.id, '2026-12-08T12:00:00Z');

    expect(await call(BRIEF, { id: planned })).toEqual({
      __typename: 'OneToOne',
      id: planned,
      status: 'PLANNED',
      person: {
        id: priya.id,
        trust: { level: 3, label: expect.any(String) },
        theirUnderstanding: { level: 1, label: expect.any(String) },
        readiness: expect.any(Number),
        nextStep: { kind: 'BRIEF_THEM', title: expect.any(String), detail: expect.any(String) },
        timeline: {
          nodes: [
            { kindLabel: 'Call', occurredAt: '2026-11-28T09:00:00.000Z', notes: 'Latest call' },
            { kindLabel: 'Call', occurredAt: '2026-11-25T09:00:00.000Z', notes: 'Second call' },
            {
              kindLabel: 'One-to-one',
              occurredAt: '2026-11-21T12:00:00.000Z',
              notes: 'Goals: a second office',
            },
          ],
        },
        lastOneToOne: {
          id: last,
          startsAt: '2026-11-21T12:00:00.000Z',
          agendaText: expect.any(String),
          touch: { notes: 'Goals: a second office' },
        },
        knows: [{ strength: expect.any(String), targetBuyer: { name: expect.any(String) } }],
      },
    });
  });
});
