import { KNOWS_STRENGTHS, rankWhoKnows, referralReadiness } from '@tend/domain';
import { and, asc, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAccount } from './client.ts';
import { accounts, knows, people, targetBuyers } from './schema/index.ts';
import { freshDatabase, type TestDatabase } from './testing/fresh-database.ts';

/** The copies of the person's side on each knows tag are kept by triggers, as the app writes. */
let database: TestDatabase;
let accountId: string;
let personId: string;
let buyerId: string;

const tagOf = async () => {
  const [row] = await withAccount(database.db, accountId, (tx) =>
    tx
      .select({
        readiness: knows.readiness,
        day: knows.lastDepthTouchDay,
        active: knows.personActive,
        rankKey: knows.rankKey,
      })
      .from(knows)
      .where(and(eq(knows.personId, personId), eq(knows.targetBuyerId, buyerId))),
  );
  return row;
};

const updatePerson = (values: Partial<typeof people.$inferInsert>) =>
  withAccount(database.db, accountId, (tx) =>
    tx.update(people).set(values).where(eq(people.id, personId)),
  );

beforeAll(async () => {
  database = await freshDatabase('tend_knows_ranking');
  const [account] = await database.adminDb
    .insert(accounts)
    .values({ name: 'A', timezone: 'Europe/London' })
    .returning({ id: accounts.id });
  accountId = account?.id ?? '';
  const [person] = await database.adminDb
    .insert(people)
    .values({
      accountId,
      name: 'Priya',
      trust: 4,
      theirUnderstanding: 2,
      // 23:30 in London on 28 March 2026, an hour before the clocks go forward.
      lastDepthTouchAt: new Date('2026-03-28T23:30:00Z'),
    })
    .returning({ id: people.id });
  personId = person?.id ?? '';
  const [buyer] = await database.adminDb
    .insert(targetBuyers)
    .values({ accountId, name: 'CFOs' })
    .returning({ id: targetBuyers.id });
  buyerId = buyer?.id ?? '';
  await withAccount(database.db, accountId, (tx) =>
    tx
      .insert(knows)
      .values({ accountId, personId, targetBuyerId: buyerId, strength: 'WORKS_WITH' }),
  );
});

afterAll(() => database.close());

// 2026-03-28 is day 20540 since 1970-01-01; the touch was at 23:30 UTC, 23:30 GMT that day.
const MARCH_28 = 20540;

describe('a knows tag', () => {
  it('takes its person’s readiness, last depth touch day in the account’s zone and activity', async () => {
    expect(await tagOf()).toMatchObject({ readiness: 40, day: MARCH_28, active: true });
  });

  it('follows the person’s depth, touches and archiving', async () => {
    await updatePerson({ trust: 5, theirUnderstanding: 5 });
    expect(await tagOf()).toMatchObject({ readiness: 100 });
    await updatePerson({ lastDepthTouchAt: new Date('2026-10-24T23:30:00Z') });
    // 00:30 on 25 October in London (BST), a day later than in UTC.
    expect(await tagOf()).toMatchObject({ day: MARCH_28 + 211 });
    await updatePerson({ archivedAt: new Date('2026-11-01T10:00:00Z') });
    expect(await tagOf()).toMatchObject({ active: false });
    await updatePerson({ archivedAt: null, lastDepthTouchAt: null });
    expect(await tagOf()).toMatchObject({ active: true, day: null });
  });

  it('follows each of many people changed in one statement, as a reschedule does', async () => {
    const others = await database.adminDb
      .insert(people)
      .values([1, 2, 3].map((level) => ({ accountId, name: `P${level}`, trust: level })))
      .returning({ id: people.id, trust: people.trust });
    await withAccount(database.db, accountId, (tx) =>
      tx.insert(knows).values(
        others.map((other) => ({
          accountId,
          personId: other.id,
          targetBuyerId: buyerId,
          strength: 'KNOWS_OF' as const,
        })),
      ),
    );
    const ids = others.map((other) => other.id);
    // Trust 1 stays 1; 2 and 3 become 4 and 5, with their understanding 5: readiness is the weaker.
    await withAccount(database.db, accountId, (tx) =>
      tx
        .update(people)
        .set({
          trust: sql`case when ${people.trust} = 1 then 1 else ${people.trust} + 2 end`,
          theirUnderstanding: 5,
        })
        .where(sql`${people.id} = any(${sql.param(ids)}::uuid[])`),
    );
    const tags = await withAccount(database.db, accountId, (tx) =>
      tx
        .select({ personId: knows.personId, readiness: knows.readiness })
        .from(knows)
        .where(sql`${knows.personId} = any(${sql.param(ids)}::uuid[])`),
    );
    const readinessOf = new Map(tags.map((tag) => [tag.personId, tag.readiness]));
    expect(ids.map((id) => readinessOf.get(id))).toEqual([20, 80, 100]);
  });

  it('moves its day when the account changes zone', async () => {
    await updatePerson({ lastDepthTouchAt: new Date('2026-03-28T23:30:00Z') });
    await withAccount(database.db, accountId, (tx) =>
      tx.update(accounts).set({ timezone: 'Pacific/Auckland' }).where(eq(accounts.id, accountId)),
    );
    expect(await tagOf()).toMatchObject({ day: MARCH_28 + 1 });
  });

  it('ranks a stronger tie, higher readiness and fresher touch higher', async () => {
    const before = (await tagOf())?.rankKey ?? 0;
    await withAccount(database.db, accountId, (tx) =>
      tx.update(knows).set({ strength: 'CAN_INTRODUCE' }).where(eq(knows.personId, personId)),
    );
    const stronger = (await tagOf())?.rankKey ?? 0;
    expect(stronger).toBeGreaterThan(before);
    await updatePerson({ trust: 1 });
    const lessReady = (await tagOf())?.rankKey ?? 0;
    expect(lessReady).toBeLessThan(stronger);
    await updatePerson({ lastDepthTouchAt: new Date('2026-06-01T12:00:00Z') });
    expect((await tagOf())?.rankKey ?? 0).toBeGreaterThan(lessReady);
  });
});

