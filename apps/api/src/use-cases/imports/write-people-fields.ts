import type { DbExecutor } from '@tend/db';
import { people } from '@tend/db';
import type { ImportPerson } from '@tend/domain';
import { sql } from 'drizzle-orm';

/**
 * Writes the import fields of the account's people in one statement, from one JSON parameter
 * (an import's merges are more than a statement's parameters). The caller has locked them.
 */
export const writePeopleFields = async (
  db: DbExecutor,
  accountId: string,
  updates: (ImportPerson & { id: string })[],
  now: Date,
) => {
  if (updates.length === 0) return;
  await db.execute(sql`
    update ${people} p set emails = v.emails, phones = v.phones, tags = v.tags,
      company = v.company, role = v.role, profession = v.profession, location = v.location,
      notes = v.notes, updated_at = ${now.toISOString()}::timestamptz
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as v(id uuid, emails text[],
      phones text[], tags text[], company text, role text, profession text, location text,
      notes text)
    where p.account_id = ${accountId} and p.id = v.id`);
};
