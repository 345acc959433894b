import type { QueryClient } from '@tanstack/react-query';
import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type ResultOf } from '../../lib/graphql.ts';
import { refreshFollowUps } from '../weekly/follow-ups.ts';

export const ReferralFieldsFragment = graphql(`
  fragment ReferralFields on Referral @_unmask {
    id
    direction
    person {
      id
      name
    }
    referredPerson {
      id
      name
    }
    referredName
    targetBuyer {
      id
      name
    }
    referredOn
    status
    statusHistory {
      status
      changedOn
      note
    }
    value {
      amount
      currency
    }
    notes
    thankedAt
  }
`);

export type ReferralView = ResultOf<typeof ReferralFieldsFragment>;

export const ReferralsQuery = graphql(
  `
  query Referrals($filter: ReferralFilter) {
    referrals(filter: $filter) {
      items {
        ...ReferralFields
      }
      totals {
        value {
          amount
          currency
        }
        won {
          amount
          currency
        }
      }
      byStatus {
        status
        count
      }
    }
  }
`,
  [ReferralFieldsFragment],
);

/** How many referrals went each way with a person, and what the won ones were worth. */
export const ReferralBalanceFieldsFragment = graphql(`
  fragment ReferralBalanceFields on ReferralBalance @_unmask {
    givenCount
    receivedCount
    givenWon {
      amount
      currency
    }
    receivedWon {
      amount
      currency
    }
  }
`);

export const ReferralBalanceQuery = graphql(
  `
  query ReferralBalance($id: ID!) {
    person(id: $id) {
      __typename
      ... on Person {
        id
        name
        referralBalance {
          ...ReferralBalanceFields
        }
      }
    }
  }
`,
  [ReferralBalanceFieldsFragment],
);

export const RecordReferralMutation = graphql(
  `
  mutation RecordReferral($input: RecordReferralInput!) {
    recordReferral(input: $input) {
      __typename
      ... on Referral {
        id
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const UpdateReferralMutation = graphql(
  `
  mutation UpdateReferral($id: ID!, $input: ReferralInput!) {
    updateReferral(id: $id, input: $input) {
      __typename
      ... on Referral {
        id
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const MoveReferralStatusMutation = graphql(
  `
  mutation MoveReferralStatus($id: ID!, $input: MoveReferralStatusInput!) {
    moveReferralStatus(id: $id, input: $input) {
      __typename
      ... on Referral {
        id
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

export const DeleteReferralMutation = graphql(`
  mutation DeleteReferral($id: ID!) {
    deleteReferral(id: $id) {
      __typename
      ... on NotFoundError {
        message
      }
    }
  }
`);

export const ThankForReferralMutation = graphql(
  `
  mutation ThankForReferral($id: ID!) {
    thankForReferral(id: $id) {
      __typename
      ... on Referral {
        id
        thankedAt
      }
      ...MutationErrorFields
    }
  }
`,
  [MutationErrorFields],
);

/** Every view of referrals sits under this key. */
export const REFERRALS_KEY = ['referrals'] as const;

/**
 * A referral changes the ledger, the balances on contact pages and in the people list, and
 * both people's timelines; thanking logs a touch, which changes who is due.
 */
export const refreshReferrals = (queryClient: QueryClient) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: REFERRALS_KEY }),
    refreshFollowUps(queryClient),
  ]);
