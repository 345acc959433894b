import { groups } from '@tend/db';
import { parseGroupInput } from '@tend/domain';
import type { Scope } from '../scope.ts';
import { groupColumns } from './group-columns.ts';

/** Adds a networking group with what it costs in money and time. */
export const createGroup = async ({ db, accountId }: Scope, rawInput: unknown) => {
  const input = parseGroupInput(rawInput);
  const [group] = await db
    .insert(groups)
    .values({ ...groupColumns(input), accountId })
    .returning();
  if (!group) throw new Error('Insert returned no group');
  return group;
};
