import { accounts, groups, interactionParticipants, interactions, people } from '@tend/db';
import { and, eq, inArray, notExists, or, sql } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** Deletes every demo row of the account in one transaction; the user's own rows stay. */
export const removeDemoData = async ({ db, accountId }: Scope) =>
  db.transaction(async (tx) => {
    const demoPeople = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.accountId, accountId), eq(people.isDemo, true)));
    const demoGroups = tx
      .select({ id: groups.id })
      .from(groups)
      .where(and(eq(groups.accountId, accountId), eq(groups.isDemo, true)));
    // The user's own people keep a truthful origin: the introducer or group is no longer there.
    await tx
      .update(people)
      .set({ originKind: 'OTHER', originGroupId: null, originPersonId: null })
      .where(
        and(
          eq(people.accountId, accountId),
          eq(people.isDemo, false),
          or(inArray(people.originPersonId, demoPeople), inArray(people.originGroupId, demoGroups)),
        ),
      );
    await tx
      .delete(interactions)
      .where(and(eq(interactions.accountId, accountId), eq(interactions.isDemo, true)));
    await tx.delete(people).where(and(eq(people.accountId, accountId), eq(people.isDemo, true)));
    await tx.delete(groups).where(and(eq(groups.accountId, accountId), eq(groups.isDemo, true)));
    // A touch of the user's own with only demo people in it would be left with nobody.
    await tx
      .delete(interactions)
      .where(
        and(
          eq(interactions.accountId, accountId),
          notExists(
            tx
              .select({ one: sql`1` })
              .from(interactionParticipants)
              .where(eq(interactionParticipants.interactionId, interactions.id)),
          ),
        ),
      );
    const [account] = await tx.select().from(accounts).where(eq(accounts.id, accountId));
    if (!account) throw new Error(`Account ${accountId} is missing`);
    return account;
  });
