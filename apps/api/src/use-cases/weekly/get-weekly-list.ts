import type { DbExecutor } from '@tend/db';
import { people, weeklyListItems, weeklyLists } from '@tend/db';
import {
  lastDayOf,
  openPlaces,
  referralReadiness,
  refillWeeklyList,
  resolveCadence,
  type Week,
  type WeeklyCandidate,
  type WeeklyListEntry,
  type WeeklyRefill,
  weekContaining,
} from '@tend/domain';
import {
  and,
  asc,
  eq,
  getColumns,
  inArray,
  isNotNull,
  isNull,
  lt,
  notExists,
  sql,
} from 'drizzle-orm';
import { strongestKnowsOf } from '../buyers/strongest-knows.ts';
import { type AccountSettings, loadAccountSettings } from '../scope.ts';

/** The most overdue people read from the due-date index; the ranking chooses among them. */
export const WEEKLY_CANDIDATES = 200;

type WeeklyListRow = typeof weeklyLists.$inferSelect;

type ListWithEntries = { list: WeeklyListRow; entries: WeeklyListEntry[] };

/** The week's list with who is on it, in one statement: most requests read nothing else. */
const findList = async (
  db: DbExecutor,
  accountId: string,
  week: Week,
  forUpdate = false,
): Promise<ListWithEntries | null> => {
  const query = db
    .select({
      list: getColumns(weeklyLists),
      personId: people.id,
      position: weeklyListItems.position,
      archived: isNotNull(people.archivedAt).mapWith(Boolean),
    })
    .from(weeklyLists)
    .leftJoin(
      weeklyListItems,
      and(
        eq(weeklyListItems.accountId, weeklyLists.accountId),
        eq(weeklyListItems.weeklyListId, weeklyLists.id),
      ),
    )
    .leftJoin(
      people,
      and(eq(people.accountId, weeklyListItems.accountId), eq(people.id, weeklyListItems.personId)),
    )
    .where(and(eq(weeklyLists.accountId, accountId), eq(weeklyLists.weekStartsOn, week.startsOn)));
  const rows = await (forUpdate ? query.for('update', { of: weeklyLists }) : query);
  const [first] = rows;
  if (!first) return null;
  return {
    list: first.list,
    entries: rows.flatMap(({ personId, position, archived }) =>
      personId === null || position === null ? [] : [{ personId, position, archived }],
    ),
  };
};

/** Who could fill a free place: due this week, not archived, not on the list already. */
const candidatesFor = async (
  db: DbExecutor,
  accountId: string,
  listId: string,
  settings: AccountSettings,
  week: Week,
): Promise<WeeklyCandidate[]> => {
  const rows = await db
    .select()
    .from(people)
    .where(
      and(
        eq(people.accountId, accountId),
        isNull(people.archivedAt),
        // Due on one of the week's days: a due date is the start of a day in the zone.
        lt(people.nextDueAt, week.endsAt),
        notExists(
          db
            .select({ one: sql`1` })
            .from(weeklyListItems)
            .where(
              and(
                eq(weeklyListItems.accountId, accountId),
                eq(weeklyListItems.weeklyListId, listId),
                eq(weeklyListItems.personId, people.id),
              ),
            ),
        ),
      ),
    )
    .orderBy(asc(people.nextDueAt))
    .limit(WEEKLY_CANDIDATES);
  const strongest = await strongestKnowsOf(
    db,
    accountId,
    rows.map((person) => person.id),
  );
  return rows.flatMap((person) => {
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
            knowsStrength: strongest.get(person.id) ?? null,
          },
        ]
      : [];
  });
};

/** What the list needs now: who leaves it, and who takes the free places. */
const planRefill = async (
  db: DbExecutor,
  accountId: string,
  { list, entries }: ListWithEntries,
  settings: AccountSettings,
  week: Week,
): Promise<WeeklyRefill> => {
  const candidates =
    openPlaces(entries, settings.weeklyListSize) > 0
      ? await candidatesFor(db, accountId, list.id, settings, week)
      : [];
  // Ranked as of the week's last day: who will be due this week.
  return refillWeeklyList({
    entries,
    candidates,
    size: settings.weeklyListSize,
    at: lastDayOf(week),
    timezone: settings.timezone,
  });
};

const changesNothing = (refill: WeeklyRefill) =>
  refill.leaving.length === 0 && refill.picks.length === 0;

/** Those who left go, those staying close up in their order, and the new people follow. */
const applyRefill = async (
  db: DbExecutor,
  accountId: string,
  listId: string,
  { leaving, staying, picks }: WeeklyRefill,
) => {
  const ofList = and(
    eq(weeklyListItems.accountId, accountId),
    eq(weeklyListItems.weeklyListId, listId),
  );
  if (leaving.length > 0) {
    await db.delete(weeklyListItems).where(and(ofList, inArray(weeklyListItems.personId, leaving)));
  }
  for (const [position, entry] of staying.entries()) {
    if (entry.position === position) continue;
    await db
      .update(weeklyListItems)
      .set({ position })
      .where(and(ofList, eq(weeklyListItems.personId, entry.personId)));
  }
  if (picks.length > 0) {
    await db.insert(weeklyListItems).values(
      picks.map((pick, index) => ({
        accountId,
        weeklyListId: listId,
        personId: pick.personId,
        position: staying.length + index,
        ...pick.facts,
      })),
    );
  }
};

/**
 * This week's reconnect list, made on first sight and then fixed for the week so it does not
 * reshuffle while the user works through it. People who leave it (archived, deleted) give
 * their places to whoever is due and not on it yet, so it never says nobody is due while
 * someone is.
 */
export const getWeeklyList = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  /** The request's, when it has them; otherwise read here. */
  known?: AccountSettings,
): Promise<WeeklyListRow> => {
  const settings = known ?? (await loadAccountSettings(db, accountId));
  const week = weekContaining(now, settings.timezone, settings.weekStart);
  const existing = await findList(db, accountId, week);
  // Most looks change nothing: they take no lock and write nothing.
  if (existing && changesNothing(await planRefill(db, accountId, existing, settings, week))) {
    return existing.list;
  }
  return db.transaction(async (tx) => {
    await tx
      .insert(weeklyLists)
      .values({ accountId, weekStartsOn: week.startsOn, createdAt: now })
      .onConflictDoNothing();
    // One request changes the list at a time; another waits, then finds nothing left to do.
    const found = await findList(tx, accountId, week, true);
    if (!found) throw new Error('The weekly list vanished');
    const refill = await planRefill(tx, accountId, found, settings, week);
    if (!changesNothing(refill)) await applyRefill(tx, accountId, found.list.id, refill);
    return found.list;
  });
};
