import type { DbExecutor } from '@tend/db';
import { type people, prompts } from '@tend/db';
import { reasonFacts, referralReadiness, resolveCadence } from '@tend/domain';
import { and, eq, sql } from 'drizzle-orm';
import { strongestKnowsOf } from '../buyers/strongest-knows.ts';
import type { AccountSettings } from '../scope.ts';

type PersonRow = typeof people.$inferSelect;

/**
 * Keeps each person's prompt in step with their due date: a prompt is raised once they are
 * due and has none open; an open or snoozed one is done once they are no longer due (a
 * depth touch, a looser cadence). Runs in the caller's transaction.
 */
export const syncPrompts = async (
  db: DbExecutor,
  accountId: string,
  persons: readonly PersonRow[],
  settings: AccountSettings,
  now: Date,
): Promise<void> => {
  // Due from the due date (the start of the day) on, as the person's due state says.
  const notDue = persons.filter((p) => !p.nextDueAt || p.nextDueAt > now || p.archivedAt);
  if (notDue.length > 0) {
    await db
      .update(prompts)
      .set({ status: 'DONE', closedAt: now })
      .where(
        and(
          eq(prompts.accountId, accountId),
          // One array parameter: a whole network is more than a statement's parameters.
          sql`${prompts.personId} = any(${sql.param(notDue.map((p) => p.id))}::uuid[])`,
          sql`${prompts.status} in ('OPEN', 'SNOOZED')`,
        ),
      );
  }
  const due = persons.filter((p) => p.nextDueAt && p.nextDueAt <= now && !p.archivedAt);
  if (due.length === 0) return;
  // Due again for a date whose prompt was closed as done (the touch that closed it deleted or
  // moved, the person unarchived): that prompt opens again. A dismissed one stays dismissed.
  await db
    .update(prompts)
    .set({ status: 'OPEN', closedAt: null })
    .where(
      and(
        eq(prompts.accountId, accountId),
        eq(prompts.status, 'DONE'),
        sql`(${prompts.personId}, ${prompts.dueAt}) in (select * from unnest(${sql.param(
          due.map((p) => p.id),
        )}::uuid[], ${sql.param(due.map((p) => p.nextDueAt?.toISOString()))}::timestamptz[]))`,
        sql`not exists (select 1 from ${prompts} as active where active.account_id = ${accountId}
          and active.person_id = ${prompts.personId} and active.status in ('OPEN', 'SNOOZED'))`,
      ),
    );
  const strongest = await strongestKnowsOf(
    db,
    accountId,
    due.map((p) => p.id),
  );
  const rows = due.flatMap((person) => {
    const cadence = resolveCadence(person, person, settings.cadenceDefaults);
    if (!cadence || !person.nextDueAt) return [];
    return [
      {
        accountId,
        personId: person.id,
        dueAt: person.nextDueAt,
        raisedAt: now,
        ...reasonFacts({
          lastDepthTouchAt: person.lastDepthTouchAt,
          createdAt: person.createdAt,
          cadence,
          readiness: referralReadiness(person),
          knowsStrength: strongest.get(person.id) ?? null,
        }),
      },
    ];
  });
  // One prompt per person and due date; a person with an active prompt keeps that one.
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await db
      .insert(prompts)
      .values(rows.slice(start, start + INSERT_CHUNK))
      .onConflictDoNothing();
  }
};

const INSERT_CHUNK = 1_000;
