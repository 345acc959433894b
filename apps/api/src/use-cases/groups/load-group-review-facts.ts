import type { AccountRow, DbExecutor } from '@tend/db';
import {
  groupEnjoymentRatings,
  groupMeetings,
  groupMemberships,
  groups,
  interactionParticipants,
  interactions,
  people,
  referrals,
  targetBuyers,
} from '@tend/db';
import {
  type GroupReviewFacts,
  type InteractionKind,
  moneyOf,
  type ReviewMemberFacts,
  type ReviewPeriod,
  type ReviewReferralFacts,
} from '@tend/domain';
import { and, asc, between, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { strongestKnowsOf } from '../buyers/strongest-knows.ts';
import { reviewThresholdsOf } from './review-thresholds.ts';

type GroupRow = typeof groups.$inferSelect;

/** The person a referral names, and that person's origin, for attributing it to the group. */
const referrer = alias(people, 'referrer');

/** One array parameter: a whole network is more than a statement's parameters. */
const anyOf = (column: AnyPgColumn, ids: readonly string[]): SQL =>
  sql`${column} = any(${sql.param([...ids])}::uuid[])`;

/** Rows by the key `keyOf` gives, in the order they came. Not Map.groupBy: Node 20 has none. */
const byKey = <T>(rows: readonly T[], keyOf: (row: T) => string) => {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const found = grouped.get(key);
    if (found) found.push(row);
    else grouped.set(key, [row]);
  }
  return (key: string) => grouped.get(key) ?? [];
};

/**
 * Everything the reviews of these groups of the account are computed from, by group, in a
 * fixed handful of queries whatever the network's size or the number of groups: the groups'
 * members, their meetings in the period, the members' touches, their strongest knows tags, and
 * the referrals that concern each group.
 */