describe('the rank key', () => {
  it('orders a profile’s tags as the domain’s rankWhoKnows does', async () => {
    const [buyer] = await database.adminDb
      .insert(targetBuyers)
      .values({ accountId, name: 'Hotel owners' })
      .returning({ id: targetBuyers.id });
    const profileId = buyer?.id ?? '';
    const level = fc.integer({ min: 0, max: 5 });
    // Touches over three years, often on the same day (ties), sometimes never.
    const touch = fc.option(
      fc
        .integer({ min: 0, max: 3 * 366 })
        .map((day) => new Date(Date.UTC(2024, 0, 1, 12) + day * 86_400_000)),
      { nil: null },
    );
    const drawn = fc.sample(
      fc.record({
        trust: level,
        theirUnderstanding: level,
        lastDepthTouchAt: fc.oneof(touch, fc.constant(new Date('2026-06-01T23:30:00Z'))),
        strength: fc.constantFrom(...KNOWS_STRENGTHS),
      }),
      { numRuns: 80, seed: 11 },
    );
    const inserted = await database.adminDb
      .insert(people)
      .values(drawn.map((person, index) => ({ accountId, name: `Person ${index}`, ...person })))
      .returning({ id: people.id });
    await withAccount(database.db, accountId, (tx) =>
      tx.insert(knows).values(
        inserted.map(({ id }, index) => ({
          accountId,
          personId: id,
          targetBuyerId: profileId,
          strength: drawn[index]?.strength ?? 'KNOWS_OF',
        })),
      ),
    );
    const [zone] = await database.adminDb
      .select({ timezone: accounts.timezone })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    const fromIndex = await withAccount(database.db, accountId, (tx) =>
      tx
        .select({ id: knows.personId })
        .from(knows)
        .where(and(eq(knows.targetBuyerId, profileId), eq(knows.personActive, true)))
        .orderBy(sql`${knows.rankKey} desc nulls last`, asc(knows.personId)),
    );
    const byDomain = rankWhoKnows(
      inserted.map(({ id }, index) => {
        const person = drawn[index];
        if (!person) throw new Error('Drawn person missing');
        return { id, ...person, readiness: referralReadiness(person) };
      }),
      new Date('2026-12-01T10:00:00Z'),
      zone?.timezone ?? 'UTC',
    );
    expect(fromIndex.map(({ id }) => id)).toEqual(byDomain.map(({ candidate }) => candidate.id));
  });
});
