import { useQuery } from '@tanstack/react-query';
import { graphql } from '../../lib/graphql.ts';
import { request } from '../../lib/request.ts';
import { promptKeys } from './prompt-keys.ts';
import { OpenPromptFragment } from './prompt-row.tsx';

export const OpenPromptsQuery = graphql(
  `
  query OpenPrompts {
    openPrompts {
      id
      ...OpenPrompt
    }
  }
`,
  [OpenPromptFragment],
);

const OpenPromptCountQuery = graphql(`
  query OpenPromptCount {
    openPromptCount
  }
`);

export const useOpenPrompts = () =>
  useQuery({ queryKey: promptKeys.open, queryFn: () => request(OpenPromptsQuery) });

export const useOpenPromptCount = (enabled = true) =>
  useQuery({
    queryKey: promptKeys.count,
    queryFn: async () => (await request(OpenPromptCountQuery)).openPromptCount,
    enabled,
  });
