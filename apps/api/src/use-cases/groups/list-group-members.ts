import type { DbExecutor } from '@tend/db';
import { groupMemberships, people } from '@tend/db';
import { and, eq } from 'drizzle-orm';

/** Every membership of the group, past ones too, with the member’s name. */
export const listGroupMembers = (db: DbExecutor, accountId: string, groupId: string) =>
  db
    .select({
      personId: groupMemberships.personId,
      name: people.name,
      profession: groupMemberships.profession,
      joinedOn: groupMemberships.joinedOn,
      leftOn: groupMemberships.leftOn,
    })
    .from(groupMemberships)
    .innerJoin(
      people,
      and(
        eq(people.accountId, groupMemberships.accountId),
        eq(people.id, groupMemberships.personId),
      ),
    )
    .where(and(eq(groupMemberships.accountId, accountId), eq(groupMemberships.groupId, groupId)));
