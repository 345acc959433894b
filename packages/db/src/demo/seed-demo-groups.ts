import { addMinutes, DAY_MS, localDateIn, startOfDayIn } from '@tend/domain';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { DbExecutor } from '../client.ts';
import { type AccountRow, accounts } from '../schema/accounts.ts';
import { groupEnjoymentRatings, groupMeetings, groups } from '../schema/groups.ts';
import { interactionParticipants, interactions } from '../schema/interactions.ts';

export type DemoGroupKey = 'breakfast' | 'chamber';

type AccountProfessions = Pick<
  AccountRow,
  'profession' | 'competitorProfessions' | 'powerPartnerProfessions'
>;

/** The demo consultant's own profession and how they see others'. */
const DEMO_ACCOUNT_PROFESSIONS: AccountProfessions = {
  profession: 'Marketing consultant',
  competitorProfessions: ['Digital marketing agency'],
  powerPartnerProfessions: ['Accountant', 'Web developer', 'HR consultant'],
};

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((entry, index) => entry === b[index]);

/**
 * Whether the account's professions are still exactly the demo's, so removing the demo data may
 * clear them: had the user set or changed any of them, all are theirs to keep.
 */
export const hasDemoProfessions = (account: AccountProfessions): boolean =>
  account.profession === DEMO_ACCOUNT_PROFESSIONS.profession &&
  sameList(account.competitorProfessions, DEMO_ACCOUNT_PROFESSIONS.competitorProfessions) &&
  sameList(account.powerPartnerProfessions, DEMO_ACCOUNT_PROFESSIONS.powerPartnerProfessions);

type DemoMeetings = {
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  everyDays: number;
  /** Meetings held before today, counted back from the latest (index 0). */
  count: number;
  /** The local start time, in minutes after midnight. */
  startsAt: number;
  /** The meetings I missed, by index. */
  missed: number[];
  /** Meetings that cost other than the usual, by index. */
  actual: Record<number, { mealCost?: string; travelCost?: string; notes: string }>;
  /** Meetings with the people I spoke to there (a group-meeting touch), by index. */
  spokeTo: Record<number, { people: string[]; notes: string }>;
};

type DemoGroup = {
  details: Omit<typeof groups.$inferInsert, 'accountId'>;
  joinedDaysAgo: number;
  meetings: DemoMeetings;
  /** Days ago of each rating; the latest is the one judged. */
  enjoyment: [daysAgo: number, rating: number, note: string][];
};

/**
 * Two groups whose reviews over the last 12 months differ (with the demo people, knows tags and
 * referrals, and the thresholds' defaults). The breakfast club brings referrals but I have met
 * only 2 of its 7 members one-to-one (29 %): invest in depth. The chamber brought no referral in a
 * year although I met 3 of its 5 members one-to-one (60 %), only 1 of them (20 %) knows a target
 * buyer, I gave it nothing and enjoy it less and less (2): leave.
 */
export const DEMO_GROUPS: Record<DemoGroupKey, DemoGroup> = {
  breakfast: {
    details: {
      name: 'Thursday Breakfast Club',
      kind: 'REFERRAL_CLUB',
      fee: '1400.00',
      feePeriod: 'YEAR',
      onePerProfession: true,
      travelCost: '6.50',
      meetingCadenceDays: 7,
      costPerMeeting: '12.00',
      prepMinutes: 20,
      travelMinutes: 40,
      meetingMinutes: 90,
      chatMinutes: 20,
    },
    joinedDaysAgo: 430,
    // 44 of 52 weekly breakfasts at 2 h 50 min each: about 10.4 hours a month.
    meetings: {
      weekday: 4,
      everyDays: 7,
      count: 52,
      startsAt: 7 * 60,
      missed: [5, 11, 17, 24, 25, 33, 41, 47],
      actual: {
        8: { mealCost: '18.50', notes: 'Guest speaker on exporting; a fuller breakfast.' },
        20: { travelCost: '0.00', notes: 'Priya gave me a lift.' },
        30: { mealCost: '25.00', travelCost: '14.00', notes: 'Anniversary breakfast; taxi home.' },
      },
      spokeTo: {
        0: {
          people: ['Priya Shah', 'Tom Okafor', 'Hannah Berg', 'Marcus Lee', 'Aisha Karim'],
          notes: 'Saw them at the weekly meeting.',
        },
        1: { people: ['Hannah Berg', 'Sofia Rossi'], notes: 'Sat with them over breakfast.' },
        2: { people: ['James Whitfield'], notes: 'He gave his first one-minute pitch.' },
      },
    },
    enjoyment: [
      [330, 3, 'Early mornings are hard; I hardly know anyone yet.'],
      [180, 4, 'Good people, and the first referrals came.'],
      [21, 4, 'Still worth getting up for.'],
    ],
  },
  chamber: {
    details: {
      name: 'Riverside Chamber of Commerce',
      kind: 'CHAMBER',
      fee: '37.50',
      feePeriod: 'MONTH',
      onePerProfession: false,
      travelCost: '4.00',
      meetingCadenceDays: 14,
      costPerMeeting: '25.00',
      prepMinutes: 10,
      travelMinutes: 30,
      meetingMinutes: 120,
      chatMinutes: 30,
    },
    joinedDaysAgo: 610,
    // 20 of 26 fortnightly lunches at 3 h 10 min each: about 5.3 hours a month.
    meetings: {
      weekday: 2,
      everyDays: 14,
      count: 26,
      startsAt: 12 * 60,
      missed: [2, 6, 9, 13, 18, 22],
      actual: {
        4: { mealCost: '0.00', notes: 'Lunch paid for by the sponsor.' },
        11: { mealCost: '32.00', notes: 'Summer garden party.' },
        16: { travelCost: '9.60', notes: 'Drove; parking in town.' },
      },
      spokeTo: {},
    },
    enjoyment: [
      [400, 4, 'Lively, lots of new faces.'],
      [200, 3, 'Fewer people I could work with.'],
      [35, 2, 'Same faces, no business from it.'],
    ],
  },
};

