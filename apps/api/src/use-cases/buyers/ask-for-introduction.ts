import { introductionAsks } from '@tend/db';
import { parseIntroductionAskInput } from '@tend/domain';
import { findPerson } from '../people/find-person.ts';
import type { Scope } from '../scope.ts';
import { findTargetBuyer } from './find-target-buyer.ts';

/**
 * Records that the account asked a person for an introduction to someone of a profile, with
 * the message as sent (drafted or edited), on the person's timeline. Archived profiles and
 * people may still be asked about: the ask is history, like a touch.
 */
export const askForIntroduction = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const input = parseIntroductionAskInput(rawInput);
  return db.transaction(async (tx) => {
    const person = await findPerson(tx, accountId, input.personId);
    const targetBuyer = await findTargetBuyer(tx, accountId, input.targetBuyerId);
    const [ask] = await tx
      .insert(introductionAsks)
      .values({
        accountId,
        personId: person.id,
        targetBuyerId: targetBuyer.id,
        message: input.message,
        askedAt: now,
        createdAt: now,
      })
      .returning();
    if (!ask) throw new Error('Insert returned no introduction ask');
    return ask;
  });
};
