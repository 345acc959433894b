import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { MutationErrorFields } from '../../lib/field-errors.ts';
import { graphql, type VariablesOf } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { refreshFollowUps } from '../weekly/follow-ups.ts';

const ReviewThresholdValuesFragment = graphql(`
  fragment ReviewThresholdValues on ReviewThresholds @_unmask {
    minReferralsPerYear
    maxHoursPerMonth
    minBuyerReachPercent
    maxCompetitorPercent
    minGivenPerYear
    minEnjoyment
    minDepthCoveragePercent
  }
`);

/** The account's settings; under the viewer's key, so both refresh together. */
export const AccountSettingsFragment = graphql(
  `
  fragment AccountSettings on Account @_unmask {
    id
    name
    myOffer
    timezone
    weekStart
    weeklyListSize
    weeklyDigest
    mailConfigured
    cadenceInnerDays
    cadenceMiddleDays
    cadenceOuterDays
    depthTouchKinds
    readyThreshold
    currency
    hourlyRate {
      amount
      currency
    }
    profession
    competitorProfessions
    powerPartnerProfessions
    reviewThresholds {
      ...ReviewThresholdValues
    }
    defaultReviewThresholds {
      ...ReviewThresholdValues
    }
  }
`,
  [ReviewThresholdValuesFragment],
);

const AccountSettingsQuery = graphql(
  `
  query AccountSettings {
    viewer {
      ...AccountSettings
    }
  }
`,
  [AccountSettingsFragment],
);

/** Saves the settings sent; the others stay as they are. */
const UpdateSettingsMutation = graphql(
  `
  mutation UpdateSettings($input: AccountSettingsInput!) {
    updateSettings(input: $input) {
      __typename
      ... on Account {
        ...AccountSettings
      }
      ...MutationErrorFields
    }
  }
`,
  [AccountSettingsFragment, MutationErrorFields],
);

export const accountSettingsQueryKey = ['viewer', 'settings'] as const;

export const useAccountSettings = () =>
  useQuery({
    queryKey: accountSettingsQueryKey,
    queryFn: async () => (await request(AccountSettingsQuery)).viewer,
  });

export type SettingsInput = VariablesOf<typeof UpdateSettingsMutation>['input'];

/** Saves settings, then refreshes what they move; resolves to the mutation's result. */
export const useSaveSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: SettingsInput) => {
      const result = (await request(UpdateSettingsMutation, { input })).updateSettings;
      if (result.__typename === 'Account') {
        queryClient.setQueryData(accountSettingsQueryKey, result);
        // Cadences, depth kinds, the week or its zone move due dates, lists and prompts.
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: ['viewer'] }),
          refreshFollowUps(queryClient),
        ]);
      }
      return result;
    },
  });
};
