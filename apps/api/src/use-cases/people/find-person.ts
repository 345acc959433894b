import type { DbExecutor } from '@tend/db';
import { people } from '@tend/db';
import { isUuid, notFound } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

/** The account's person with this id, locked for the caller's transaction when `forUpdate`. */
export const findPerson = async (
  db: DbExecutor,
  accountId: string,
  personId: string,
  options: { forUpdate?: boolean } = {},
) => {
  if (!isUuid(personId)) throw notFound('person', personId);
  const query = db
    .select()
    .from(people)
    .where(and(eq(people.accountId, accountId), eq(people.id, personId)));
  const [person] = await (options.forUpdate ? query.for('update') : query);
  if (!person) throw notFound('person', personId);
  return person;
};

export type PersonRow = Awaited<ReturnType<typeof findPerson>>;
