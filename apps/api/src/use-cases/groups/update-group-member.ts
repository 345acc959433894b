import { groupMemberships } from '@tend/db';
import { invalid, notFound, onePerProfessionIssues, parseGroupMemberInput } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { listGroupMembers } from './list-group-members.ts';
import { lockGroup } from './lock-group.ts';

/**
 * Replaces a membership's profession and dates. Leaving is a left date, which keeps the
 * membership as history; clearing it rejoins, when the profession's seat is free.
 */
export const updateGroupMember = async (
  { db, accountId, now }: Scope,
  groupId: string,
  personId: string,
  rawInput: unknown,
) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const input = parseGroupMemberInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const group = await lockGroup(tx, accountId, groupId);
    const members = await listGroupMembers(tx, accountId, group.id);
    const member = members.find((other) => other.personId === personId);
    if (!member) throw notFound('group member', personId);
    if (group.onePerProfession && input.leftOn === null) {
      const issues = onePerProfessionIssues(
        [{ name: member.name, profession: input.profession }],
        members.filter((other) => other.personId !== member.personId && other.leftOn === null),
        () => ['profession'],
      );
      if (issues.length > 0) throw invalid(issues);
    }
    const [membership] = await tx
      .update(groupMemberships)
      .set(input)
      .where(
        and(
          eq(groupMemberships.accountId, accountId),
          eq(groupMemberships.groupId, group.id),
          eq(groupMemberships.personId, member.personId),
        ),
      )
      .returning();
    if (!membership) throw new Error('Update returned no membership');
    return membership;
  });
};
