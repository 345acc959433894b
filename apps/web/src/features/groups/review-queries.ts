import { graphql } from '../../lib/graphql.ts';

export const ReviewMemberFields = graphql(`
  fragment ReviewMemberFields on ReviewMember @_unmask { personId name profession readiness }
`);

export const GroupReviewFields = graphql(
  `
  fragment GroupReviewFields on GroupReview @_unmask {
    period { from to }
    months
    meetingsHeld
    meetingsAttended
    time { prepMinutes travelMinutes meetingMinutes chatMinutes totalMinutes hoursPerMonth }
    money {
      fees { amount currency }
      meals { amount currency }
      travel { amount currency }
      time { amount currency }
      total { amount currency }
    }
    referralsFromMembers { count won { amount currency } }
    referralsThroughNetwork { count won { amount currency } }
    referralsReceived { count won { amount currency } }
    referralsGivenToMembers { count won { amount currency } }
    oneToOnes
    membersMetOneToOne
    depthCoveragePercent
    depthCoverageByMonth { month members met percent }
    network { ...ReviewMemberFields }
    acquaintances { ...ReviewMemberFields }
    competitors { ...ReviewMemberFields }
    competitorPercent
    powerPartners { ...ReviewMemberFields }
    buyerReachCount
    buyerReachPercent
    noTargetBuyers
    costPerReferral { amount currency }
    costPerWon { currency value }
    paybackMonths { currency value }
    enjoyment
    verdict { kind summary checks { code triggered figure threshold reason } }
  }
`,
  [ReviewMemberFields],
);

export const GroupReviewQuery = graphql(
  `
  query GroupReview($id: ID!, $period: ReviewPeriodInput!) {
    group(id: $id) {
      __typename
      ... on Group {
        id
        name
        currency
        leftOn
        review(period: $period) {
          __typename
          ... on GroupReview { ...GroupReviewFields }
          ... on ValidationError { message issues { field message } }
          ... on NotFoundError { message }
        }
      }
      ... on NotFoundError { message }
    }
  }
`,
  [GroupReviewFields],
);

/** Every group's key figures over the last 12 months, for the side-by-side table. */
export const GroupsComparisonQuery = graphql(`
  query GroupsComparison {
    groups {
      id
      name
      leftOn
      review(period: { preset: LAST_12_MONTHS }) {
        __typename
        ... on GroupReview {
          time { totalMinutes }
          money { total { amount currency } }
          referralsReceived { count won { amount currency } }
          referralsGivenToMembers { count }
          depthCoveragePercent
          competitorPercent
          buyerReachPercent
          costPerReferral { amount currency }
          verdict { kind }
        }
      }
    }
  }
`);
