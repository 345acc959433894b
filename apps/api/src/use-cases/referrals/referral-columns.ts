import type { DbExecutor } from '@tend/db';
import type { ReferralInput } from '@tend/domain';
import { findTargetBuyer } from '../buyers/find-target-buyer.ts';
import { findPerson } from '../people/find-person.ts';

/**
 * A referral's columns from its checked input, once every id is found to be the account's.
 * A referred person's name is stored beside their id: deleting them later keeps who it was.
 */
export const referralColumns = async (db: DbExecutor, accountId: string, input: ReferralInput) => {
  const person = await findPerson(db, accountId, input.personId);
  const referred = input.referredPersonId
    ? await findPerson(db, accountId, input.referredPersonId)
    : null;
  const targetBuyer = input.targetBuyerId
    ? await findTargetBuyer(db, accountId, input.targetBuyerId)
    : null;
  return {
    direction: input.direction,
    personId: person.id,
    referredPersonId: referred?.id ?? null,
    referredName: referred?.name ?? input.referredName,
    targetBuyerId: targetBuyer?.id ?? null,
    referredOn: input.referredOn,
    value: input.value?.amount ?? null,
    currency: input.value?.currency ?? null,
    notes: input.notes,
  };
};
