import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';
import { statementCounter } from '../test/statement-counter.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = new Date('2026-11-20T10:00:00Z');

let api: TestApi;
let countDuring: ReturnType<typeof statementCounter>;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  countDuring = statementCounter(api.serverDb);
});
afterAll(() => api.close());

/**
 * An account of `size` people, each in a group that met today, with a referral given and one
 * received, a tag for a target buyer of their own, a planned and a done one-to-one and a touch:
 * every per-person, per-group and per-profile field below has rows to load.
 */
const networkOf = async (size: number) => {
  const accountId = await api.createAccount();
  const account = sql`${accountId}::uuid`;
  await api.db.execute(sql`
    insert into people (account_id, name, trust, their_understanding, created_at, updated_at)
    select ${account}, 'Person ' || lpad(g::text, 3, '0'), g % 6, (g * 7) % 6,
      ${NOW}::timestamptz - interval '100 days', ${NOW}::timestamptz
    from generate_series(1, ${size}) g`);
  await api.db.execute(sql`
    insert into groups (account_id, name)
    select ${account}, 'Group ' || g from generate_series(1, ${size}) g`);
  await api.db.execute(sql`
    with p as (select id, row_number() over (order by name) as n from people where account_id = ${account}),
      gr as (select id, row_number() over (order by name) as n from groups where account_id = ${account})
    insert into group_memberships (account_id, group_id, person_id)
    select ${account}, gr.id, p.id from p join gr on gr.n = p.n`);
  await api.db.execute(sql`
    insert into group_meetings (account_id, group_id, held_on, attended)
    select ${account}, id, d::date, true from groups, (values ('2026-11-20'), ('2026-11-13')) v(d)
    where account_id = ${account}`);
  await api.db.execute(sql`
    insert into referrals (account_id, direction, person_id, referred_on, value, currency)
    select ${account}, d, id, '2026-11-01', 100, 'GBP' from people, (values ('GIVEN'), ('RECEIVED')) v(d)
    where account_id = ${account}`);
  await api.db.execute(sql`
    insert into target_buyers (account_id, name)
    select ${account}, 'Buyer ' || lpad(g::text, 3, '0') from generate_series(1, ${size}) g`);
  await api.db.execute(sql`
    with p as (select id, row_number() over (order by name) as n from people where account_id = ${account}),
      b as (select id, row_number() over (order by name) as n from target_buyers where account_id = ${account})
    insert into knows (account_id, person_id, target_buyer_id, strength)
    select ${account}, p.id, b.id, 'CAN_INTRODUCE' from p join b on b.n = p.n`);
  await api.db.execute(sql`
    insert into one_to_ones (account_id, person_id, starts_at, status)
    select ${account}, id, ${NOW}::timestamptz + v.offset_by::interval, v.status from people,
      (values ('7 days', 'PLANNED'), ('-7 days', 'DONE')) v(offset_by, status)
    where account_id = ${account}`);
  await api.db.execute(sql`
    with touch as (
      insert into interactions (account_id, kind, occurred_at)
      select ${account}, 'CALL', ${NOW}::timestamptz - interval '3 days' from people where account_id = ${account}
      returning id)
    insert into interaction_participants (account_id, interaction_id, person_id)
    select ${account}, t.id, p.id
    from (select id, row_number() over () as n from touch) t
    join (select id, row_number() over () as n from people where account_id = ${account}) p on p.n = t.n`);
  return accountId;
};

const PEOPLE = /* GraphQL */ `
  query {
    people(first: 50) {
      totalCount
      edges {
        node {
          id name cadence { idealDays } dueState staleness readiness
          referralBalance { givenCount receivedCount givenWon { amount } }
          openReferrals { id person { id } referredPerson { id } }
          groups { id name meetingCount todaysMeeting { id } lastMeeting { id } }
          groupMemberships { isCurrent group { id } }
          knows { strength targetBuyer { id name } }
          prompts { id } openPrompt { id reason }
          nextOneToOne { id } lastOneToOne { id } plannedOneToOnes { id }
          depthHistory { id }
        }
      }
    }
  }
`;

const GROUPS = /* GraphQL */ `
  query {
    groups { id meetingCount todaysMeeting { id heldOn } lastMeeting { id } members { person { id } } }
  }
`;

const TIMELINE_PAGE = /* GraphQL */ `{
  totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { __typename ... on Interaction { id } ... on OneToOne { id } ... on Referral { id } } }
}`;
/** Two pages each, asked differently: one batch per set of arguments. */
const TIMELINES = `latest: timeline(first: 2) ${TIMELINE_PAGE} referrals: timeline(kinds: [REFERRAL]) ${TIMELINE_PAGE}`;

const PEOPLE_TIMELINES = /* GraphQL */ `
  query { people(first: 50) { edges { node { id ${TIMELINES} } } } }
`;
const PERSON_TIMELINES = /* GraphQL */ `
  query ($id: ID!) { one: person(id: $id) { ... on Person { id ${TIMELINES} } } }
`;

