import type { DbExecutor } from '@tend/db';
import {
  accounts,
  groupEnjoymentRatings,
  groupMeetings,
  groupMemberships,
  type groups,
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
import { and, asc, between, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { strongestKnowsOf } from '../buyers/strongest-knows.ts';
import { reviewThresholdsOf } from './review-thresholds.ts';

type GroupRow = typeof groups.$inferSelect;

/** The person a referral names, and that person's origin, for attributing it to the group. */
const referrer = alias(people, 'referrer');

/**
 * Everything a group's review is computed from, in a fixed handful of queries whatever the
 * network's size: the group's members, its meetings in the period, the members' touches, their
 * strongest knows tags, and the referrals that concern the group.
 */
export const loadGroupReviewFacts = async (
  db: DbExecutor,
  accountId: string,
  group: GroupRow,
  period: ReviewPeriod,
): Promise<GroupReviewFacts> => {
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  const inGroup = and(
    eq(groupMemberships.accountId, accountId),
    eq(groupMemberships.groupId, group.id),
  );

  // One after another: the queries share the request's one connection.
  const ratings = await db
    .select({ rating: groupEnjoymentRatings.rating, ratedOn: groupEnjoymentRatings.ratedOn })
    .from(groupEnjoymentRatings)
    .where(
      and(
        eq(groupEnjoymentRatings.accountId, accountId),
        eq(groupEnjoymentRatings.groupId, group.id),
      ),
    )
    .orderBy(asc(groupEnjoymentRatings.ratedOn), asc(groupEnjoymentRatings.createdAt));
  const meetings = await db
    .select({
      heldOn: groupMeetings.heldOn,
      attended: groupMeetings.attended,
      mealCost: groupMeetings.mealCost,
      travelCost: groupMeetings.travelCost,
    })
    .from(groupMeetings)
    .where(
      and(
        eq(groupMeetings.accountId, accountId),
        eq(groupMeetings.groupId, group.id),
        between(groupMeetings.heldOn, period.from, period.to),
      ),
    );
  const memberRows = await db
    .select({
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
    .where(inGroup);
  const memberIds = memberRows.map((member) => member.personId);
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
              inArray(interactionParticipants.personId, memberIds),
              // Touches at a group's meeting are visibility, not depth, whatever their kind.
              isNull(interactions.groupId),
              inArray(interactions.kind, [
                ...new Set<InteractionKind>(['ONE_TO_ONE', ...depthKinds]),
              ]),
            ),
          );
  const strongest = await strongestKnowsOf(db, accountId, memberIds);
  const [profile] = await db
    .select({ id: targetBuyers.id })
    .from(targetBuyers)
    .where(and(eq(targetBuyers.accountId, accountId), isNull(targetBuyers.archivedAt)))
    .limit(1);
  const referralRows = await db
    .select({
      direction: referrals.direction,
      status: referrals.status,
      value: referrals.value,
      currency: referrals.currency,
      referredOn: referrals.referredOn,
      isMember: sql<boolean>`exists (select 1 from ${groupMemberships} where ${inGroup} and ${groupMemberships.personId} = ${referrals.personId})`,
    })
    .from(referrals)
    .innerJoin(
      referrer,
      and(eq(referrer.accountId, referrals.accountId), eq(referrer.id, referrals.personId)),
    )
    .where(
      and(
        eq(referrals.accountId, accountId),
        between(referrals.referredOn, period.from, period.to),
        or(
          inArray(referrals.personId, memberIds.length > 0 ? memberIds : [group.id]),
          eq(referrer.originGroupId, group.id),
          inArray(referrer.originPersonId, memberIds.length > 0 ? memberIds : [group.id]),
        ),
      ),
    );

  // Not Map.groupBy: Node 20 has none.
  const touchesOf = new Map<string, typeof touches>();
  for (const touch of touches) {
    touchesOf.set(touch.personId, [...(touchesOf.get(touch.personId) ?? []), touch]);
  }
  const daysOf = (personId: string, kinds: readonly InteractionKind[]) =>
    (touchesOf.get(personId) ?? [])
      .filter((touch) => kinds.includes(touch.kind))
      .map((touch) => touch.day);

  const members: ReviewMemberFacts[] = memberRows.map((member) => ({
    ...member,
    strongestKnows: strongest.get(member.personId) ?? null,
    oneToOneDays: daysOf(member.personId, ['ONE_TO_ONE']),
    depthTouchDaysOutsideGroup: daysOf(member.personId, depthKinds),
  }));

  const referralFacts: ReviewReferralFacts[] = referralRows.flatMap((referral) => {
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
      enjoyment: ratings,
    },
    meetings: meetings.map((meeting) => ({
      heldOn: meeting.heldOn,
      attended: meeting.attended,
      mealCost: moneyOf(meeting.mealCost, group.currency),
      travelCost: moneyOf(meeting.travelCost, group.currency),
    })),
    members,
    referrals: referralFacts,
    account: {
      profession: account.profession,
      competitorProfessions: account.competitorProfessions,
      powerPartnerProfessions: account.powerPartnerProfessions,
      hasTargetBuyers: profile !== undefined,
      hourlyRate: moneyOf(account.hourlyRate, account.currency),
    },
    thresholds: reviewThresholdsOf(account),
  };
};
