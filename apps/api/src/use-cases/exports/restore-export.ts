import { randomUUID } from 'node:crypto';
import {
  accounts,
  type Db,
  interactionParticipants,
  people,
  type Tx,
  weeklyListItems,
  withAccount,
} from '@tend/db';
import {
  EXPORT_SECTIONS,
  type ExportSection,
  invalid,
  parseExportDocument,
  remapExportIds,
} from '@tend/domain';
import { eq, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { checkAccountEmpty } from './check-account-empty.ts';
import { AccountNotEmptyError } from './export-errors.ts';
import { columnValues, SECTION_TABLES } from './export-sections.ts';

// Well under Postgres's 65,535 parameters a statement.
const MAX_PARAMETERS = 30_000;

export type RestoreCounts = Record<ExportSection, number>;

/** Rows into `table` as the account's, as many to a statement as its parameters allow. */
const insertAll = async (
  tx: Tx,
  accountId: string,
  table: PgTable,
  rows: readonly Record<string, unknown>[],
) => {
  const first = rows[0];
  if (!first) return;
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / (Object.keys(first).length + 1)));
  for (let start = 0; start < rows.length; start += perStatement) {
    await tx
      .insert(table)
      .values(
        rows
          .slice(start, start + perStatement)
          .map((row) => ({ ...columnValues(table, row), accountId })) as never,
      );
  }
};

/** A row the database refused (a duplicate, a reference, a range): the export is at fault. */
const refusedRow = (error: unknown): { detail?: string; message: string } | null => {
  let current: unknown = error;
  // drizzle keeps pg's error as `cause`; a chain is short.
  for (let depth = 0; depth < 5 && current !== null && typeof current === 'object'; depth += 1) {
    const { code, cause } = current as { code?: unknown; cause?: unknown };
    // Class 22 (data exception) and 23 (integrity constraint violation).
    if (typeof code === 'string' && /^2[23]/.test(code)) {
      return current as { detail?: string; message: string };
    }
    current = cause;
  }
  return null;
};

/**
 * Restores an export into the account, which must hold nothing yet: the document is checked,
 * every id is replaced by a new one (references follow), and the settings and every row are
 * written in one transaction, so a restore is whole or leaves no trace. The people's origins
 * among themselves are set once all of them are in, so their order does not matter.
 */
export const restoreExport = async (
  db: Db,
  accountId: string,
  now: Date,
  input: unknown,
): Promise<RestoreCounts> => {
  const document = remapExportIds(parseExportDocument(input), randomUUID);
  try {
    await withAccount(db, accountId, async (tx) => {
      // Two restores at once into one account: the second waits, then finds it full.
      await tx
        .select({ id: accounts.id })
        .from(accounts)
        .where(eq(accounts.id, accountId))
        .for('update');
      if (!(await checkAccountEmpty(tx, accountId))) throw new AccountNotEmptyError();
      await tx
        .update(accounts)
        .set({
          ...columnValues(accounts, document.account),
          onboardedAt: sql`coalesce(${accounts.onboardedAt}, ${now.toISOString()}::timestamptz)`,
        })
        .where(eq(accounts.id, accountId));
      const insert = (table: PgTable, rows: readonly Record<string, unknown>[]) =>
        insertAll(tx, accountId, table, rows);
      // Each section's rows as they are, after the rows they refer to.
      const insertSection = (section: ExportSection) =>
        insert(SECTION_TABLES[section].table, document[section]);
      await insertSection('groups');
      await insert(
        people,
        document.people.map((person) => ({ ...person, originPersonId: null })),
      );
      const origins = document.people.filter((person) => person.originPersonId !== null);
      for (let start = 0; start < origins.length; start += MAX_PARAMETERS / 2) {
        const values = origins
          .slice(start, start + MAX_PARAMETERS / 2)
          .map((person) => sql`(${person.id}::uuid, ${person.originPersonId}::uuid)`);
        await tx.execute(sql`
          update ${people} set origin_person_id = origin.person_id
          from (values ${sql.join(values, sql`, `)}) as origin(id, person_id)
          where ${people.accountId} = ${accountId} and ${people.id} = origin.id`);
      }
      await insertSection('targetBuyers');
      await insertSection('interactions');
      await insert(
        interactionParticipants,
        document.interactions.flatMap(({ id, participantIds }) =>
          participantIds.map((personId) => ({ interactionId: id, personId })),
        ),
      );
      for (const section of ['depthChanges', 'oneToOnes', 'prompts', 'weeklyLists'] as const) {
        await insertSection(section);
      }
      await insert(
        weeklyListItems,
        document.weeklyLists.flatMap(({ id, items }) =>
          items.map((item) => ({ ...item, weeklyListId: id })),
        ),
      );
      for (const section of [
        'knows',
        'introductionAsks',
        'referrals',
        'referralStatusChanges',
        'groupMembers',
        'groupMeetings',
        'groupEnjoymentRatings',
      ] as const) {
        await insertSection(section);
      }
    });
  } catch (error) {
    const refused = refusedRow(error);
    if (!refused) throw error;
    throw invalid([
      {
        path: [],
        message: `The export does not hold together, so nothing was restored: ${refused.detail ?? refused.message}`,
      },
    ]);
  }
  return Object.fromEntries(
    EXPORT_SECTIONS.map((section) => [section, document[section].length]),
  ) as RestoreCounts;
};
