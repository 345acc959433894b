import type { DbExecutor } from '@tend/db';
import { people } from '@tend/db';
import { type CreatePersonInput, nextDueFor } from '@tend/domain';
import type { AccountSettings } from '../scope.ts';

/**
 * Saves a new person, due by the account's default cadence from now. The caller runs it in its
 * transaction and has checked the origin.
 */
export const insertPerson = async (
  tx: DbExecutor,
  { accountId, now, settings }: { accountId: string; now: Date; settings: AccountSettings },
  input: CreatePersonInput,
) => {
  const nextDueAt = nextDueFor(
    {
      cadenceMode: 'DEFAULT',
      cadenceDays: null,
      trust: 0,
      theirUnderstanding: 0,
      lastDepthTouchAt: null,
      createdAt: now,
    },
    settings,
  );
  const [person] = await tx
    .insert(people)
    .values({
      ...input,
      originGroupId: input.originKind === 'GROUP' ? input.originGroupId : null,
      originPersonId: input.originKind === 'PERSON' ? input.originPersonId : null,
      accountId,
      nextDueAt,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!person) throw new Error('Insert returned no person');
  return person;
};