const WHO_KNOWS = /* GraphQL */ `whoKnows(first: 5) {
  totalCount rows { person { id } strength readiness daysSinceDepthTouch draftAsk { subject } }
}`;
const BUYERS_WHO_KNOW = /* GraphQL */ `query { targetBuyers { id ${WHO_KNOWS} } }`;
const BUYER_WHO_KNOWS = /* GraphQL */ `
  query ($id: ID!) { one: targetBuyer(id: $id) { ... on TargetBuyer { id ${WHO_KNOWS} } } }
`;

const REVIEW = /* GraphQL */ `review(period: { from: "2026-08-01", to: "2026-11-20" }) {
  __typename
  ... on GroupReview {
    meetingsHeld meetingsAttended oneToOnes membersMetOneToOne depthCoveragePercent
    referralsFromMembers { count } referralsReceived { count } referralsGivenToMembers { count }
    network { personId } acquaintances { personId } buyerReachCount enjoyment
    money { total { amount currency } } verdict { kind }
  }
}`;
const GROUP_REVIEWS = /* GraphQL */ `query { groups { id ${REVIEW} } }`;
const GROUP_REVIEW = /* GraphQL */ `
  query ($id: ID!) { one: group(id: $id) { ... on Group { id ${REVIEW} } } }
`;

const statementsFor = async (query: string, size: number) => {
  const accountId = await networkOf(size);
  let data: unknown;
  const statements = await countDuring(async () => {
    data = dataOf(await api.gql(accountId, query));
  });
  return { statements, data, accountId };
};

/** Each parent of the list as its own query for one parent (`one`) answers it. */
const expectSameOneAtATime = async (
  accountId: string,
  parents: { id: string }[],
  oneQuery: string,
) => {
  for (const parent of parents) {
    const { one } = dataOf(await api.gql<{ one: unknown }>(accountId, oneQuery, { id: parent.id }));
    expect(one).toEqual(parent);
  }
};

describe('lists load their rows’ fields with a fixed number of statements', () => {
  it('a list of people with every per-person field: as many statements for 20 as for 2', async () => {
    const small = await statementsFor(PEOPLE, 2);
    const large = await statementsFor(PEOPLE, 20);
    const people = (large.data as { people: { edges: { node: Record<string, unknown> }[] } }).people
      .edges;
    expect(people).toHaveLength(20);
    // Every field had something to load, so none was skipped by being empty.
    expect(people[0]?.node).toMatchObject({
      referralBalance: { givenCount: 1, receivedCount: 1 },
      groups: [{ meetingCount: 2, todaysMeeting: { id: expect.any(String) } }],
      knows: [{ strength: 'CAN_INTRODUCE' }],
      nextOneToOne: { id: expect.any(String) },
      lastOneToOne: { id: expect.any(String) },
      openReferrals: [{}, {}],
    });
    expect(large.statements).toBe(small.statements);
  });

  it('a list of groups with their meeting count and today’s meeting', async () => {
    const small = await statementsFor(GROUPS, 2);
    const large = await statementsFor(GROUPS, 20);
    expect((large.data as { groups: unknown[] }).groups).toHaveLength(20);
    expect(large.statements).toBe(small.statements);
  });

  it('each person’s timeline pages, the same as asked for one person at a time', async () => {
    const small = await statementsFor(PEOPLE_TIMELINES, 2);
    const large = await statementsFor(PEOPLE_TIMELINES, 20);
    const people = (large.data as { people: { edges: { node: { id: string } }[] } }).people.edges;
    expect(people).toHaveLength(20);
    // A touch, a planned one-to-one and two referrals each: the first page of two has more after it.
    expect(people[0]?.node).toMatchObject({
      latest: { totalCount: 4, pageInfo: { hasNextPage: true }, edges: [{}, {}] },
      referrals: { totalCount: 2, pageInfo: { hasNextPage: false }, edges: [{}, {}] },
    });
    expect(large.statements).toBe(small.statements);
    await expectSameOneAtATime(
      large.accountId,
      people.map(({ node }) => node),
      PERSON_TIMELINES,
    );
  });

  it('who knows each target buyer profile, the same as asked for one profile at a time', async () => {
    const small = await statementsFor(BUYERS_WHO_KNOW, 2);
    const large = await statementsFor(BUYERS_WHO_KNOW, 20);
    const buyers = (large.data as { targetBuyers: { id: string }[] }).targetBuyers;
    expect(buyers).toHaveLength(20);
    expect(buyers[0]).toMatchObject({
      whoKnows: { totalCount: 1, rows: [{ strength: 'CAN_INTRODUCE' }] },
    });
    expect(large.statements).toBe(small.statements);
    await expectSameOneAtATime(large.accountId, buyers, BUYER_WHO_KNOWS);
  });

  it('each group’s review, the same as asked for one group at a time', async () => {
    const small = await statementsFor(GROUP_REVIEWS, 2);
    const large = await statementsFor(GROUP_REVIEWS, 20);
    const groups = (large.data as { groups: { id: string }[] }).groups;
    expect(groups).toHaveLength(20);
    expect(groups[0]).toMatchObject({
      review: {
        __typename: 'GroupReview',
        meetingsHeld: 2,
        referralsFromMembers: { count: 1 },
        referralsGivenToMembers: { count: 1 },
      },
    });
    expect(large.statements).toBe(small.statements);
    await expectSameOneAtATime(large.accountId, groups, GROUP_REVIEW);
  });
});
