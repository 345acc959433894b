import { people } from '@tend/db';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Scope } from '../scope.ts';

/** Every tag on an active person, once, alphabetically (case-insensitive): for filters. */
export const listPersonTags = async ({ db, accountId }: Scope): Promise<string[]> => {
  const tag = sql<string>`unnest(${people.tags})`;
  const rows = await db
    .selectDistinct({ tag })
    .from(people)
    .where(and(eq(people.accountId, accountId), isNull(people.archivedAt)));
  return rows
    .map((row) => row.tag)
    .sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || a.localeCompare(b));
};
