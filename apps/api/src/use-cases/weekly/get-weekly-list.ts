import type { DbExecutor } from '@tend/db';
import { knows, people, weeklyListItems, weeklyLists } from '@tend/db';
import {
  rankWeeklyList,
  referralReadiness,
  resolveCadence,
  type WeeklyCandidate,
  weekContaining,
} from '@tend/domain';
import { and, asc, eq, exists, isNull, lte, sql } from 'drizzle-orm';
import { loadAccountSettings } from '../scope.ts';

/** The most overdue people read from the due-date index; the ranking chooses among them. */
export const WEEKLY_CANDIDATES = 200;

/**
 * This week's reconnect list, made on first sight and then fixed for the week so it does not
 * reshuffle while the user works through it.
 */
export const getWeeklyList = async (db: DbExecutor, accountId: string, now: Date) => {
  const settings = await loadAccountSettings(db, accountId);
  const week = weekContaining(now, settings.timezone, settings.weekStart);
  const [existing] = await db
    .select()
    .from(weeklyLists)
    .where(and(eq(weeklyLists.accountId, accountId), eq(weeklyLists.weekStartsOn, week.startsOn)));
  if (existing) return existing;

  const rows = await db
    .select({
      person: people,
      knowsTargetBuyer: exists(
        db
          .select({ one: sql`1` })
          .from(knows)
          .where(and(eq(knows.accountId, accountId), eq(knows.personId, people.id))),
      ).mapWith(Boolean),
    })
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.archivedAt),
        lte(people.nextDueAt, week.endsAt),
      ),
    )
    .orderBy(asc(people.nextDueAt))
    .limit(WEEKLY_CANDIDATES);
  const candidates: WeeklyCandidate[] = rows.flatMap(({ person, knowsTargetBuyer }) => {
    const cadence = resolveCadence(person, person, settings.cadenceDefaults);
    return cadence
      ? [
          {
            personId: person.id,
            lastDepthTouchAt: person.lastDepthTouchAt,
            createdAt: person.createdAt,
            cadence,
            readiness: referralReadiness(person),
            trust: person.trust,
            knowsTargetBuyer,
          },
        ]
      : [];
  });
  // Ranked as of the week's end (who will be due this week); reasons read as of today.
  const picks = rankWeeklyList(candidates, week.endsAt, settings.weeklyListSize, now);

  return db.transaction(async (tx) => {
    const [list] = await tx
      .insert(weeklyLists)
      .values({ accountId, weekStartsOn: week.startsOn, createdAt: now })
      .onConflictDoNothing()
      .returning();
    // Another request made this week's list first: that one stands.
    if (!list) {
      const [made] = await tx
        .select()
        .from(weeklyLists)
        .where(
          and(eq(weeklyLists.accountId, accountId), eq(weeklyLists.weekStartsOn, week.startsOn)),
        );
      if (!made) throw new Error('The weekly list vanished');
      return made;
    }
    if (picks.length > 0) {
      await tx.insert(weeklyListItems).values(
        picks.map((pick, position) => ({
          accountId,
          weeklyListId: list.id,
          personId: pick.personId,
          position,
          reason: pick.reason,
        })),
      );
    }
    return list;
  });
};
