import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';

/** The account's keeping-in-touch settings; under the viewer's key, so both refresh together. */
export const AccountSettingsFragment = graphql(`
  fragment AccountSettings on Account @_unmask {
    id
    name
    myOffer
    timezone
    weekStart
    weeklyListSize
    weeklyDigest
    cadenceInnerDays
    cadenceMiddleDays
    cadenceOuterDays
    depthTouchKinds
  }
`);

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

export const accountSettingsQueryKey = ['viewer', 'settings'] as const;

export const useAccountSettings = () =>
  useQuery({
    queryKey: accountSettingsQueryKey,
    queryFn: async () => (await request(AccountSettingsQuery)).viewer,
  });
