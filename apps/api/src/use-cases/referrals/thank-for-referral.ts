import { people, referrals } from '@tend/db';
import { invalid } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { logInteraction } from '../interactions/log-interaction.ts';
import type { Scope } from '../scope.ts';
import { lockReferral } from './find-referral.ts';

/** Who was referred, by their name now when they are in the network, else as recorded. */
const referredNameOf = async (
  scope: Scope,
  referral: { referredPersonId: string | null; referredName: string | null },
) => {
  if (!referral.referredPersonId) return referral.referredName;
  const [person] = await scope.db
    .select({ name: people.name })
    .from(people)
    .where(and(eq(people.accountId, scope.accountId), eq(people.id, referral.referredPersonId)));
  return person?.name ?? referral.referredName;
};

/**
 * Thanks the person who gave a referral: logs the message as a touch with them (through the
 * usual logging, so their cadence and prompts follow) and marks the referral thanked, at once.
 */
export const thankForReferral = async ({ db, accountId, now }: Scope, referralId: string) =>
  db.transaction(async (tx) => {
    const scope = { db: tx, accountId, now };
    const referral = await lockReferral(tx, accountId, referralId);
    if (referral.direction !== 'RECEIVED') {
      throw invalid([{ path: ['id'], message: 'Only a referral you received is thanked for' }]);
    }
    if (referral.thankedAt) {
      throw invalid([
        {
          path: ['id'],
          message: `Already thanked, on ${referral.thankedAt.toISOString().slice(0, 10)}`,
        },
      ]);
    }
    const name = await referredNameOf(scope, referral);
    await logInteraction(scope, {
      kind: 'MESSAGE',
      occurredAt: now,
      personIds: [referral.personId],
      notes: `Thanked for the referral of ${name ?? 'a contact'}`,
    });
    const [thanked] = await tx
      .update(referrals)
      .set({ thankedAt: now, updatedAt: now })
      .where(and(eq(referrals.accountId, accountId), eq(referrals.id, referral.id)))
      .returning();
    if (!thanked) throw new Error('Update returned no referral');
    return thanked;
  });
