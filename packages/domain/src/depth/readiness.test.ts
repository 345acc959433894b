import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_DAYS, resolveCadence } from '../interactions/cadence.ts';
import { MAX_LEVEL, MIN_LEVEL } from './levels.ts';
import { type DepthTier, depthTier, nextStep, referralReadiness, weakerSide } from './readiness.ts';

const level = fc.integer({ min: MIN_LEVEL, max: MAX_LEVEL });
const depth = fc.record({ trust: level, theirUnderstanding: level });

describe('referralReadiness', () => {
  it('never exceeds the weaker of trust and their understanding', () => {
    fc.assert(
      fc.property(level, level, (trust, theirUnderstanding) => {
        const readiness = referralReadiness({ trust, theirUnderstanding });
        expect(readiness).toBe(Math.min(trust, theirUnderstanding) * 20);
      }),
    );
  });

  it('is a whole number within 0..100', () => {
    fc.assert(
      fc.property(depth, (d) => {
        const readiness = referralReadiness(d);
        expect(Number.isInteger(readiness)).toBe(true);
        expect(readiness).toBeGreaterThanOrEqual(0);
        expect(readiness).toBeLessThanOrEqual(100);
        expect(readiness).toBeLessThanOrEqual(Math.min(d.trust, d.theirUnderstanding) * 20);
      }),
    );
  });

  it('is 0 when either side is 0 and 100 only at 5/5', () => {
    expect(referralReadiness({ trust: 0, theirUnderstanding: 5 })).toBe(0);
    expect(referralReadiness({ trust: 5, theirUnderstanding: 0 })).toBe(0);
    expect(referralReadiness({ trust: 5, theirUnderstanding: 5 })).toBe(100);
    expect(referralReadiness({ trust: 5, theirUnderstanding: 4 })).toBe(80);
    expect(referralReadiness({ trust: 3, theirUnderstanding: 4 })).toBe(60);
  });

  it('is symmetric in trust and their understanding', () => {
    fc.assert(
      fc.property(level, level, (a, b) => {
        expect(referralReadiness({ trust: a, theirUnderstanding: b })).toBe(
          referralReadiness({ trust: b, theirUnderstanding: a }),
        );
      }),
    );
  });

  it('is monotone: raising trust or their understanding never lowers readiness', () => {
    fc.assert(
      fc.property(depth, level, level, (d, extraTrust, extraUnderstanding) => {
        const raised = {
          trust: Math.min(MAX_LEVEL, d.trust + extraTrust),
          theirUnderstanding: Math.min(MAX_LEVEL, d.theirUnderstanding + extraUnderstanding),
        };
        expect(referralReadiness(raised)).toBeGreaterThanOrEqual(referralReadiness(d));
      }),
    );
  });

  it('ignores my understanding of their business', () => {
    fc.assert(
      fc.property(depth, level, (d, myUnderstanding) => {
        const full = { ...d, myUnderstanding };
        expect(referralReadiness(full)).toBe(referralReadiness(d));
      }),
    );
  });
});

