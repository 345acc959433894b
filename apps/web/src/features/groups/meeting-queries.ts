import type { QueryClient } from '@tanstack/react-query';
import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { GROUPS_KEY } from './group-queries.ts';

/** Under GROUPS_KEY, so every change of groups refreshes them too. */
export const groupMeetingsKey = (groupId: string) => [...GROUPS_KEY, groupId, 'meetings'] as const;
export const GROUPS_TODAY_KEY = [...GROUPS_KEY, 'today'] as const;

/** How many meetings a group's page lists, newest first. */
export const MEETINGS_SHOWN = 100;

export const GroupMeetingFieldsFragment = graphql(`
  fragment GroupMeetingFields on GroupMeeting @_unmask {
    id
    heldOn
    attended
    mealCost { amount currency }
    travelCost { amount currency }
    usesUsualMealCost
    usesUsualTravelCost
    spokeTo { id name }
    notes
  }
`);

export type GroupMeetingView = ResultOf<typeof GroupMeetingFieldsFragment>;

export const GroupMeetingsQuery = graphql(
  `
  query GroupMeetings($id: ID!, $first: Int) {
    group(id: $id) {
      __typename
      ... on Group {
        id
        currency
        leftOn
        costPerMeeting { amount currency }
        travelCost { amount currency }
        meetingCount
        meetings(first: $first) { ...GroupMeetingFields }
        members { person { id name } }
      }
    }
  }
`,
  [GroupMeetingFieldsFragment],
);

/** Which groups have today's meeting logged, for every "I went today" button at once. */
export const GroupsTodayQuery = graphql(`
  query GroupsToday {
    groups { id todaysMeeting { id } }
  }
`);

export const MarkGroupAttendedTodayMutation = graphql(
  `
  mutation MarkGroupAttendedToday($groupId: ID!) {
    markGroupAttendedToday(groupId: $groupId) {
      __typename
      ... on GroupMeeting { id heldOn }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const LogGroupMeetingMutation = graphql(
  `
  mutation LogGroupMeeting($groupId: ID!, $input: GroupMeetingInput!) {
    logGroupMeeting(groupId: $groupId, input: $input) {
      __typename
      ... on GroupMeeting { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UpdateGroupMeetingMutation = graphql(
  `
  mutation UpdateGroupMeeting($id: ID!, $input: GroupMeetingInput!) {
    updateGroupMeeting(id: $id, input: $input) {
      __typename
      ... on GroupMeeting { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const DeleteGroupMeetingMutation = graphql(
  `
  mutation DeleteGroupMeeting($id: ID!) {
    deleteGroupMeeting(id: $id) {
      __typename
      ... on DeletedGroupMeeting { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

/**
 * After a meeting changes: the group's views, and the people in its touch (their timelines and
 * due dates, which a depth kind of touch moves).
 */
export const refreshAfterMeeting = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: GROUPS_KEY }),
    queryClient.invalidateQueries({ queryKey: ['person'] }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
  ]);
