import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWS_STRENGTHS } from './knows-input.ts';
import { knowsStrengthRank, strongestKnowsStrength } from './knows-strength.ts';
import {
  daysSinceDepthTouch,
  freshness,
  rankWhoKnows,
  type WhoKnowsCandidate,
  whoKnowsScore,
} from './rank-who-knows.ts';

// 08:00 on 20 November in London; 21:00 in Auckland.
const NOW = new Date('2026-11-20T08:00:00Z');
const LONDON = 'Europe/London';

const candidate = (overrides: Partial<WhoKnowsCandidate>): WhoKnowsCandidate => ({
  id: '00000000-0000-4000-8000-000000000000',
  strength: 'KNOWS_PERSONALLY',
  readiness: 40,
  lastDepthTouchAt: new Date('2026-11-01T12:00:00Z'),
  ...overrides,
});

const strength = fc.constantFrom(...KNOWS_STRENGTHS);
const readiness = fc.integer({ min: 0, max: 100 });
/** Milliseconds before NOW, up to three years; null: never touched. */
const touch = fc.option(
  fc.integer({ min: 0, max: 3 * 366 * 86_400_000 }).map((ms) => new Date(NOW.getTime() - ms)),
  { nil: null },
);
const zone = fc.constantFrom('UTC', LONDON, 'Pacific/Auckland', 'America/New_York');
const anyCandidate = fc.record({
  id: fc.uuid(),
  strength,
  readiness,
  lastDepthTouchAt: touch,
});

/** Where `first` ends up against `second` when both are ranked. */
const firstRanksAhead = (first: WhoKnowsCandidate, second: WhoKnowsCandidate, timezone: string) =>
  rankWhoKnows([second, first], NOW, timezone)[0]?.candidate === first;

/** Two people alike in strength, readiness and last touch (each test then changes one). */
const pair = fc.tuple(anyCandidate, anyCandidate).map(([a, b]) => [a, { ...a, id: b.id }] as const);

