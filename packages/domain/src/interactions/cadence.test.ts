import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from '../depth/levels.ts';
import { addDays, DAY_MS } from '../shared/time.ts';
import {
  type Cadence,
  type CadenceMode,
  cadenceAnchor,
  cadenceFromDays,
  DEFAULT_CADENCE_DAYS,
  dueState,
  MAX_GAP_FACTOR,
  nextDueAt,
  resolveCadence,
  staleness,
} from './cadence.ts';

const at = (iso: string): Date => new Date(iso);
const anchor = at('2026-10-20T09:00:00Z');

const level = fc.integer({ min: MIN_LEVEL, max: MAX_LEVEL });
const depth = fc.record({ trust: level, theirUnderstanding: level });
/** The database allows custom cadences of 1..730 days. */
const cadenceDays = fc.integer({ min: 1, max: 730 });
const cadence = cadenceDays.map(cadenceFromDays);
const date = fc.date({
  min: at('2000-01-01T00:00:00Z'),
  max: at('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});

const monthly: Cadence = cadenceFromDays(30);

/**
 * An anchor, a cadence and a "now" spread across that cadence's gaps, with the exact
 * boundaries (and one millisecond past them) drawn often.
 */
const scenario = fc.tuple(date, cadence).chain(([anchorAt, c]) =>
  fc.record({
    anchor: fc.constant(anchorAt),
    cadence: fc.constant(c),
    now: fc
      .oneof(
        fc.integer({ min: -2 * DAY_MS, max: 2 * c.maxDays * DAY_MS }),
        fc.constantFrom(
          -1,
          0,
          c.idealDays * DAY_MS - 1,
          c.idealDays * DAY_MS,
          c.idealDays * DAY_MS + 1,
          c.maxDays * DAY_MS,
          c.maxDays * DAY_MS + 1,
        ),
      )
      .map((offset) => new Date(anchorAt.getTime() + offset)),
  }),
);

describe('cadenceFromDays', () => {
  it('makes the maximum gap half as long again as the ideal gap', () => {
    expect(MAX_GAP_FACTOR).toBe(1.5);
    expect(cadenceFromDays(30)).toEqual({ idealDays: 30, maxDays: 45 });
    expect(cadenceFromDays(7)).toEqual({ idealDays: 7, maxDays: 11 });
    expect(cadenceFromDays(1)).toEqual({ idealDays: 1, maxDays: 2 });
    expect(cadenceFromDays(365)).toEqual({ idealDays: 365, maxDays: 548 });
  });

  it('always leaves a DUE window: a whole maximum gap longer than the ideal one', () => {
    fc.assert(
      fc.property(cadenceDays, (days) => {
        const { idealDays, maxDays } = cadenceFromDays(days);
        expect(idealDays).toBe(days);
        expect(Number.isInteger(maxDays)).toBe(true);
        expect(maxDays).toBeGreaterThan(idealDays);
        expect(Math.abs(maxDays - idealDays * MAX_GAP_FACTOR)).toBeLessThanOrEqual(0.5);
      }),
    );
  });
});

describe('resolveCadence', () => {
  it('has no cadence in mode NONE, even with days set', () => {
    expect(
      resolveCadence({ cadenceMode: 'NONE', cadenceDays: 14 }, { trust: 5, theirUnderstanding: 5 }),
    ).toBeNull();
    expect(
      resolveCadence(
        { cadenceMode: 'NONE', cadenceDays: null },
        { trust: 0, theirUnderstanding: 0 },
      ),
    ).toBeNull();
  });

  it('uses the custom days in mode CUSTOM, whatever the depth', () => {
    fc.assert(
      fc.property(cadenceDays, depth, (days, d) => {
        expect(resolveCadence({ cadenceMode: 'CUSTOM', cadenceDays: days }, d)).toEqual(
          cadenceFromDays(days),
        );
      }),
    );
  });

  it('falls back to the default when CUSTOM has no days', () => {
    fc.assert(
      fc.property(depth, (d) => {
        expect(resolveCadence({ cadenceMode: 'CUSTOM', cadenceDays: null }, d)).toEqual(
          resolveCadence({ cadenceMode: 'DEFAULT', cadenceDays: null }, d),
        );
      }),
    );
  });

  it('takes the default from the depth tier (deeper ties get a tighter default)', () => {
    const defaultFor = (trust: number, theirUnderstanding: number) =>
      resolveCadence({ cadenceMode: 'DEFAULT', cadenceDays: null }, { trust, theirUnderstanding });
    expect(defaultFor(0, 0)).toEqual(cadenceFromDays(DEFAULT_CADENCE_DAYS.OUTER));
    expect(defaultFor(5, 0)).toEqual(cadenceFromDays(90));
    expect(defaultFor(1, 1)).toEqual(cadenceFromDays(DEFAULT_CADENCE_DAYS.MIDDLE));
    expect(defaultFor(2, 4)).toEqual(cadenceFromDays(60));
    expect(defaultFor(3, 3)).toEqual(cadenceFromDays(DEFAULT_CADENCE_DAYS.INNER));
    expect(defaultFor(5, 5)).toEqual(cadenceFromDays(30));
  });

  it('ignores stale custom days in mode DEFAULT', () => {
    expect(
      resolveCadence(
        { cadenceMode: 'DEFAULT', cadenceDays: 7 },
        { trust: 0, theirUnderstanding: 0 },
      ),
    ).toEqual(cadenceFromDays(90));
  });

  it('uses the account’s own defaults when given', () => {
    const defaults = { INNER: 14, MIDDLE: 28, OUTER: 56 };
    const setting = { cadenceMode: 'DEFAULT' as const, cadenceDays: null };
    expect(resolveCadence(setting, { trust: 4, theirUnderstanding: 4 }, defaults)).toEqual(
      cadenceFromDays(14),
    );
    expect(resolveCadence(setting, { trust: 2, theirUnderstanding: 4 }, defaults)).toEqual(
      cadenceFromDays(28),
    );
    expect(resolveCadence(setting, { trust: 0, theirUnderstanding: 4 }, defaults)).toEqual(
      cadenceFromDays(56),
    );
  });

  it('returns a cadence for every mode but NONE', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<CadenceMode>('DEFAULT', 'CUSTOM', 'NONE'),
        fc.option(cadenceDays, { nil: null }),
        depth,
        (cadenceMode, days, d) => {
          const resolved = resolveCadence({ cadenceMode, cadenceDays: days }, d);
          expect(resolved === null).toBe(cadenceMode === 'NONE');
        },
      ),
    );
  });
});