/** The calendar day `days` before `day` (both YYYY-MM-DD): counted in UTC, where no day is skipped. */
const daysBefore = (day: string, days: number): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);

/** Days from the latest meeting day before today back to today (1–7). */
const daysSinceLatest = (today: string, weekday: number): number => {
  const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  return (todayWeekday - weekday + 7) % 7 || 7;
};

/** The demo groups, with the days I joined them, in the account's zone; their ids by key. */
export const seedDemoGroupRows = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  timezone: string,
): Promise<Record<DemoGroupKey, string>> => {
  const today = localDateIn(now, timezone);
  const ids = {} as Record<DemoGroupKey, string>;
  for (const [key, group] of Object.entries(DEMO_GROUPS) as [DemoGroupKey, DemoGroup][]) {
    const [row] = await db
      .insert(groups)
      .values({
        ...group.details,
        accountId,
        isDemo: true,
        joinedOn: daysBefore(today, group.joinedDaysAgo),
      })
      .returning({ id: groups.id });
    if (!row) throw new Error('Demo group was not inserted');
    ids[key] = row.id;
  }
  return ids;
};

/**
 * A year of the demo groups' meetings (a few missed, a few with their own costs, the latest
 * ones with a touch of who I spoke to) and their enjoyment ratings. `personIds` maps the demo
 * people's names to their ids.
 */
export const seedDemoGroupHistory = async (
  db: DbExecutor,
  accountId: string,
  now: Date,
  timezone: string,
  groupIds: Record<DemoGroupKey, string>,
  personIds: ReadonlyMap<string, string>,
): Promise<void> => {
  const today = localDateIn(now, timezone);
  const idOf = (name: string) => {
    const id = personIds.get(name);
    if (!id) throw new Error(`Demo person ${name} is missing`);
    return id;
  };
  for (const [key, group] of Object.entries(DEMO_GROUPS) as [DemoGroupKey, DemoGroup][]) {
    const groupId = groupIds[key];
    const { meetings } = group;
    const latest = daysSinceLatest(today, meetings.weekday);
    const daysAgoOf = (index: number) => latest + index * meetings.everyDays;
    const touchIds = new Map<number, string>();
    for (const [index, spoke] of Object.entries(meetings.spokeTo)) {
      const occurredAt = addMinutes(
        startOfDayIn(now, timezone, { days: -daysAgoOf(Number(index)) }),
        meetings.startsAt,
      );
      const [touch] = await db
        .insert(interactions)
        .values({
          accountId,
          kind: 'GROUP_MEETING',
          occurredAt,
          durationMinutes: group.details.meetingMinutes ?? null,
          notes: spoke.notes,
          groupId,
          isDemo: true,
          // Millisecond timestamps from JS keep timeline cursors exact (now() has microseconds).
          createdAt: occurredAt,
        })
        .returning({ id: interactions.id });
      if (!touch) throw new Error('Demo meeting touch was not inserted');
      touchIds.set(Number(index), touch.id);
      await db.insert(interactionParticipants).values(
        spoke.people.map((name) => ({
          accountId,
          interactionId: touch.id,
          personId: idOf(name),
        })),
      );
    }
    await db.insert(groupMeetings).values(
      Array.from({ length: meetings.count }, (_, index) => ({
        accountId,
        groupId,
        heldOn: daysBefore(today, daysAgoOf(index)),
        attended: !meetings.missed.includes(index),
        mealCost: meetings.actual[index]?.mealCost ?? null,
        travelCost: meetings.actual[index]?.travelCost ?? null,
        notes: meetings.actual[index]?.notes ?? null,
        interactionId: touchIds.get(index) ?? null,
        isDemo: true,
      })),
    );
    await db.insert(groupEnjoymentRatings).values(
      group.enjoyment.map(([daysAgo, rating, note]) => ({
        accountId,
        groupId,
        rating,
        note,
        ratedOn: daysBefore(today, daysAgo),
      })),
    );
  }
};

/** The demo's professions, only on an account that has set none of its own. */
export const seedDemoProfessions = async (db: DbExecutor, accountId: string): Promise<void> => {
  await db
    .update(accounts)
    .set(DEMO_ACCOUNT_PROFESSIONS)
    .where(
      and(
        eq(accounts.id, accountId),
        isNull(accounts.profession),
        sql`cardinality(${accounts.competitorProfessions}) = 0`,
        sql`cardinality(${accounts.powerPartnerProfessions}) = 0`,
      ),
    );
};
