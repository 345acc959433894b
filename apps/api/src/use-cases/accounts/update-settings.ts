import { accounts, people } from '@tend/db';
import { parseAccountSettingsInput } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { reviewThresholdColumns } from '../groups/review-thresholds.ts';
import { reschedulePeople } from '../prompts/reschedule-people.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';

/**
 * Saves the account's settings. When what counts as a depth touch, the default cadences or the
 * time zone (due dates are days in it) change, every person's due date is recomputed in the
 * same transaction.
 */
export const updateSettings = async ({ db, accountId, now }: Scope, rawInput: unknown) =>
  db.transaction(async (tx) => {
    // Locked, so two partial updates cannot together put the cadence tiers out of order, or one
    // profession in both the competitor and the power-partner list. Not
    // FOR UPDATE: that also blocks the foreign-key checks of a touch being logged, which holds
    // its people's rows that the rescheduling below waits for, a deadlock.
    const [stored] = await tx
      .select({
        currency: accounts.currency,
        competitorProfessions: accounts.competitorProfessions,
        powerPartnerProfessions: accounts.powerPartnerProfessions,
      })
      .from(accounts)
      .where(eq(accounts.id, accountId))
      .for('no key update');
    if (!stored) throw new Error(`Account ${accountId} is missing`);
    const before = await loadAccountSettings(tx, accountId);
    const { reviewThresholds, ...input } = parseAccountSettingsInput(rawInput, {
      cadenceInnerDays: before.cadenceDefaults.INNER,
      cadenceMiddleDays: before.cadenceDefaults.MIDDLE,
      cadenceOuterDays: before.cadenceDefaults.OUTER,
      ...stored,
    });
    const changes = { ...input, ...reviewThresholdColumns(reviewThresholds) };
    // Nothing sent (or only nulls) changes nothing: an UPDATE with an empty SET cannot run.
    const [account] =
      Object.keys(changes).length === 0
        ? await tx.select().from(accounts).where(eq(accounts.id, accountId))
        : await tx.update(accounts).set(changes).where(eq(accounts.id, accountId)).returning();
    if (!account) throw new Error(`Account ${accountId} is missing`);
    const after = await loadAccountSettings(tx, accountId);
    const scheduleChanged =
      before.timezone !== after.timezone ||
      JSON.stringify(before.cadenceDefaults) !== JSON.stringify(after.cadenceDefaults) ||
      [...before.depthTouchKinds].sort().join() !== [...after.depthTouchKinds].sort().join();
    if (scheduleChanged) {
      const everyone = await tx
        .select({ id: people.id })
        .from(people)
        .where(eq(people.accountId, accountId));
      await reschedulePeople(
        tx,
        accountId,
        everyone.map((p) => p.id),
        after,
        now,
      );
    }
    return account;
  });
