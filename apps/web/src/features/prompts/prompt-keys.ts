export const promptKeys = {
  all: ['prompts'] as const,
  open: ['prompts', 'open'] as const,
  count: ['prompts', 'count'] as const,
};

/** The server counts up to 100; more than 99 shows as "99+". */
export const PROMPT_COUNT_CAP = 100;

export const formatPromptCount = (count: number): string =>
  count >= PROMPT_COUNT_CAP ? `${PROMPT_COUNT_CAP - 1}+` : String(count);