export const loadGroupReviewFacts = async (
  db: DbExecutor,
  account: AccountRow,
  reviewed: readonly GroupRow[],
  period: ReviewPeriod,
): Promise<Map<string, GroupReviewFacts>> => {
  const accountId = account.id;
  const groupIds = [...new Set(reviewed.map((group) => group.id))];

  // One after another: the queries share the request's one connection.
  const ratings = await db
    .select({
      groupId: groupEnjoymentRatings.groupId,
      rating: groupEnjoymentRatings.rating,
      ratedOn: groupEnjoymentRatings.ratedOn,
    })
    .from(groupEnjoymentRatings)
    .where(
      and(
        eq(groupEnjoymentRatings.accountId, accountId),
        anyOf(groupEnjoymentRatings.groupId, groupIds),
      ),
    )
    .orderBy(asc(groupEnjoymentRatings.ratedOn), asc(groupEnjoymentRatings.createdAt));
  const meetings = await db
    .select({
      groupId: groupMeetings.groupId,
      heldOn: groupMeetings.heldOn,
      attended: groupMeetings.attended,
      mealCost: groupMeetings.mealCost,
      travelCost: groupMeetings.travelCost,
    })
    .from(groupMeetings)
    .where(
      and(
        eq(groupMeetings.accountId, accountId),
        anyOf(groupMeetings.groupId, groupIds),
        between(groupMeetings.heldOn, period.from, period.to),
      ),
    );
  const memberRows = await db
    .select({
      groupId: groupMemberships.groupId,
      personId: people.id,
      name: people.name,
      profession: sql<
        string | null
      >`coalesce(${groupMemberships.profession}, ${people.profession})`,
      joinedOn: groupMemberships.joinedOn,
      leftOn: groupMemberships.leftOn,
      trust: people.trust,
      theirUnderstanding: people.theirUnderstanding,
    })
    .from(groupMemberships)
    .innerJoin(
      people,
      and(
        eq(people.accountId, groupMemberships.accountId),
        eq(people.id, groupMemberships.personId),
      ),
    )
    .where(
      and(eq(groupMemberships.accountId, accountId), anyOf(groupMemberships.groupId, groupIds)),
    );
  const memberIds = [...new Set(memberRows.map((member) => member.personId))];
  const depthKinds = account.depthTouchKinds as InteractionKind[];

  const touches =
    memberIds.length === 0
      ? []
      : await db
          .select({
            personId: interactionParticipants.personId,
            kind: interactions.kind,
            // The calendar day in the account's zone, worked out by the database: in JS it
            // costs tens of microseconds a touch.
            day: sql<string>`to_char(${interactions.occurredAt} at time zone ${account.timezone}, 'YYYY-MM-DD')`,
          })
          .from(interactionParticipants)
          .innerJoin(
            interactions,
            and(
              eq(interactions.accountId, interactionParticipants.accountId),
              eq(interactions.id, interactionParticipants.interactionId),
            ),
          )
          .where(
            and(
              eq(interactionParticipants.accountId, accountId),
              anyOf(interactionParticipants.personId, memberIds),
              // Touches at a group's meeting are visibility, not depth, whatever their kind.
              isNull(interactions.groupId),
              sql`${interactions.kind} = any(${sql.param([
                ...new Set<InteractionKind>(['ONE_TO_ONE', ...depthKinds]),
              ])}::text[])`,
            ),
          );
  const strongest = await strongestKnowsOf(db, accountId, memberIds);
  const [profile] = await db
    .select({ id: targetBuyers.id })
    .from(targetBuyers)
    .where(and(eq(targetBuyers.accountId, accountId), isNull(targetBuyers.archivedAt)))
    .limit(1);
  // Whether the person is a member of the group of the row (past or present).
  const memberOfGroup = (personId: AnyPgColumn) =>
    sql<boolean>`exists (select 1 from ${groupMemberships} where ${groupMemberships.accountId} = ${accountId} and ${groupMemberships.groupId} = ${groups.id} and ${groupMemberships.personId} = ${personId})`;
  // A referral once for each group it concerns: from a member, or from someone whose origin
  // is the group or one of its members.
  const referralRows = await db
    .select({
      groupId: groups.id,
      direction: referrals.direction,
      status: referrals.status,
      value: referrals.value,
      currency: referrals.currency,
      referredOn: referrals.referredOn,
      isMember: memberOfGroup(referrals.personId),
    })
    .from(referrals)
    .innerJoin(
      referrer,
      and(eq(referrer.accountId, referrals.accountId), eq(referrer.id, referrals.personId)),
    )
    .innerJoin(groups, and(eq(groups.accountId, accountId), anyOf(groups.id, groupIds)))
    .where(
      and(
        eq(referrals.accountId, accountId),
        between(referrals.referredOn, period.from, period.to),
        or(
          memberOfGroup(referrals.personId),
          eq(referrer.originGroupId, groups.id),
          memberOfGroup(referrer.originPersonId),
        ),
      ),
    );

  const ratingsOf = byKey(ratings, (rating) => rating.groupId);
  const meetingsOf = byKey(meetings, (meeting) => meeting.groupId);
  const membersOf = byKey(memberRows, (member) => member.groupId);
  const referralsOf = byKey(referralRows, (referral) => referral.groupId);
  const touchesOf = byKey(touches, (touch) => touch.personId);
  const daysOf = (personId: string, kinds: readonly InteractionKind[]) =>
    touchesOf(personId)
      .filter((touch) => kinds.includes(touch.kind))
      .map((touch) => touch.day);

  const accountFacts = {
    profession: account.profession,
    competitorProfessions: account.competitorProfessions,
    powerPartnerProfessions: account.powerPartnerProfessions,
    hasTargetBuyers: profile !== undefined,
    hourlyRate: moneyOf(account.hourlyRate, account.currency),
  };
  const thresholds = reviewThresholdsOf(account);

  const factsOf = (group: GroupRow): GroupReviewFacts => {
    const members: ReviewMemberFacts[] = membersOf(group.id).map(({ groupId: _, ...member }) => ({
      ...member,
      strongestKnows: strongest.get(member.personId) ?? null,
      oneToOneDays: daysOf(member.personId, ['ONE_TO_ONE']),
      depthTouchDaysOutsideGroup: daysOf(member.personId, depthKinds),
    }));
    const referralFacts: ReviewReferralFacts[] = referralsOf(group.id).flatMap((referral) => {
      // A referral I gave counts only when it went to a member; one through a member's network is theirs.
      if (referral.direction === 'GIVEN' && !referral.isMember) return [];
      return [
        {
          direction: referral.direction,
          via: referral.isMember ? 'MEMBER' : 'NETWORK',
          status: referral.status,
          value: moneyOf(referral.value, referral.currency),
          referredOn: referral.referredOn,
        },
      ];
    });
    return {
      period,
      group: {
        currency: group.currency,
        fee: moneyOf(group.fee, group.currency),
        feePeriod: group.feePeriod,
        costPerMeeting: moneyOf(group.costPerMeeting, group.currency),
        travelCost: moneyOf(group.travelCost, group.currency),
        prepMinutes: group.prepMinutes,
        travelMinutes: group.travelMinutes,
        meetingMinutes: group.meetingMinutes,
        chatMinutes: group.chatMinutes,
        joinedOn: group.joinedOn,
        leftOn: group.leftOn,
        enjoyment: ratingsOf(group.id).map(({ rating, ratedOn }) => ({ rating, ratedOn })),
      },
      meetings: meetingsOf(group.id).map((meeting) => ({
        heldOn: meeting.heldOn,
        attended: meeting.attended,
        mealCost: moneyOf(meeting.mealCost, group.currency),
        travelCost: moneyOf(meeting.travelCost, group.currency),
      })),
      members,
      referrals: referralFacts,
      account: accountFacts,
      thresholds,
    };
  };
  return new Map(reviewed.map((group) => [group.id, factsOf(group)]));
};
