import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { dataOf } from '../test/operations.ts';
import { statementCounter } from '../test/statement-counter.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = new Date('2026-11-20T10:00:00Z');

const MAP = /* GraphQL */ `
  query ($filter: NetworkMapFilter) {
    networkMap(filter: $filter) {
      __typename
      ... on NetworkMap {
        readyThreshold
        highFrom
        regionCounts { region count }
        points {
          name trust theirUnderstanding readiness region nextStep { kind }
          originKind originGroupName originPersonName stale won { amount currency } wonShare
        }
      }
      ... on NotFoundError { message }
    }
  }
`;

type Point = { name: string } & Record<string, unknown>;
type MapResult = {
  networkMap: {
    __typename: string;
    readyThreshold?: number;
    highFrom?: number;
    regionCounts?: { region: string; count: number }[];
    points?: Point[];
    message?: string;
  };
};

let api: TestApi;
let countDuring: ReturnType<typeof statementCounter>;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  countDuring = statementCounter(api.serverDb);
});
afterAll(() => api.close());

const mapOf = async (accountId: string, filter?: Record<string, unknown>) =>
  dataOf(await api.gql<MapResult>(accountId, MAP, { filter })).networkMap;

const countsOf = (map: MapResult['networkMap']) =>
  Object.fromEntries((map.regionCounts ?? []).map((r) => [r.region, r.count]));

/**
 * Six people: Ada (ready, from the group, two won referrals in GBP and one in EUR), Ben (brief
 * them, introduced by Ada, due), Cy (give first, a member of the group), Di (acquaintance,
 * tagged, knows a buyer), Ed (acquaintance, knows an archived buyer) and Fay (archived).
 */
const seed = async () => {
  const accountId = await api.createAccount();
  const account = sql`${accountId}::uuid`;
  const groupId = randomUUID();
  const ada = randomUUID();
  const cy = randomUUID();
  const di = randomUUID();
  const ed = randomUUID();
  await api.db.execute(
    sql`insert into groups (id, account_id, name) values (${groupId}, ${account}, 'Breakfast Club')`,
  );
  await api.db.execute(sql`
    insert into people (id, account_id, name, trust, their_understanding, origin_kind,
      origin_group_id, origin_person_id, tags, next_due_at, archived_at)
    values
      (${ada}, ${account}, 'Ada', 4, 5, 'GROUP', ${groupId}, null, '{}', '2026-12-20', null),
      (gen_random_uuid(), ${account}, 'Ben', 3, 1, 'PERSON', null, ${ada}, '{}', '2026-11-20', null),
      (${cy}, ${account}, 'Cy', 1, 3, 'OTHER', null, null, '{}', null, null),
      (${di}, ${account}, 'Di', 0, 0, 'OTHER', null, null, '{"golf"}', '2026-12-01', null),
      (${ed}, ${account}, 'Ed', 2, 2, 'OTHER', null, null, '{}', null, null),
      (gen_random_uuid(), ${account}, 'Fay', 5, 5, 'OTHER', null, null, '{"golf"}', null, '2026-10-01')`);
  await api.db.execute(sql`
    insert into group_memberships (account_id, group_id, person_id) values (${account}, ${groupId}, ${cy})`);
  await api.db.execute(sql`
    insert into referrals (account_id, direction, person_id, referred_on, status, value, currency)
    values
      (${account}, 'RECEIVED', ${ada}, '2026-10-01', 'WON', 600.50, 'GBP'),
      (${account}, 'RECEIVED', ${ada}, '2026-10-02', 'WON', 399.50, 'GBP'),
      (${account}, 'RECEIVED', ${ada}, '2026-10-03', 'WON', 10, 'EUR'),
      (${account}, 'RECEIVED', ${ada}, '2026-10-04', 'LOST', 5000, 'GBP'),
      (${account}, 'GIVEN', ${cy}, '2026-10-05', 'WON', 9000, 'GBP'),
      (${account}, 'RECEIVED', ${cy}, '2026-10-06', 'WON', 500, 'GBP')`);
  const buyerId = randomUUID();
  const archivedBuyerId = randomUUID();
  await api.db.execute(sql`
    insert into target_buyers (id, account_id, name, archived_at) values
      (${buyerId}, ${account}, 'Practice managers', null),
      (${archivedBuyerId}, ${account}, 'Old profile', '2026-10-01')`);
  await api.db.execute(sql`
    insert into knows (account_id, person_id, target_buyer_id, strength) values
      (${account}, ${di}, ${buyerId}, 'KNOWS_OF'),
      (${account}, ${ed}, ${archivedBuyerId}, 'KNOWS_OF')`);
  return { accountId, groupId, buyerId };
};

