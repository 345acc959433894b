import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      name
      email
      isOwner
      onboarded
      hasDemoData
    }
  }
`);

export const viewerQueryKey = ['viewer'] as const;

/** The signed-in account: who it is and its onboarding state, shared across the app. */
export const useViewer = () =>
  useQuery({ queryKey: viewerQueryKey, queryFn: () => request(ViewerQuery) });
