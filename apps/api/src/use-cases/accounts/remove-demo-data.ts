import {
  accounts,
  groups,
  hasDemoProfessions,
  interactions,
  people,
  referrals,
  targetBuyers,
} from '@tend/db';
import { and, eq } from 'drizzle-orm';
import { deleteEmptyTouches } from '../interactions/delete-empty-touches.ts';
import { clearOrigins } from '../people/clear-origins.ts';
import type { Scope } from '../scope.ts';

/**
 * Deletes every demo row of the account in one transaction; the user's own rows stay. The demo's
 * professions in Settings go too, unless the user made any of them their own.
 */
export const removeDemoData = async ({ db, accountId, now }: Scope) =>
  db.transaction(async (tx) => {
    // Locked first, as a settings change locks it before the people it reschedules: so neither
    // waits on the other, and professions saved meanwhile are not cleared unseen.
    const [before] = await tx
      .select()
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('no key update');
    if (!before) throw new Error(`Account ${accountId} is missing`);
    const demoPeople = tx
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.accountId, accountId), eq(people.isDemo, true)));
    const demoGroups = tx
      .select({ id: groups.id })
      .from(groups)
      .where(and(eq(groups.accountId, accountId), eq(groups.isDemo, true)));
    // The user's own people keep a truthful origin: the introducer or group is no longer there.
    await clearOrigins(tx, accountId, { personIds: demoPeople, groupIds: demoGroups }, now);
    await tx
      .delete(interactions)
      .where(and(eq(interactions.accountId, accountId), eq(interactions.isDemo, true)));
    await tx
      .delete(referrals)
      .where(and(eq(referrals.accountId, accountId), eq(referrals.isDemo, true)));
    await tx.delete(people).where(and(eq(people.accountId, accountId), eq(people.isDemo, true)));
    // Their knows tags go with them; the user's own referrals for them only lose the profile.
    await tx
      .delete(targetBuyers)
      .where(and(eq(targetBuyers.accountId, accountId), eq(targetBuyers.isDemo, true)));
    await tx.delete(groups).where(and(eq(groups.accountId, accountId), eq(groups.isDemo, true)));
    // A touch of the user's own with only demo people in it would be left with nobody.
    await deleteEmptyTouches(tx, accountId);
    const [account] = hasDemoProfessions(before)
      ? await tx
          .update(accounts)
          .set({ profession: null, competitorProfessions: [], powerPartnerProfessions: [] })
          .where(eq(accounts.id, accountId))
          .returning()
      : await tx.select().from(accounts).where(eq(accounts.id, accountId));
    if (!account) throw new Error(`Account ${accountId} is missing`);
    return account;
  });
