import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type ResultOf } from '../../lib/graphql.ts';

export const GroupMembersQuery = graphql(`
  query GroupMembers($id: ID!) {
    group(id: $id) {
      __typename
      ... on Group {
        id
        members(includePast: true) {
          person { id name }
          profession
          role
          joinedOn
          leftOn
          isCurrent
        }
      }
    }
  }
`);

type GroupResult = NonNullable<ResultOf<typeof GroupMembersQuery>['group']>;
export type GroupMemberView = Extract<GroupResult, { __typename: 'Group' }>['members'][number];

/** People to choose from, by the people list's own search. */
export const MemberCandidatesQuery = graphql(`
  query MemberCandidates($search: String, $first: Int) {
    people(search: $search, first: $first) {
      totalCount
      nodes { id name profession company }
    }
  }
`);

export const AddGroupMembersMutation = graphql(
  `
  mutation AddGroupMembers($groupId: ID!, $input: AddGroupMembersInput!) {
    addGroupMembers(groupId: $groupId, input: $input) {
      __typename
      ... on Group { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UpdateGroupMemberMutation = graphql(
  `
  mutation UpdateGroupMember($groupId: ID!, $personId: ID!, $input: GroupMemberInput!) {
    updateGroupMember(groupId: $groupId, personId: $personId, input: $input) {
      __typename
      ... on GroupMember { leftOn }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const RemoveGroupMemberMutation = graphql(
  `
  mutation RemoveGroupMember($groupId: ID!, $personId: ID!) {
    removeGroupMember(groupId: $groupId, personId: $personId) {
      __typename
      ... on Group { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);
