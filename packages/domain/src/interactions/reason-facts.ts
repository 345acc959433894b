import type { KnowsStrength } from '../buyers/knows-input.ts';
import { type Cadence, cadenceAnchor, daysSinceAnchor, sinceAnchorText } from './cadence.ts';

/** What a reason is built from: a person's cadence facts as they were when it was given. */
export type ReasonSource = {
  lastDepthTouchAt: Date | null;
  createdAt: Date;
  cadence: Cadence;
  readiness: number;
  /** The strongest tag the person has to a working (non-archived) profile; null: none. */
  knowsStrength: KnowsStrength | null;
};

/** Counted from the last depth touch, or from when someone never touched was added. */
export type AnchorKind = 'LAST_DEPTH_TOUCH' | 'ADDED';

/**
 * What a reason (a prompt's, a weekly list item's) says, kept as it was when given; only its
 * day count moves, so two reasons on one screen never disagree about the same person.
 */
export type ReasonFacts = {
  anchorKind: AnchorKind;
  /** The day the count starts from: the last depth touch, or when the person was added. */
  anchorAt: Date;
  cadenceDays: number;
  readiness: number;
  knowsStrength: KnowsStrength | null;
};

export const reasonFacts = (source: ReasonSource): ReasonFacts => ({
  anchorKind: source.lastDepthTouchAt ? 'LAST_DEPTH_TOUCH' : 'ADDED',
  anchorAt: cadenceAnchor(source.lastDepthTouchAt, source.createdAt),
  cadenceDays: source.cadence.idealDays,
  readiness: source.readiness,
  knowsStrength: source.knowsStrength,
});

/** "53 days since your last depth touch", in calendar days of the zone up to `until`. */
export const sinceAnchorOf = (facts: ReasonFacts, until: Date, timezone: string): string =>
  sinceAnchorText(
    daysSinceAnchor(until, facts.anchorAt, timezone),
    facts.anchorKind === 'LAST_DEPTH_TOUCH',
  );

/** The reason's sentence: its opening, then readiness, then a target buyer when known. */
export const reasonSentence = (opening: string, facts: ReasonFacts): string => {
  const parts = [opening, `readiness ${facts.readiness}`];
  if (facts.knowsStrength) parts.push('knows a target buyer');
  return `${parts.join('; ')}.`;
};
