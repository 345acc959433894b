import {
  depthChanges,
  groupEnjoymentRatings,
  groupMeetings,
  groupMemberships,
  groups,
  interactionParticipants,
  interactions,
  introductionAsks,
  knows,
  oneToOnes,
  people,
  prompts,
  referralStatusChanges,
  referrals,
  targetBuyers,
  weeklyListItems,
  weeklyLists,
} from '@tend/db';
import type { ExportSection } from '@tend/domain';
import { getColumns } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';

/**
 * The table behind each section of the export, and the key its rows are read in order of
 * (keyset pages: each page starts after the last key of the one before).
 */
export type SectionTable = { table: PgTable; key: string[] };

export const SECTION_TABLES: Record<ExportSection, SectionTable> = {
  people: { table: people, key: ['id'] },
  depthChanges: { table: depthChanges, key: ['id'] },
  interactions: { table: interactions, key: ['id'] },
  oneToOnes: { table: oneToOnes, key: ['id'] },
  prompts: { table: prompts, key: ['id'] },
  weeklyLists: { table: weeklyLists, key: ['id'] },
  targetBuyers: { table: targetBuyers, key: ['id'] },
  knows: { table: knows, key: ['personId', 'targetBuyerId'] },
  introductionAsks: { table: introductionAsks, key: ['id'] },
  referrals: { table: referrals, key: ['id'] },
  referralStatusChanges: { table: referralStatusChanges, key: ['id'] },
  groups: { table: groups, key: ['id'] },
  groupMembers: { table: groupMemberships, key: ['groupId', 'personId'] },
  groupMeetings: { table: groupMeetings, key: ['id'] },
  groupEnjoymentRatings: { table: groupEnjoymentRatings, key: ['id'] },
};

/** Tables whose rows go inside another section's rows: a touch's people, a week's list. */
export const NESTED_TABLES = [interactionParticipants, weeklyListItems];

const allColumns = (table: PgTable) => getColumns(table) as Record<string, PgColumn>;

/** The column of `table` named `field`; a section's key or account is always one. */
export const columnOf = (table: PgTable, field: string): PgColumn => {
  const column = allColumns(table)[field];
  if (!column) throw new Error(`No column ${field}`);
  return column;
};

/** The columns of `table` named by `fields` (a section's fields less those nested in it). */
export const columnsOf = (table: PgTable, fields: readonly string[]): Record<string, PgColumn> => {
  const columns = allColumns(table);
  return Object.fromEntries(
    fields.flatMap((field) => {
      const column = columns[field];
      return column ? [[field, column]] : [];
    }),
  );
};

/**
 * Rows read from `table` as the export writes them: instants as ISO 8601 in UTC. Changed in
 * place, field by known field: the export reads millions of rows for this alone.
 */
export const exportValuesOf = (table: PgTable) => {
  const instants = Object.entries(allColumns(table))
    .filter(([, column]) => column.columnType === 'PgTimestamp')
    .map(([field]) => field);
  return (row: Record<string, unknown>): Record<string, unknown> => {
    for (const field of instants) {
      const value = row[field];
      if (value instanceof Date) row[field] = value.toISOString();
    }
    return row;
  };
};

/** An export row as the table's columns take it: instants back to dates. */
export const columnValues = (table: PgTable, row: Record<string, unknown>) => {
  const columns = allColumns(table);
  return Object.fromEntries(
    Object.entries(row).flatMap(([field, value]) => {
      const column = columns[field];
      if (!column) return [];
      return [
        [
          field,
          column.columnType === 'PgTimestamp' && typeof value === 'string'
            ? new Date(value)
            : value,
        ],
      ];
    }),
  );
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** The zip's file of a section's rows as CSV: people.csv, depth-changes.csv … */
export const csvFileName = (section: ExportSection | 'weeklyListItems') => `${kebab(section)}.csv`;
