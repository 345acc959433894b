import { people } from '@tend/db';
import { nextDueFor, parseCreatePersonInput } from '@tend/domain';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { checkOrigin } from './check-origin.ts';

export const createPerson = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const input = parseCreatePersonInput(rawInput);
  return db.transaction(async (tx) => {
    await checkOrigin(tx, accountId, input);
    const settings = await loadAccountSettings(tx, accountId);
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
  });
};
