import { type Depth, MAX_LEVEL } from './levels.ts';

/**
 * Someone refers you only when they both trust you and understand your business,
 * so readiness is bounded by the weaker of the two, scaled to 0–100.
 */
export const referralReadiness = (depth: Pick<Depth, 'trust' | 'theirUnderstanding'>): number =>
  Math.round((Math.min(depth.trust, depth.theirUnderstanding) / MAX_LEVEL) * 100);

export type NextStepKind = 'GIVE_FIRST' | 'BRIEF_THEM' | 'KEEP_IN_TOUCH';

export type NextStep = { kind: NextStepKind; title: string; detail: string };

const NEXT_STEPS: Record<NextStepKind, Omit<NextStep, 'kind'>> = {
  GIVE_FIRST: {
    title: 'Give first',
    detail:
      'Trust is the weaker side: deliver something small for them (an introduction, a useful contact, a favour) before asking for anything.',
  },
  BRIEF_THEM: {
    title: 'Brief them on your business',
    detail:
      'Their understanding is the weaker side: share a short case study, or ask "what do you think I do?" and fill the gaps.',
  },
  KEEP_IN_TOUCH: {
    title: 'Keep the relationship warm',
    detail:
      'They trust you and understand your business: keep meeting one-to-one and tell them what work you want next.',
  },
};

/** The step that would raise readiness most: work on the weaker of trust and their understanding. */
export const nextStep = (depth: Pick<Depth, 'trust' | 'theirUnderstanding'>): NextStep => {
  const kind: NextStepKind =
    depth.trust === MAX_LEVEL && depth.theirUnderstanding === MAX_LEVEL
      ? 'KEEP_IN_TOUCH'
      : depth.trust <= depth.theirUnderstanding
        ? 'GIVE_FIRST'
        : 'BRIEF_THEM';
  return { kind, ...NEXT_STEPS[kind] };
};

export type WeakerSide = { side: 'TRUST' | 'UNDERSTANDING' | 'NONE'; level: number };

/**
 * The weaker of trust and their understanding, which bounds readiness, with its level; NONE
 * when both stand at the same level.
 */
export const weakerSide = (depth: Pick<Depth, 'trust' | 'theirUnderstanding'>): WeakerSide => {
  if (depth.trust < depth.theirUnderstanding) return { side: 'TRUST', level: depth.trust };
  if (depth.theirUnderstanding < depth.trust) {
    return { side: 'UNDERSTANDING', level: depth.theirUnderstanding };
  }
  return { side: 'NONE', level: depth.trust };
};

export type DepthTier = 'INNER' | 'MIDDLE' | 'OUTER';

/** Deeper ties get a tighter default cadence. */
export const depthTier = (depth: Pick<Depth, 'trust' | 'theirUnderstanding'>): DepthTier => {
  const readiness = referralReadiness(depth);
  if (readiness >= 60) return 'INNER';
  if (readiness >= 20) return 'MIDDLE';
  return 'OUTER';
};
