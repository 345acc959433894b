import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';

/** The query key every view of groups sits under, refreshed after each change. */
export const GROUPS_KEY = ['groups'] as const;

export const GroupDetailsFragment = graphql(`
  fragment GroupDetails on Group @_unmask {
    id
    name
    kind
    onePerProfession
    currency
    fee { amount currency }
    feePeriod
    costPerMeeting { amount currency }
    travelCost { amount currency }
    meetingCadenceDays
    prepMinutes
    travelMinutes
    meetingMinutes
    chatMinutes
    timePerMeetingMinutes
    joinedOn
    leftOn
    enjoyment { id rating ratedOn note }
  }
`);

export const GroupsQuery = graphql(
  `
  query Groups {
    groups { ...GroupDetails }
  }
`,
  [GroupDetailsFragment],
);

export const GroupQuery = graphql(
  `
  query Group($id: ID!) {
    group(id: $id) {
      __typename
      ... on Group {
        ...GroupDetails
        enjoymentHistory { id rating ratedOn note }
      }
      ... on NotFoundError { message }
    }
  }
`,
  [GroupDetailsFragment],
);

export const CreateGroupMutation = graphql(
  `
  mutation CreateGroup($input: GroupInput!) {
    createGroup(input: $input) {
      __typename
      ... on Group { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UpdateGroupMutation = graphql(
  `
  mutation UpdateGroup($id: ID!, $input: GroupInput!) {
    updateGroup(id: $id, input: $input) {
      __typename
      ... on Group { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const DeleteGroupMutation = graphql(
  `
  mutation DeleteGroup($id: ID!) {
    deleteGroup(id: $id) {
      __typename
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const RateGroupEnjoymentMutation = graphql(
  `
  mutation RateGroupEnjoyment($input: GroupEnjoymentInput!) {
    rateGroupEnjoyment(input: $input) {
      __typename
      ... on Group { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);
