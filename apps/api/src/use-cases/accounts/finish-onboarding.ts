import { accounts, seedDemoData } from '@tend/db';
import { and, eq, isNull } from 'drizzle-orm';
import { raiseDuePrompts } from '../prompts/raise-due-prompts.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';

/**
 * The first screen's choice: demo data or an empty start. Only the first choice counts, so a
 * double click cannot seed the demo twice.
 */
export const finishOnboarding = async ({ db, accountId, now }: Scope, choice: 'DEMO' | 'EMPTY') =>
  db.transaction(async (tx) => {
    const [account] = await tx
      .update(accounts)
      .set({ onboardedAt: now })
      .where(and(eq(accounts.id, accountId), isNull(accounts.onboardedAt)))
      .returning();
    if (account && choice === 'DEMO') {
      const settings = await loadAccountSettings(tx, accountId);
      await seedDemoData(tx, accountId, now, settings);
      // The demo's people fell due before now, some before the last check: all of them are
      // checked, here, so the first screen after the choice shows their prompts.
      await tx.update(accounts).set({ promptsCheckedAt: null }).where(eq(accounts.id, accountId));
      await raiseDuePrompts(tx, accountId, now, settings);
    }
    const [current] = await tx.select().from(accounts).where(eq(accounts.id, accountId));
    if (!current) throw new Error(`Account ${accountId} is missing`);
    return current;
  });
