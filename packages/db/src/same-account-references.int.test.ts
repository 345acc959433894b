import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accounts,
  groups,
  interactions,
  oneToOnes,
  people,
  referrals,
  targetBuyers,
} from './schema/index.ts';
import { failureCodeOf, freshDatabase, type TestDatabase } from './testing/fresh-database.ts';

/**
 * Written as the admin, whom row-level security does not limit: what refuses a reference into
 * another account here is the foreign key itself.
 */
let database: TestDatabase;
let mine: { accountId: string; personId: string };
let theirs: { personId: string; groupId: string; interactionId: string; buyerId: string };

const firstId = (rows: { id: string }[]) => {
  const [row] = rows;
  if (!row) throw new Error('Nothing was inserted');
  return row.id;
};

const FOREIGN_KEY_VIOLATION = '23503';

beforeAll(async () => {
  database = await freshDatabase('tend_refs');
  const db = database.adminDb;
  const [accountA, accountB] = await db
    .insert(accounts)
    .values([{ name: 'A' }, { name: 'B' }])
    .returning({ id: accounts.id });
  if (!accountA || !accountB) throw new Error('No accounts');
  const at = new Date('2026-11-20T10:00:00Z');
  mine = {
    accountId: accountA.id,
    personId: firstId(
      await db
        .insert(people)
        .values({ accountId: accountA.id, name: 'Ada' })
        .returning({ id: people.id }),
    ),
  };
  theirs = {
    personId: firstId(
      await db
        .insert(people)
        .values({ accountId: accountB.id, name: 'Bob' })
        .returning({ id: people.id }),
    ),
    groupId: firstId(
      await db
        .insert(groups)
        .values({ accountId: accountB.id, name: 'B club' })
        .returning({ id: groups.id }),
    ),
    interactionId: firstId(
      await db
        .insert(interactions)
        .values({ accountId: accountB.id, kind: 'CALL', occurredAt: at })
        .returning({ id: interactions.id }),
    ),
    buyerId: firstId(
      await db
        .insert(targetBuyers)
        .values({ accountId: accountB.id, name: 'B buyers' })
        .returning({ id: targetBuyers.id }),
    ),
  };
});

afterAll(() => database.close());

describe('references between rows', () => {
  it('refuse a row pointing at another account’s person, group, interaction or buyer', async () => {
    const db = database.adminDb;
    const { accountId, personId } = mine;
    const at = new Date('2026-11-20T10:00:00Z');
    const referral = { accountId, personId, direction: 'GIVEN', referredOn: '2026-11-20' } as const;
    const attempts = {
      'people.origin_group_id': db
        .insert(people)
        .values({ accountId, name: 'Via their group', originGroupId: theirs.groupId }),
      'people.origin_person_id': db
        .insert(people)
        .values({ accountId, name: 'Via their person', originPersonId: theirs.personId }),
      'interactions.group_id': db
        .insert(interactions)
        .values({ accountId, kind: 'GROUP_MEETING', occurredAt: at, groupId: theirs.groupId }),
      'one_to_ones.interaction_id': db
        .insert(oneToOnes)
        .values({ accountId, personId, startsAt: at, interactionId: theirs.interactionId }),
      'referrals.referred_person_id': db
        .insert(referrals)
        .values({ ...referral, referredPersonId: theirs.personId }),
      'referrals.target_buyer_id': db
        .insert(referrals)
        .values({ ...referral, targetBuyerId: theirs.buyerId }),
      'referrals.person_id': db
        .insert(referrals)
        .values({ ...referral, personId: theirs.personId }),
    };
    const codes: Record<string, string | undefined> = {};
    for (const [column, attempt] of Object.entries(attempts))
      codes[column] = await failureCodeOf(attempt);
    expect(codes).toEqual(
      Object.fromEntries(Object.keys(attempts).map((column) => [column, FOREIGN_KEY_VIOLATION])),
    );
  });

  it('clears only the reference when its target is deleted, never the account', async () => {
    const db = database.adminDb;
    const { accountId } = mine;
    const groupId = firstId(
      await db.insert(groups).values({ accountId, name: 'My club' }).returning({ id: groups.id }),
    );
    const met = firstId(
      await db
        .insert(people)
        .values({ accountId, name: 'Met at my club', originGroupId: groupId })
        .returning({ id: people.id }),
    );
    await db.delete(groups).where(eq(groups.id, groupId));
    const [row] = await db
      .select({ accountId: people.accountId, originGroupId: people.originGroupId })
      .from(people)
      .where(eq(people.id, met));
    expect(row).toEqual({ accountId, originGroupId: null });
  });
});
