import type { DbExecutor } from '@tend/db';
import { interactionParticipants, interactions } from '@tend/db';
import { and, eq, inArray, notExists, sql } from 'drizzle-orm';

/**
 * Deletes the account's touches that nobody is in any more (after their people were deleted):
 * among `interactionIds` when given, else all of them.
 */
export const deleteEmptyTouches = (db: DbExecutor, accountId: string, interactionIds?: string[]) =>
  db.delete(interactions).where(
    and(
      eq(interactions.accountId, accountId),
      interactionIds ? inArray(interactions.id, interactionIds) : undefined,
      notExists(
        db
          .select({ one: sql`1` })
          .from(interactionParticipants)
          .where(
            and(
              eq(interactionParticipants.accountId, accountId),
              eq(interactionParticipants.interactionId, interactions.id),
            ),
          ),
      ),
    ),
  );