describe('nextStep', () => {
  it('asks to give first when trust is the weaker side', () => {
    const step = nextStep({ trust: 1, theirUnderstanding: 4 });
    expect(step.kind).toBe('GIVE_FIRST');
    expect(step.title).toBe('Give first');
    expect(step.detail).toMatch(/Trust is the weaker side/);
  });

  it('asks to brief them when their understanding is the weaker side', () => {
    const step = nextStep({ trust: 4, theirUnderstanding: 1 });
    expect(step.kind).toBe('BRIEF_THEM');
    expect(step.title).toBe('Brief them on your business');
    expect(step.detail).toMatch(/Their understanding is the weaker side/);
  });

  it('asks to give first on a tie below 5 (trust comes first)', () => {
    expect(nextStep({ trust: 0, theirUnderstanding: 0 }).kind).toBe('GIVE_FIRST');
    expect(nextStep({ trust: 3, theirUnderstanding: 3 }).kind).toBe('GIVE_FIRST');
    expect(nextStep({ trust: 4, theirUnderstanding: 4 }).kind).toBe('GIVE_FIRST');
  });

  it('keeps in touch only at 5/5', () => {
    const step = nextStep({ trust: 5, theirUnderstanding: 5 });
    expect(step.kind).toBe('KEEP_IN_TOUCH');
    expect(step.title).toBe('Keep the relationship warm');
    expect(nextStep({ trust: 5, theirUnderstanding: 4 }).kind).toBe('BRIEF_THEM');
    expect(nextStep({ trust: 4, theirUnderstanding: 5 }).kind).toBe('GIVE_FIRST');
  });

  it('always works on the weaker side', () => {
    fc.assert(
      fc.property(depth, ({ trust, theirUnderstanding }) => {
        const { kind } = nextStep({ trust, theirUnderstanding });
        if (trust === MAX_LEVEL && theirUnderstanding === MAX_LEVEL) {
          expect(kind).toBe('KEEP_IN_TOUCH');
        } else if (trust <= theirUnderstanding) {
          expect(kind).toBe('GIVE_FIRST');
        } else {
          expect(kind).toBe('BRIEF_THEM');
        }
      }),
    );
  });

  it('suggests a step that, taken, would raise readiness (unless already at the top)', () => {
    fc.assert(
      fc.property(depth, (d) => {
        const { kind } = nextStep(d);
        if (kind === 'KEEP_IN_TOUCH') {
          expect(referralReadiness(d)).toBe(100);
          return;
        }
        const after =
          kind === 'GIVE_FIRST'
            ? { ...d, trust: d.trust + 1 }
            : { ...d, theirUnderstanding: d.theirUnderstanding + 1 };
        // Improving the weaker side is the only single step that can raise the minimum;
        // on a tie it raises it once the other side follows.
        const weaker = Math.min(d.trust, d.theirUnderstanding);
        const raisedSide = kind === 'GIVE_FIRST' ? d.trust : d.theirUnderstanding;
        expect(raisedSide).toBe(weaker);
        expect(referralReadiness(after)).toBeGreaterThanOrEqual(referralReadiness(d));
      }),
    );
  });

  it('returns a title and detail for every kind', () => {
    fc.assert(
      fc.property(depth, (d) => {
        const step = nextStep(d);
        expect(step.title.length).toBeGreaterThan(0);
        expect(step.detail.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('depthTier', () => {
  it('maps readiness to tiers', () => {
    expect(depthTier({ trust: 0, theirUnderstanding: 0 })).toBe('OUTER');
    expect(depthTier({ trust: 5, theirUnderstanding: 0 })).toBe('OUTER');
    expect(depthTier({ trust: 1, theirUnderstanding: 5 })).toBe('MIDDLE');
    expect(depthTier({ trust: 2, theirUnderstanding: 2 })).toBe('MIDDLE');
    expect(depthTier({ trust: 3, theirUnderstanding: 3 })).toBe('INNER');
    expect(depthTier({ trust: 5, theirUnderstanding: 5 })).toBe('INNER');
  });

  it('depends only on the weaker of trust and their understanding', () => {
    fc.assert(
      fc.property(depth, (d) => {
        const weaker = Math.min(d.trust, d.theirUnderstanding);
        expect(depthTier(d)).toBe(depthTier({ trust: weaker, theirUnderstanding: weaker }));
      }),
    );
  });

  it('never gives a deeper tie a looser default cadence', () => {
    const defaultCadence = (d: { trust: number; theirUnderstanding: number }): number => {
      const cadence = resolveCadence({ cadenceMode: 'DEFAULT', cadenceDays: null }, d);
      if (!cadence) throw new Error('DEFAULT mode always has a cadence');
      return cadence.idealDays;
    };
    fc.assert(
      fc.property(depth, depth, (a, b) => {
        if (referralReadiness(a) > referralReadiness(b)) {
          expect(defaultCadence(a)).toBeLessThanOrEqual(defaultCadence(b));
        }
      }),
    );
  });

  it('orders the tiers from tightest to loosest default cadence', () => {
    const tiers: DepthTier[] = ['INNER', 'MIDDLE', 'OUTER'];
    const days = tiers.map((tier) => DEFAULT_CADENCE_DAYS[tier]);
    expect(days).toEqual([...days].sort((x, y) => x - y));
  });

  it('is monotone: raising either level never moves a person to an outer tier', () => {
    const rank: Record<DepthTier, number> = { INNER: 0, MIDDLE: 1, OUTER: 2 };
    fc.assert(
      fc.property(depth, level, level, (d, extraTrust, extraUnderstanding) => {
        const raised = {
          trust: Math.min(MAX_LEVEL, d.trust + extraTrust),
          theirUnderstanding: Math.min(MAX_LEVEL, d.theirUnderstanding + extraUnderstanding),
        };
        expect(rank[depthTier(raised)]).toBeLessThanOrEqual(rank[depthTier(d)]);
      }),
    );
  });
});

describe('weakerSide', () => {
  it('names the weaker of trust and their understanding, at the level readiness is bounded by', () => {
    expect(weakerSide({ trust: 1, theirUnderstanding: 4 })).toEqual({ side: 'TRUST', level: 1 });
    expect(weakerSide({ trust: 4, theirUnderstanding: 2 })).toEqual({
      side: 'UNDERSTANDING',
      level: 2,
    });
    expect(weakerSide({ trust: 3, theirUnderstanding: 3 })).toEqual({ side: 'NONE', level: 3 });
    fc.assert(
      fc.property(depth, (d) => {
        expect(weakerSide(d).level).toBe(Math.min(d.trust, d.theirUnderstanding));
      }),
    );
  });
});
