import { importBatches } from '@tend/db';
import { type ImportPerson, undoMerge } from '@tend/domain';
import { and, eq } from 'drizzle-orm';
import { lockPeople } from '../people/lock-people.ts';
import { removePeople } from '../people/remove-people.ts';
import type { Scope } from '../scope.ts';
import { expectStatus, findImportBatch } from './find-import-batch.ts';
import { writePeopleFields } from './write-people-fields.ts';

/**
 * Undoes an import as a whole, in one transaction: the people it created are deleted (with
 * what is only theirs, as deleting a person does), and what it added to the people it merged
 * into is taken out again; whatever was edited since stays. The file's rows go too: the record
 * keeps its counts, not the contacts of people who are no longer in the network.
 */
export const undoImport = async ({ db, accountId, now }: Scope, batchId: string) =>
  db.transaction(async (tx) => {
    const batch = await findImportBatch(tx, accountId, batchId, { forUpdate: true });
    expectStatus(batch, 'IMPORTED');
    const merged = await lockPeople(
      tx,
      accountId,
      batch.merges.map(({ personId }) => personId),
    );
    const records = new Map(batch.merges.map((merge) => [merge.personId, merge]));
    const updates = merged.flatMap((person) => {
      const record = records.get(person.id);
      const undone = record ? undoMerge(person, record) : {};
      return Object.keys(undone).length > 0
        ? [{ ...pickFields(person), ...undone, id: person.id }]
        : [];
    });
    await writePeopleFields(tx, accountId, updates, now);
    await removePeople(tx, accountId, batch.createdPersonIds, now);
    const [updated] = await tx
      .update(importBatches)
      .set({ status: 'UNDONE', undoneAt: now, updatedAt: now, rows: [] })
      .where(and(eq(importBatches.accountId, accountId), eq(importBatches.id, batch.id)))
      .returning();
    if (!updated) throw new Error('Update returned no import');
    return updated;
  });

const pickFields = (person: ImportPerson): ImportPerson => ({
  name: person.name,
  emails: person.emails,
  phones: person.phones,
  company: person.company,
  role: person.role,
  profession: person.profession,
  location: person.location,
  notes: person.notes,
  tags: person.tags,
});
