import { groupMemberships } from '@tend/db';
import {
  type FieldIssue,
  invalid,
  isUuid,
  notFound,
  onePerProfessionIssues,
  parseAddGroupMembersInput,
  parseCreatePersonInput,
} from '@tend/domain';
import { insertPerson } from '../people/insert-person.ts';
import { lockPeople } from '../people/lock-people.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { listGroupMembers } from './list-group-members.ts';
import { lockGroup } from './lock-group.ts';

/**
 * Adds members to a group in one go, all or none: people of the account's, and new people made
 * on the spot (who came from this group). A member's profession in the group is the one given,
 * else the person's own. Someone who was a member before rejoins from their membership, which
 * keeps its dates, rather than being added again.
 */
export const addGroupMembers = async (
  { db, accountId, now }: Scope,
  groupId: string,
  rawInput: unknown,
) => {
  const settings = await loadAccountSettings(db, accountId);
  const input = parseAddGroupMembersInput(rawInput, { now, timezone: settings.timezone });
  return db.transaction(async (tx) => {
    // Locked first: whoever changes the group's members waits, so one profession stays one seat.
    const group = await lockGroup(tx, accountId, groupId);
    const existingIds = input.members.flatMap((entry) =>
      entry.kind === 'existing' ? [entry.personId] : [],
    );
    const found = await lockPeople(tx, accountId, existingIds.filter(isUuid));
    const personOf = new Map(found.map((person) => [person.id, person]));
    const missing = existingIds.filter((id) => !personOf.has(id));
    if (missing.length > 0) throw notFound('person', missing.join(', '));

    const memberships = await listGroupMembers(tx, accountId, group.id);
    const membershipOf = new Map(memberships.map((member) => [member.personId, member]));
    // Every id was found above, so each existing entry has its person.
    const joining = input.members.map((entry) => {
      if (entry.kind === 'new') return { ...entry, personId: null };
      const person = personOf.get(entry.personId);
      return {
        personId: entry.personId,
        name: person?.name ?? '',
        email: null,
        profession: entry.profession ?? person?.profession ?? null,
      };
    });

    const issues: FieldIssue[] = joining.flatMap((member, index) => {
      const before = member.personId === null ? undefined : membershipOf.get(member.personId);
      if (!before) return [];
      return [
        {
          path: ['members', String(index), 'personId'],
          message:
            before.leftOn === null
              ? `${member.name} is already a member`
              : `${member.name} left the group on ${before.leftOn}: rejoin them from the past members`,
        },
      ];
    });
    if (group.onePerProfession) {
      issues.push(
        ...onePerProfessionIssues(
          joining,
          memberships.filter((member) => member.leftOn === null),
          (index) => ['members', String(index), 'profession'],
        ),
      );
    }
    if (issues.length > 0) throw invalid(issues);

    const rows = [];
    for (const member of joining) {
      const personId =
        member.personId ??
        (
          await insertPerson(
            tx,
            { accountId, now, settings },
            parseCreatePersonInput({
              name: member.name,
              emails: member.email ? [member.email] : [],
              profession: member.profession,
              originKind: 'GROUP',
              originGroupId: group.id,
            }),
          )
        ).id;
      rows.push({
        accountId,
        groupId: group.id,
        personId,
        profession: member.profession,
        joinedOn: input.joinedOn,
      });
    }
    await tx.insert(groupMemberships).values(rows);
    return group;
  });
};