describe('cadenceAnchor', () => {
  it('starts the clock at the last depth touch', () => {
    const touched = at('2026-09-01T12:00:00Z');
    expect(cadenceAnchor(touched, at('2025-01-01T00:00:00Z'))).toBe(touched);
  });

  it('starts the clock when the person was added if never touched', () => {
    const added = at('2026-01-05T08:30:00Z');
    expect(cadenceAnchor(null, added)).toBe(added);
  });
});

describe('nextDueAt', () => {
  it('is the anchor plus the ideal gap', () => {
    expect(nextDueAt(anchor, monthly)).toEqual(at('2026-11-19T09:00:00Z'));
    expect(nextDueAt(anchor, cadenceFromDays(7))).toEqual(at('2026-10-27T09:00:00Z'));
  });

  it('is null without a cadence', () => {
    expect(nextDueAt(anchor, null)).toBeNull();
  });

  it('counts whole 24-hour days, unaffected by daylight saving', () => {
    // 25 October 2026 is the end of summer time in Europe; the UTC instant still moves 24h/day.
    expect(nextDueAt(at('2026-10-20T09:00:00Z'), cadenceFromDays(10))).toEqual(
      at('2026-10-30T09:00:00Z'),
    );
  });

  it('is exactly when the person turns DUE and staleness reaches 1', () => {
    fc.assert(
      fc.property(date, cadence, (a, c) => {
        const due = nextDueAt(a, c);
        if (!due) throw new Error('a cadence always gives a due date');
        expect(staleness(due, a, c)).toBe(1);
        expect(dueState(due, a, c)).toBe('OK');
        expect(dueState(new Date(due.getTime() + 1), a, c)).toBe('DUE');
      }),
    );
  });

  it('never moves earlier when the anchor moves later', () => {
    fc.assert(
      fc.property(date, date, cadence, (a, b, c) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const dueEarlier = nextDueAt(earlier, c);
        const dueLater = nextDueAt(later, c);
        if (!dueEarlier || !dueLater) throw new Error('a cadence always gives a due date');
        expect(dueLater.getTime()).toBeGreaterThanOrEqual(dueEarlier.getTime());
      }),
    );
  });
});

