import { defineRelations } from 'drizzle-orm';
import * as schema from './schema/index.ts';

export const relations = defineRelations(schema, (r) => ({
  accounts: {
    people: r.many.people({ from: r.accounts.id, to: r.people.accountId }),
  },
  people: {
    depthChanges: r.many.depthChanges({ from: r.people.id, to: r.depthChanges.personId }),
    interactions: r.many.interactions({
      from: r.people.id.through(r.interactionParticipants.personId),
      to: r.interactions.id.through(r.interactionParticipants.interactionId),
    }),
    originGroup: r.one.groups({ from: r.people.originGroupId, to: r.groups.id }),
    originPerson: r.one.people({ from: r.people.originPersonId, to: r.people.id }),
    memberships: r.many.groupMemberships({ from: r.people.id, to: r.groupMemberships.personId }),
    oneToOnes: r.many.oneToOnes({ from: r.people.id, to: r.oneToOnes.personId }),
    prompts: r.many.prompts({ from: r.people.id, to: r.prompts.personId }),
    knows: r.many.knows({ from: r.people.id, to: r.knows.personId }),
    referrals: r.many.referrals({ from: r.people.id, to: r.referrals.personId }),
    /** The referrals in which this person is the one referred. */
    referredIn: r.many.referrals({ from: r.people.id, to: r.referrals.referredPersonId }),
  },
  interactions: {
    people: r.many.people({
      from: r.interactions.id.through(r.interactionParticipants.interactionId),
      to: r.people.id.through(r.interactionParticipants.personId),
    }),
    group: r.one.groups({ from: r.interactions.groupId, to: r.groups.id }),
  },
  groups: {
    memberships: r.many.groupMemberships({ from: r.groups.id, to: r.groupMemberships.groupId }),
    meetings: r.many.groupMeetings({ from: r.groups.id, to: r.groupMeetings.groupId }),
    enjoymentRatings: r.many.groupEnjoymentRatings({
      from: r.groups.id,
      to: r.groupEnjoymentRatings.groupId,
    }),
  },
  groupMeetings: {
    group: r.one.groups({ from: r.groupMeetings.groupId, to: r.groups.id, optional: false }),
    // The touch with the people I spoke to; gone (null) once that touch is deleted.
    interaction: r.one.interactions({ from: r.groupMeetings.interactionId, to: r.interactions.id }),
  },
  groupMemberships: {
    group: r.one.groups({ from: r.groupMemberships.groupId, to: r.groups.id, optional: false }),
    person: r.one.people({ from: r.groupMemberships.personId, to: r.people.id, optional: false }),
  },
  oneToOnes: {
    person: r.one.people({ from: r.oneToOnes.personId, to: r.people.id, optional: false }),
    // The touch a done meeting was logged as; gone (null) once that touch is deleted.
    interaction: r.one.interactions({ from: r.oneToOnes.interactionId, to: r.interactions.id }),
  },
  prompts: {
    person: r.one.people({ from: r.prompts.personId, to: r.people.id, optional: false }),
  },
  weeklyLists: {
    items: r.many.weeklyListItems({ from: r.weeklyLists.id, to: r.weeklyListItems.weeklyListId }),
  },
  weeklyListItems: {
    person: r.one.people({ from: r.weeklyListItems.personId, to: r.people.id, optional: false }),
  },
  knows: {
    person: r.one.people({ from: r.knows.personId, to: r.people.id, optional: false }),
    targetBuyer: r.one.targetBuyers({
      from: r.knows.targetBuyerId,
      to: r.targetBuyers.id,
      optional: false,
    }),
  },
  introductionAsks: {
    person: r.one.people({ from: r.introductionAsks.personId, to: r.people.id, optional: false }),
    targetBuyer: r.one.targetBuyers({
      from: r.introductionAsks.targetBuyerId,
      to: r.targetBuyers.id,
    }),
  },
  referrals: {
    person: r.one.people({ from: r.referrals.personId, to: r.people.id, optional: false }),
    referredPerson: r.one.people({ from: r.referrals.referredPersonId, to: r.people.id }),
    targetBuyer: r.one.targetBuyers({ from: r.referrals.targetBuyerId, to: r.targetBuyers.id }),
    statusChanges: r.many.referralStatusChanges({
      from: r.referrals.id,
      to: r.referralStatusChanges.referralId,
    }),
  },
}));

export type Relations = typeof relations;
