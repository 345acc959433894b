import { people } from '@tend/db';
import { parseUpdatePersonInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import type { Scope } from '../scope.ts';
import { checkOrigin } from './check-origin.ts';
import { findPerson } from './find-person.ts';

export const updatePerson = async (
  { db, accountId, now }: Scope,
  personId: string,
  rawInput: unknown,
) => {
  const input = parseUpdatePersonInput(rawInput);
  return db.transaction(async (tx) => {
    const current = await findPerson(tx, accountId, personId, { forUpdate: true });
    const originKind = input.originKind ?? current.originKind;
    const origin = {
      originGroupId: originKind === 'GROUP' ? (input.originGroupId ?? current.originGroupId) : null,
      originPersonId:
        originKind === 'PERSON' ? (input.originPersonId ?? current.originPersonId) : null,
    };
    await checkOrigin(tx, accountId, origin, current.id);
    const [person] = await tx
      .update(people)
      .set({ ...input, ...origin, originKind, updatedAt: now })
      .where(and(eq(people.accountId, accountId), eq(people.id, current.id)))
      .returning();
    if (!person) throw new Error('Update returned no person');
    return person;
  });
};
