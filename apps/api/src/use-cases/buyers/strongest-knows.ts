import type { DbExecutor } from '@tend/db';
import { knows, targetBuyers } from '@tend/db';
import { type KnowsStrength, strongestKnowsStrength } from '@tend/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';

/**
 * Each person's strongest tag to a working target buyer profile (archived profiles leave the
 * working lists, so they add no weight); people with none are left out. Read by the person
 * key of `knows`.
 */
export const strongestKnowsOf = async (
  db: DbExecutor,
  accountId: string,
  personIds: readonly string[],
): Promise<Map<string, KnowsStrength>> => {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: knows.personId, strength: knows.strength })
    .from(knows)
    .innerJoin(
      targetBuyers,
      and(eq(targetBuyers.accountId, knows.accountId), eq(targetBuyers.id, knows.targetBuyerId)),
    )
    .where(
      and(
        eq(knows.accountId, accountId),
        // One array parameter: a whole network is more than a statement's parameters.
        sql`${knows.personId} = any(${sql.param([...personIds])}::uuid[])`,
        isNull(targetBuyers.archivedAt),
      ),
    );
  const byPerson = new Map<string, KnowsStrength[]>();
  for (const { personId, strength } of rows) {
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), strength]);
  }
  const strongest = new Map<string, KnowsStrength>();
  for (const [personId, strengths] of byPerson) {
    const best = strongestKnowsStrength(strengths);
    if (best) strongest.set(personId, best);
  }
  return strongest;
};
