import type { ImportedMerge, StoredImportRow } from '@tend/db';
import { importBatches, people } from '@tend/db';
import {
  applyMerge,
  type ExistingPerson,
  type ImportPerson,
  nextDueFor,
  parseCommitImportInput,
} from '@tend/domain';
import { and, eq, sql } from 'drizzle-orm';
import { checkOrigin } from '../people/check-origin.ts';
import { loadAccountSettings, type Scope } from '../scope.ts';
import { expectStatus, findImportBatch } from './find-import-batch.ts';
import { planBatch } from './plan-batch.ts';
import { writePeopleFields } from './write-people-fields.ts';

const rowsOf = <T>(result: unknown): T[] => (result as { rows: T[] }).rows;

/**
 * Imports a previewed file in one transaction, planned again against the account's people as
 * they are now (locked): unticked rows are left out, chosen merges make new people instead, and
 * the tag, origin and cadence are given. What it created and what each merge changed is kept
 * with the import, so it can be undone.
 */
export const commitImport = async (
  { db, accountId, now }: Scope,
  batchId: string,
  rawInput: unknown,
) => {
  const options = parseCommitImportInput(rawInput);
  return db.transaction(async (tx) => {
    const batch = await findImportBatch(tx, accountId, batchId, { forUpdate: true });
    expectStatus(batch, 'PREVIEW');
    if (!batch.source) throw new Error('A previewed import has its file');
    await checkOrigin(tx, accountId, options);
    const { rows: planned, existing } = await planBatch(
      tx,
      accountId,
      batch.source,
      batch.mapping,
      {
        lock: true,
        tag: options.tag,
      },
    );
    const skip = new Set(options.skipRows);
    const createNew = new Set(options.createNewRows);
    const rows: StoredImportRow[] = planned.map((row) => {
      if (row.action === 'REJECT') return row;
      if (skip.has(row.number)) return { ...row, skipped: true };
      if (row.action === 'MERGE' && createNew.has(row.number)) {
        return { ...row, action: 'CREATE', mergeInto: null, matchedBy: null, changes: [] };
      }
      return row;
    });
    const imported = rows.filter((row) => !row.skipped);

    const settings = await loadAccountSettings(tx, accountId);
    const cadence = options.cadence ?? { cadenceMode: 'DEFAULT' as const, cadenceDays: null };
    const nextDueAt = nextDueFor(
      { ...cadence, trust: 0, theirUnderstanding: 0, lastDepthTouchAt: null, createdAt: now },
      settings,
    );
    const created = imported.filter((row) => row.action === 'CREATE').map((row) => row.person);
    // One statement from one JSON parameter: thousands of people are more than a statement's
    // parameters, and one statement is much quicker than many.
    const inserted =
      created.length === 0
        ? []
        : rowsOf<{ id: string }>(
            await tx.execute(sql`
              insert into ${people} (account_id, name, emails, phones, company, role, profession,
                location, notes, tags, origin_kind, origin_group_id, origin_person_id,
                cadence_mode, cadence_days, next_due_at, created_at, updated_at)
              select ${accountId}::uuid, v.name, v.emails, v.phones, v.company, v.role,
                v.profession, v.location, v.notes, v.tags, ${options.originKind},
                ${options.originGroupId}::uuid, ${options.originPersonId}::uuid,
                ${cadence.cadenceMode}, ${cadence.cadenceDays}::int,
                ${nextDueAt?.toISOString() ?? null}::timestamptz, ${now.toISOString()}::timestamptz,
                ${now.toISOString()}::timestamptz
              from jsonb_to_recordset(${JSON.stringify(created)}::jsonb) as v(name text,
                emails text[], phones text[], company text, role text, profession text,
                location text, notes text, tags text[])
              returning id`),
          );
    const createdIds = inserted.map(({ id }) => id);

    const byId = new Map<string, ExistingPerson>(existing.map((person) => [person.id, person]));
    const merges: ImportedMerge[] = [];
    const updates: (ImportPerson & { id: string })[] = [];
    for (const row of imported) {
      const target = row.mergeInto ? byId.get(row.mergeInto) : undefined;
      if (row.action !== 'MERGE' || !target) continue;
      const record = applyMerge(target, row.changes);
      if (Object.keys(record.after).length === 0) continue;
      merges.push({ personId: target.id, ...record });
      updates.push({ ...target, ...record.after });
    }
    await writePeopleFields(tx, accountId, updates, now);

    const [updated] = await tx
      .update(importBatches)
      .set({
        status: 'IMPORTED',
        // The file's cells (the unmapped columns too) are not kept once imported.
        source: null,
        rows,
        createCount: createdIds.length,
        mergeCount: imported.filter((row) => row.action === 'MERGE').length,
        rejectCount: rows.filter((row) => row.action === 'REJECT').length,
        options,
        createdPersonIds: createdIds,
        merges,
        importedAt: now,
        updatedAt: now,
      })
      .where(and(eq(importBatches.accountId, accountId), eq(importBatches.id, batch.id)))
      .returning();
    if (!updated) throw new Error('Update returned no import');
    return updated;
  });
};
