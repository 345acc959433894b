import type { DbExecutor, StoredImportRow } from '@tend/db';
import { people } from '@tend/db';
import {
  type ColumnMapping,
  candidatesOf,
  countActions,
  type ExistingPerson,
  type ImportCandidate,
  type ImportSource,
  planImport,
} from '@tend/domain';
import { and, asc, eq, sql } from 'drizzle-orm';

const matchColumns = {
  id: people.id,
  name: people.name,
  emails: people.emails,
  phones: people.phones,
  company: people.company,
  role: people.role,
  profession: people.profession,
  location: people.location,
  notes: people.notes,
  tags: people.tags,
};

/**
 * The account's people a file's contacts could match: by any of their e-mail addresses, or by
 * name (the plan compares name and company). Locked in id order when the caller will write.
 */
const matchablePeople = async (
  db: DbExecutor,
  accountId: string,
  candidates: readonly ImportCandidate[],
  lock: boolean,
): Promise<ExistingPerson[]> => {
  const emails = [...new Set(candidates.flatMap((c) => c.emails.map((e) => e.toLowerCase())))];
  const names = [
    ...new Set(candidates.flatMap((c) => (c.name ? [c.name.trim().toLowerCase()] : []))),
  ];
  if (emails.length === 0 && names.length === 0) return [];
  const query = db
    .select(matchColumns)
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        // Array parameters: a file's contacts are more than a statement's parameters.
        sql`(${people.emails} && ${sql.param(emails)}::text[] or lower(${people.name}) = any(${sql.param(names)}::text[]))`,
      ),
    )
    .orderBy(asc(people.id));
  return lock ? query.for('update') : query;
};

export type BatchPlan = {
  rows: StoredImportRow[];
  counts: { createCount: number; mergeCount: number; rejectCount: number };
  existing: ExistingPerson[];
};

/**
 * What importing a source would do now, against the account's people as they are; `tag` is
 * added to every contact, as the import gives it to everyone it imports.
 */
export const planBatch = async (
  db: DbExecutor,
  accountId: string,
  source: ImportSource,
  mapping: ColumnMapping | null,
  options: { lock?: boolean; tag?: string | null } = {},
): Promise<BatchPlan> => {
  const { tag } = options;
  const candidates = candidatesOf(source, mapping).map((candidate) =>
    tag ? { ...candidate, tags: [...candidate.tags, tag] } : candidate,
  );
  const existing = await matchablePeople(db, accountId, candidates, options.lock ?? false);
  const rows = planImport(candidates, existing).map((row) => ({ ...row, skipped: false }));
  const counts = countActions(rows);
  return {
    rows,
    counts: { createCount: counts.CREATE, mergeCount: counts.MERGE, rejectCount: counts.REJECT },
    existing,
  };
};
