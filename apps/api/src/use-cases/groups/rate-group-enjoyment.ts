import { groupEnjoymentRatings } from '@tend/db';
import { parseEnjoymentInput } from '@tend/domain';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { lockGroup } from './lock-group.ts';

/** Records how much I enjoy a group on a day; earlier ratings stay as its history. */
export const rateGroupEnjoyment = async (
  { db, accountId, now }: Scope,
  groupId: string,
  rawInput: unknown,
) => {
  const { timezone } = await loadAccountSettings(db, accountId);
  const input = parseEnjoymentInput(rawInput, { now, timezone });
  return db.transaction(async (tx) => {
    const group = await lockGroup(tx, accountId, groupId);
    await tx.insert(groupEnjoymentRatings).values({ ...input, accountId, groupId: group.id });
    return group;
  });
};
