import { KNOWS_STRENGTHS, type KnowsStrength } from './knows-input.ts';

/** 0 for the weakest strength (knows of) up to 3 for the strongest (can introduce). */
export const knowsStrengthRank = (strength: KnowsStrength): number =>
  KNOWS_STRENGTHS.indexOf(strength);

/** The strongest of a person's tags, or null when they have none. */
export const strongestKnowsStrength = (
  strengths: Iterable<KnowsStrength>,
): KnowsStrength | null => {
  let strongest: KnowsStrength | null = null;
  for (const strength of strengths) {
    if (strongest === null || knowsStrengthRank(strength) > knowsStrengthRank(strongest)) {
      strongest = strength;
    }
  }
  return strongest;
};
