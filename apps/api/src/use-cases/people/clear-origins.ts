import type { DbExecutor } from '@tend/db';
import { people } from '@tend/db';
import { and, eq, inArray, or, type SQLWrapper } from 'drizzle-orm';

type Ids = string[] | SQLWrapper;

/**
 * Before introducers (and groups) are deleted: the people who came from them stay, with a
 * truthful origin (Other) rather than one pointing at nobody.
 */
export const clearOrigins = (
  db: DbExecutor,
  accountId: string,
  from: { personIds: Ids; groupIds?: Ids },
  now: Date,
) =>
  db
    .update(people)
    .set({ originKind: 'OTHER', originGroupId: null, originPersonId: null, updatedAt: now })
    .where(
      and(
        eq(people.accountId, accountId),
        or(
          inArray(people.originPersonId, from.personIds),
          from.groupIds ? inArray(people.originGroupId, from.groupIds) : undefined,
        ),
      ),
    );
