import { prompts } from '@tend/db';
import { isUuid, notFound, parseDismissInput, parseSnoozeInput } from '@tend/domain';
import { and, eq, sql } from 'drizzle-orm';
import { loadAccountSettings, type Scope } from '../scope.ts';

const updateActivePrompt = async (
  { db, accountId }: Scope,
  promptId: string,
  values: Partial<typeof prompts.$inferInsert>,
) => {
  const [prompt] = isUuid(promptId)
    ? await db
        .update(prompts)
        .set(values)
        .where(
          and(
            eq(prompts.accountId, accountId),
            eq(prompts.id, promptId),
            sql`${prompts.status} in ('OPEN', 'SNOOZED')`,
          ),
        )
        .returning()
    : [];
  if (!prompt) throw notFound('open prompt', promptId);
  return prompt;
};

/** Hides the prompt until a date (a week, a month, or one the user picks). */
export const snoozePrompt = async (scope: Scope, promptId: string, rawInput: unknown) => {
  const { timezone } = await loadAccountSettings(scope.db, scope.accountId);
  return updateActivePrompt(scope, promptId, {
    status: 'SNOOZED',
    snoozedUntil: parseSnoozeInput(rawInput, scope.now, timezone),
  });
};

/** Closes the prompt for this due date, with the reason kept in the person's prompt history. */
export const dismissPrompt = (scope: Scope, promptId: string, rawInput: unknown) =>
  updateActivePrompt(scope, promptId, {
    status: 'DISMISSED',
    dismissedReason: parseDismissInput(rawInput),
    closedAt: scope.now,
  });
