import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql } from '../../lib/graphql.ts';

/** The query key every view of profiles sits under, refreshed after each change. */
export const BUYERS_KEY = ['targetBuyers'] as const;

export const CreateTargetBuyerMutation = graphql(
  `
  mutation CreateTargetBuyer($input: TargetBuyerInput!) {
    createTargetBuyer(input: $input) {
      __typename
      ... on TargetBuyer { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UpdateTargetBuyerMutation = graphql(
  `
  mutation UpdateTargetBuyer($id: ID!, $input: TargetBuyerInput!) {
    updateTargetBuyer(id: $id, input: $input) {
      __typename
      ... on TargetBuyer { id }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const ArchiveTargetBuyerMutation = graphql(
  `
  mutation ArchiveTargetBuyer($id: ID!) {
    archiveTargetBuyer(id: $id) {
      __typename
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UnarchiveTargetBuyerMutation = graphql(
  `
  mutation UnarchiveTargetBuyer($id: ID!) {
    unarchiveTargetBuyer(id: $id) {
      __typename
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);
