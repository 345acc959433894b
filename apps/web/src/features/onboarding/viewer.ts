import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      onboarded
      hasDemoData
    }
  }
`);

export const viewerQueryKey = ['viewer'] as const;

/** The account's onboarding state, shared by the welcome screen and the demo banner. */
export const useViewer = () =>
  useQuery({ queryKey: viewerQueryKey, queryFn: () => request(ViewerQuery) });
