/** How well a person knows a target buyer profile, weakest first (the server's order). */
export const KNOWS_STRENGTHS = [
  { value: 'KNOWS_OF', label: 'Knows of' },
  { value: 'KNOWS_PERSONALLY', label: 'Knows personally' },
  { value: 'WORKS_WITH', label: 'Works with' },
  { value: 'CAN_INTRODUCE', label: 'Can introduce' },
] as const;

export type KnowsStrength = (typeof KNOWS_STRENGTHS)[number]['value'];

export const strengthLabel = (strength: string): string =>
  KNOWS_STRENGTHS.find((s) => s.value === strength)?.label ?? strength;

/** The limit the server applies to a tag's note. */
export const MAX_KNOWS_NOTE_LENGTH = 2_000;