describe('rankWhoKnows', () => {
  it('ranks a stronger tie no lower, all else equal', () => {
    fc.assert(
      fc.property(pair, strength, strength, zone, ([a, b], s1, s2, timezone) => {
        const [stronger, weaker] =
          knowsStrengthRank(s1) >= knowsStrengthRank(s2) ? [s1, s2] : [s2, s1];
        fc.pre(stronger !== weaker);
        expect(
          firstRanksAhead({ ...a, strength: stronger }, { ...b, strength: weaker }, timezone),
        ).toBe(true);
      }),
    );
  });

  it('ranks higher readiness no lower, all else equal', () => {
    fc.assert(
      fc.property(pair, readiness, readiness, zone, ([a, b], r1, r2, timezone) => {
        fc.pre(r1 !== r2);
        const [higher, lower] = r1 > r2 ? [r1, r2] : [r2, r1];
        expect(
          firstRanksAhead({ ...a, readiness: higher }, { ...b, readiness: lower }, timezone),
        ).toBe(true);
      }),
    );
  });

  it('ranks a fresher last depth touch no lower, all else equal; never touched is least fresh', () => {
    fc.assert(
      fc.property(pair, touch, touch, zone, ([a, b], t1, t2, timezone) => {
        const days = (t: Date | null) => daysSinceDepthTouch(t, NOW, timezone) ?? Infinity;
        fc.pre(days(t1) !== days(t2));
        const [fresher, staler] = days(t1) < days(t2) ? [t1, t2] : [t2, t1];
        expect(
          firstRanksAhead(
            { ...a, lastDepthTouchAt: fresher },
            { ...b, lastDepthTouchAt: staler },
            timezone,
          ),
        ).toBe(true);
      }),
    );
  });

  it('gives the same order whatever the input order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyCandidate, { selector: (c) => c.id, maxLength: 30 }),
        zone,
        (list, timezone) => {
          const order = (input: WhoKnowsCandidate[]) =>
            rankWhoKnows(input, NOW, timezone).map((entry) => entry.candidate.id);
          expect(order([...list].reverse())).toEqual(order(list));
        },
      ),
    );
  });

  it('breaks ties by id, as the database’s index does', () => {
    const same = { strength: 'WORKS_WITH', readiness: 60, lastDepthTouchAt: null } as const;
    const ranked = rankWhoKnows(
      [
        candidate({ ...same, id: 'b' }),
        candidate({ ...same, id: 'c' }),
        candidate({ ...same, id: 'a' }),
      ],
      NOW,
      LONDON,
    );
    expect(ranked.map((entry) => entry.candidate.id)).toEqual(['a', 'b', 'c']);
  });

  it('orders by a key that does not depend on today', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(anyCandidate, { selector: (c) => c.id, maxLength: 20 }),
        fc.integer({ min: 0, max: 2000 }),
        zone,
        (list, daysLater, timezone) => {
          const order = (now: Date) =>
            rankWhoKnows(list, now, timezone).map((entry) => entry.candidate.id);
          expect(order(new Date(NOW.getTime() + daysLater * 86_400_000))).toEqual(order(NOW));
        },
      ),
    );
  });

  it('orders as strength × readiness × freshness as of today', () => {
    fc.assert(
      fc.property(anyCandidate, anyCandidate, zone, (a, b, timezone) => {
        const score = (c: WhoKnowsCandidate) =>
          whoKnowsScore(c, daysSinceDepthTouch(c.lastDepthTouchAt, NOW, timezone));
        // Only where the scores differ clearly: never touched scores 0 for everyone.
        fc.pre(Math.abs(score(a) - score(b)) > 1e-9 * Math.max(score(a), score(b)));
        expect(firstRanksAhead(a, b, timezone)).toBe(score(a) > score(b));
      }),
    );
  });

  it('weighs strength, readiness and freshness together', () => {
    // Never met one-to-one, the introducer falls behind a ready contact met this month.
    const ready = candidate({ id: 'ready', strength: 'KNOWS_OF', readiness: 100 });
    const introducer = candidate({ id: 'introducer', strength: 'CAN_INTRODUCE', readiness: 20 });
    const neverMet = candidate({
      id: 'never',
      strength: 'CAN_INTRODUCE',
      readiness: 20,
      lastDepthTouchAt: null,
    });
    expect(
      rankWhoKnows([ready, neverMet, introducer], NOW, LONDON).map((e) => e.candidate.id),
    ).toEqual(['introducer', 'ready', 'never']);
  });

  it('counts calendar days since the last depth touch in the account’s zone', () => {
    // 23:30 on 19 November in London is already the 20th in Auckland: today there.
    const lateEvening = new Date('2026-11-19T23:30:00Z');
    expect(daysSinceDepthTouch(lateEvening, NOW, LONDON)).toBe(1);
    expect(daysSinceDepthTouch(lateEvening, NOW, 'Pacific/Auckland')).toBe(0);
    expect(daysSinceDepthTouch(null, NOW, LONDON)).toBeNull();
    // A touch logged ahead of the clock counts as today.
    expect(daysSinceDepthTouch(new Date('2026-11-25T10:00:00Z'), NOW, LONDON)).toBe(0);
    const [ranked] = rankWhoKnows([candidate({ lastDepthTouchAt: lateEvening })], NOW, LONDON);
    expect(ranked?.daysSince).toBe(1);
  });

  it('halves freshness every 90 days, from 1 today to 0 for the never touched', () => {
    expect(freshness(0)).toBe(1);
    expect(freshness(90)).toBe(0.5);
    expect(freshness(180)).toBe(0.25);
    expect(freshness(null)).toBe(0);
    expect(whoKnowsScore({ strength: 'CAN_INTRODUCE', readiness: 100 }, 0)).toBe(5);
    expect(whoKnowsScore({ strength: 'KNOWS_OF', readiness: 0 }, 90)).toBe(0.125);
  });
});

describe('strongestKnowsStrength', () => {
  it('picks the strongest tag, or null for none', () => {
    expect(strongestKnowsStrength([])).toBeNull();
    expect(
      strongestKnowsStrength(['WORKS_WITH', 'KNOWS_OF', 'CAN_INTRODUCE', 'KNOWS_PERSONALLY']),
    ).toBe('CAN_INTRODUCE');
    expect(strongestKnowsStrength(['KNOWS_OF', 'KNOWS_PERSONALLY'])).toBe('KNOWS_PERSONALLY');
  });
});