describe('staleness', () => {
  it('is days since the anchor divided by the ideal gap', () => {
    expect(staleness(anchor, anchor, monthly)).toBe(0);
    expect(staleness(at('2026-11-04T09:00:00Z'), anchor, monthly)).toBe(0.5);
    expect(staleness(at('2026-11-19T09:00:00Z'), anchor, monthly)).toBe(1);
    expect(staleness(at('2026-12-19T09:00:00Z'), anchor, monthly)).toBe(2);
    expect(staleness(at('2026-10-20T21:00:00Z'), anchor, monthly)).toBeCloseTo(0.5 / 30, 12);
  });

  it('is null without a cadence', () => {
    expect(staleness(at('2030-01-01T00:00:00Z'), anchor, null)).toBeNull();
  });

  it('is never negative, even for an anchor in the future', () => {
    expect(staleness(at('2026-10-19T09:00:00Z'), anchor, monthly)).toBe(0);
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c }) => {
        expect(staleness(now, a, c)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('is above 1 exactly when past the ideal gap', () => {
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c }) => {
        const s = staleness(now, a, c);
        if (s === null) throw new Error('a cadence always gives a staleness');
        const pastIdeal = now.getTime() - a.getTime() > c.idealDays * DAY_MS;
        expect(s > 1).toBe(pastIdeal);
      }),
    );
  });

  it('grows with time and shrinks with a later anchor', () => {
    fc.assert(
      fc.property(date, date, date, cadence, (x, y, a, c) => {
        const [earlier, later] = x <= y ? [x, y] : [y, x];
        expect(staleness(later, a, c)).toBeGreaterThanOrEqual(staleness(earlier, a, c) ?? 0);
        expect(staleness(a, later, c)).toBeLessThanOrEqual(staleness(a, earlier, c) ?? 0);
      }),
    );
  });

  it('is lower for a longer cadence', () => {
    fc.assert(
      fc.property(date, date, cadenceDays, cadenceDays, (now, a, d1, d2) => {
        const [shorter, longer] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(staleness(now, a, cadenceFromDays(longer))).toBeLessThanOrEqual(
          staleness(now, a, cadenceFromDays(shorter)) ?? 0,
        );
      }),
    );
  });
});

describe('dueState', () => {
  it('is NO_CADENCE in mode NONE', () => {
    const none = resolveCadence(
      { cadenceMode: 'NONE', cadenceDays: 30 },
      { trust: 0, theirUnderstanding: 0 },
    );
    expect(dueState(at('2040-01-01T00:00:00Z'), anchor, none)).toBe('NO_CADENCE');
    fc.assert(
      fc.property(date, date, (now, a) => {
        expect(dueState(now, a, null)).toBe('NO_CADENCE');
      }),
    );
  });

  it('is OK up to and including the ideal gap, DUE up to the maximum, then OVERDUE', () => {
    // monthly: ideal 30 days, maximum 45 days.
    expect(dueState(anchor, anchor, monthly)).toBe('OK');
    expect(dueState(at('2026-11-19T09:00:00Z'), anchor, monthly)).toBe('OK');
    expect(dueState(at('2026-11-19T09:00:00.001Z'), anchor, monthly)).toBe('DUE');
    expect(dueState(at('2026-12-04T09:00:00Z'), anchor, monthly)).toBe('DUE');
    expect(dueState(at('2026-12-04T09:00:00.001Z'), anchor, monthly)).toBe('OVERDUE');
    expect(dueState(at('2027-10-20T09:00:00Z'), anchor, monthly)).toBe('OVERDUE');
  });

  it('is OK for an anchor in the future', () => {
    expect(dueState(at('2026-10-19T09:00:00Z'), anchor, monthly)).toBe('OK');
  });

  it('orders OK before ideal, DUE between ideal and max, OVERDUE after max', () => {
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c }) => {
        const elapsed = now.getTime() - a.getTime();
        const expected =
          elapsed > c.maxDays * DAY_MS ? 'OVERDUE' : elapsed > c.idealDays * DAY_MS ? 'DUE' : 'OK';
        expect(dueState(now, a, c)).toBe(expected);
      }),
    );
  });

  it('agrees with staleness: DUE or OVERDUE exactly when staleness is above 1', () => {
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c }) => {
        const state = dueState(now, a, c);
        expect(state === 'DUE' || state === 'OVERDUE').toBe((staleness(now, a, c) ?? 0) > 1);
      }),
    );
  });

  it('never goes back to a better state as time passes', () => {
    const rank = { NO_CADENCE: -1, OK: 0, DUE: 1, OVERDUE: 2 } as const;
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: 0, max: 2_000 * DAY_MS }),
        fc.nat(),
        cadence,
        (a, t, dt, c) => {
          const earlier = new Date(a.getTime() + t);
          const later = new Date(earlier.getTime() + dt);
          expect(rank[dueState(later, a, c)]).toBeGreaterThanOrEqual(rank[dueState(earlier, a, c)]);
        },
      ),
    );
  });

  it('is OK right after the anchor and OVERDUE a day after the maximum gap', () => {
    fc.assert(
      fc.property(date, cadence, (a, c) => {
        expect(dueState(a, a, c)).toBe('OK');
        expect(dueState(addDays(a, c.maxDays + 1), a, c)).toBe('OVERDUE');
      }),
    );
  });
});
