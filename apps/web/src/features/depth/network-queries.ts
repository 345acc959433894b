import { graphql, type ResultOf } from '../../lib/graphql.ts';

export const NETWORK_MAP_KEY = ['network-map'] as const;

export const NetworkMapQuery = graphql(`
  query NetworkMap($filter: NetworkMapFilter) {
    networkMap(filter: $filter) {
      __typename
      ... on NetworkMap {
        readyThreshold
        highFrom
        regionCounts {
          region
          count
        }
        points {
          personId
          name
          trust
          theirUnderstanding
          readiness
          region
          nextStep {
            kind
            title
          }
          originKind
          originGroupId
          originGroupName
          originPersonName
          stale
          won {
            amount
            currency
          }
          wonShare
        }
      }
      ... on NotFoundError {
        message
      }
    }
  }
`);

export const NetworkFilterOptionsQuery = graphql(`
  query NetworkFilterOptions {
    groups {
      id
      name
    }
    targetBuyers {
      id
      name
    }
    personTags
  }
`);

type MapResult = ResultOf<typeof NetworkMapQuery>['networkMap'];
export type NetworkMapData = Extract<MapResult, { __typename: 'NetworkMap' }>;
export type NetworkPoint = NetworkMapData['points'][number];
export type MapRegion = NetworkPoint['region'];

export const REGION_TITLES: Record<MapRegion, string> = {
  READY_TO_REFER: 'Ready to refer',
  BRIEF_THEM: 'Brief them',
  GIVE_FIRST: 'Give first',
  ACQUAINTANCE: 'Acquaintance',
};

export const REGION_HINTS: Record<MapRegion, string> = {
  READY_TO_REFER: 'They trust you and understand your business.',
  BRIEF_THEM: 'They trust you; tell them what you do and for whom.',
  GIVE_FIRST: 'They understand your business; earn their trust by giving first.',
  ACQUAINTANCE: 'Neither yet: a one-to-one is the place to start.',
};

/** "From Breakfast Club", "Introduced by Ada", "Other". */
export const originText = (point: NetworkPoint): string => {
  if (point.originKind === 'GROUP') return `From ${point.originGroupName ?? 'a group'}`;
  if (point.originKind === 'PERSON') return `Introduced by ${point.originPersonName ?? 'someone'}`;
  return 'Other';
};
