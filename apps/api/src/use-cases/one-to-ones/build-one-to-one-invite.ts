import { accounts } from '@tend/db';
import { isUuid, notFound, oneToOneFileName } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { oneToOneInvite } from '../../calendar/one-to-one-invite.ts';
import type { Scope } from '../scope.ts';

/** The .ics invite for one of the account's one-to-ones, and the file name to save it as. */
export const buildOneToOneInvite = async ({ db, accountId, now }: Scope, oneToOneId: string) => {
  if (!isUuid(oneToOneId)) throw notFound('One-to-one', oneToOneId);
  const oneToOne = await db.query.oneToOnes.findFirst({
    where: { id: oneToOneId, accountId },
    with: { person: true },
  });
  if (!oneToOne) throw notFound('One-to-one', oneToOneId);
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  const { person, ...row } = oneToOne;
  return {
    ...oneToOneInvite({ oneToOne: row, person, account }, now),
    fileName: oneToOneFileName(person.name, row.startsAt, account.timezone),
  };
};
