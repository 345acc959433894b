import { parseCreatePersonInput } from '@tend/domain';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { checkOrigin } from './check-origin.ts';
import { insertPerson } from './insert-person.ts';

export const createPerson = async ({ db, accountId, now }: Scope, rawInput: unknown) => {
  const input = parseCreatePersonInput(rawInput);
  return db.transaction(async (tx) => {
    await checkOrigin(tx, accountId, input);
    const settings = await loadAccountSettings(tx, accountId);
    return insertPerson(tx, { accountId, now, settings }, input);
  });
};
