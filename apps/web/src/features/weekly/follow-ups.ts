import type { QueryClient } from '@tanstack/react-query';
import { BUYERS_KEY } from '../buyers/buyer-mutations.ts';
import { promptKeys } from '../prompts/prompt-keys.ts';

export const weeklyKeys = {
  all: ['weekly'] as const,
  current: ['weekly', 'current'] as const,
  past: ['weekly', 'past'] as const,
};

/**
 * A touch, a cadence, a one-to-one or a setting changes who is due: the week's list, the
 * prompts and their count in the navigation, the people lists, the upcoming one-to-ones and the
 * person's page all show it. Who knows each profile ranks by depth, last touch and knows tags.
 */
export const refreshFollowUps = (queryClient: QueryClient, personId?: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: weeklyKeys.all }),
    queryClient.invalidateQueries({ queryKey: promptKeys.all }),
    queryClient.invalidateQueries({ queryKey: ['people'] }),
    queryClient.invalidateQueries({ queryKey: ['one-to-ones'] }),
    queryClient.invalidateQueries({ queryKey: BUYERS_KEY }),
    queryClient.invalidateQueries({ queryKey: personId ? ['person', personId] : ['person'] }),
  ]);
