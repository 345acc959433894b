import type { DbExecutor } from '@tend/db';
import { groups, people } from '@tend/db';
import { type FieldIssue, invalid, isUuid } from '@tend/domain';
import { and, eq } from 'drizzle-orm';

/** An origin may only point at the account's own groups and people, and never at oneself. */
export const checkOrigin = async (
  db: DbExecutor,
  accountId: string,
  origin: { originGroupId?: string | null; originPersonId?: string | null },
  selfId?: string,
): Promise<void> => {
  const issues: FieldIssue[] = [];
  const { originGroupId, originPersonId } = origin;
  // An empty id names no group (it would fail as a uuid when saved); null is no origin.
  if (originGroupId != null) {
    const [group] = isUuid(originGroupId)
      ? await db
          .select({ id: groups.id })
          .from(groups)
          .where(and(eq(groups.accountId, accountId), eq(groups.id, originGroupId)))
      : [];
    if (!group) issues.push({ path: ['originGroupId'], message: 'No such group' });
  }
  if (originPersonId != null) {
    const [person] = isUuid(originPersonId)
      ? await db
          .select({ id: people.id })
          .from(people)
          .where(and(eq(people.accountId, accountId), eq(people.id, originPersonId)))
      : [];
    if (!person) issues.push({ path: ['originPersonId'], message: 'No such person' });
    if (originPersonId === selfId) {
      issues.push({ path: ['originPersonId'], message: 'A person cannot introduce themselves' });
    }
  }
  if (issues.length > 0) throw invalid(issues);
};