describe('networkMap', () => {
  it('places every active person by trust and their understanding, with regions counted', async () => {
    const { accountId } = await seed();
    const map = await mapOf(accountId);
    expect(map.readyThreshold).toBe(60);
    expect(map.highFrom).toBe(3);
    expect(map.regionCounts).toEqual([
      { region: 'READY_TO_REFER', count: 1 },
      { region: 'BRIEF_THEM', count: 1 },
      { region: 'GIVE_FIRST', count: 1 },
      { region: 'ACQUAINTANCE', count: 2 },
    ]);
    expect(map.points?.map((p) => p.name)).toEqual(['Ada', 'Ben', 'Cy', 'Di', 'Ed']);
    expect(map.points?.[0]).toEqual({
      name: 'Ada',
      trust: 4,
      theirUnderstanding: 5,
      readiness: 80,
      region: 'READY_TO_REFER',
      nextStep: { kind: 'GIVE_FIRST' },
      originKind: 'GROUP',
      originGroupName: 'Breakfast Club',
      originPersonName: null,
      stale: false,
      // Won only, received only, summed exactly within each currency and never across them.
      won: [
        { amount: '10.00', currency: 'EUR' },
        { amount: '1000.00', currency: 'GBP' },
      ],
      wonShare: 1,
    });
    expect(map.points?.[1]).toMatchObject({
      name: 'Ben',
      region: 'BRIEF_THEM',
      nextStep: { kind: 'BRIEF_THEM' },
      originKind: 'PERSON',
      originPersonName: 'Ada',
      // Due today from the start of the day.
      stale: true,
      won: [],
      wonShare: 0,
    });
    expect(map.points?.[2]).toMatchObject({ name: 'Cy', region: 'GIVE_FIRST', wonShare: 0.5 });
  });

  it('moves people between regions with the account’s ready threshold', async () => {
    const { accountId } = await seed();
    await api.db.execute(
      sql`update accounts set ready_threshold = 80 where id = ${accountId}::uuid`,
    );
    const map = await mapOf(accountId);
    expect(map.readyThreshold).toBe(80);
    expect(map.highFrom).toBe(4);
    expect(countsOf(map)).toEqual({
      READY_TO_REFER: 1,
      BRIEF_THEM: 0,
      GIVE_FIRST: 0,
      ACQUAINTANCE: 4,
    });
  });

  it('narrows to a group, a tag, a target buyer, anyone who knows one, or the stale', async () => {
    const { accountId, groupId, buyerId } = await seed();
    const names = async (filter: Record<string, unknown>) =>
      (await mapOf(accountId, filter)).points?.map((p) => p.name);
    // The group's current member and the person who came from it.
    expect(await names({ groupId })).toEqual(['Ada', 'Cy']);
    expect(await names({ tag: 'golf' })).toEqual(['Di']);
    expect(await names({ targetBuyerId: buyerId })).toEqual(['Di']);
    // An archived profile does not count as knowing a target buyer.
    expect(await names({ knowsTargetBuyer: true })).toEqual(['Di']);
    expect(await names({ staleOnly: true })).toEqual(['Ben']);
    expect(await names({ staleOnly: true, tag: 'golf' })).toEqual([]);
    const narrowed = await mapOf(accountId, { groupId });
    expect(countsOf(narrowed)).toEqual({
      READY_TO_REFER: 1,
      BRIEF_THEM: 0,
      GIVE_FIRST: 1,
      ACQUAINTANCE: 0,
    });
  });

  it('offers every active person’s tags once, for the tag filter', async () => {
    const { accountId } = await seed();
    await api.db.execute(
      sql`update people set tags = '{"Golf","board"}' where account_id = ${accountId}::uuid and name = 'Ada'`,
    );
    await api.db.execute(
      sql`update people set tags = '{"retired"}' where account_id = ${accountId}::uuid and name = 'Fay'`,
    );
    const { personTags } = dataOf(
      await api.gql<{ personTags: string[] }>(accountId, '{ personTags }'),
    );
    // Fay is archived, so her tag is not offered.
    expect(personTags).toEqual(['board', 'golf', 'Golf']);
  });

  it('never shows another account’s people, even filtered by that account’s group', async () => {
    const mine = await seed();
    const theirs = await seed();
    const map = await mapOf(mine.accountId, { groupId: theirs.groupId });
    expect(map.points).toEqual([]);
    const byBuyer = await mapOf(mine.accountId, { targetBuyerId: theirs.buyerId });
    expect(byBuyer.points).toEqual([]);
    expect((await mapOf(mine.accountId)).points).toHaveLength(5);
  });

  it('answers a malformed id with a not-found result', async () => {
    const { accountId } = await seed();
    const map = await mapOf(accountId, { groupId: 'not-an-id' });
    expect(map).toEqual({ __typename: 'NotFoundError', message: expect.stringMatching(/group/i) });
    const byBuyer = await mapOf(accountId, { targetBuyerId: 'nope' });
    expect(byBuyer.__typename).toBe('NotFoundError');
  });

  it('loads in the same number of statements for 300 people as for 3', async () => {
    const sized = async (size: number) => {
      const { accountId, groupId } = await seed();
      await api.db.execute(sql`
        insert into people (account_id, name, trust, their_understanding, origin_kind, origin_group_id)
        select ${accountId}::uuid, 'Extra ' || g, g % 6, (g * 7) % 6, 'GROUP', ${groupId}::uuid
        from generate_series(1, ${size}) g`);
      await api.db.execute(sql`
        insert into referrals (account_id, direction, person_id, referred_on, status, value, currency)
        select account_id, 'RECEIVED', id, '2026-10-01', 'WON', 100, 'GBP' from people
        where account_id = ${accountId}::uuid and name like 'Extra %'`);
      let points = 0;
      const statements = await countDuring(async () => {
        points = (await mapOf(accountId)).points?.length ?? 0;
      });
      return { statements, points };
    };
    const small = await sized(3);
    const large = await sized(300);
    expect(small.points).toBe(8);
    expect(large.points).toBe(305);
    expect(large.statements).toBe(small.statements);
  });
});
