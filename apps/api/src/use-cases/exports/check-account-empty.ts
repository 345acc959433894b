import { accounts, type DbExecutor } from '@tend/db';
import { EXPORT_SECTIONS } from '@tend/domain';
import { eq, exists, or, sql } from 'drizzle-orm';
import { columnOf, NESTED_TABLES, SECTION_TABLES } from './export-sections.ts';

/** Whether the account holds no row a restore would write: only then can one restore into it. */
export const checkAccountEmpty = async (db: DbExecutor, accountId: string): Promise<boolean> => {
  const tables = [
    ...EXPORT_SECTIONS.map((section) => SECTION_TABLES[section].table),
    ...NESTED_TABLES,
  ];
  const [row] = await db
    .select({
      found: sql<boolean>`${or(
        ...tables.map((table) =>
          exists(
            db
              .select({ one: sql`1` })
              .from(table)
              .where(eq(columnOf(table, 'accountId'), accountId)),
          ),
        ),
      )}`,
    })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  return row?.found === false;
};
