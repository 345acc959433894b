import { TZDate } from '@date-fns/tz';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from '../depth/levels.ts';
import { DAY_MS, startOfDayIn } from '../shared/time.ts';
import {
  type Cadence,
  type CadenceMode,
  cadenceAnchor,
  cadenceFromDays,
  DEFAULT_CADENCE_DAYS,
  daysSinceAnchor,
  dueState,
  MAX_GAP_FACTOR,
  nextDueAt,
  resolveCadence,
  sinceAnchorText,
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
const UTC = 'UTC';

/** The zones the cadence must count calendar days in, across both of their clock changes. */
const ZONES = ['Europe/London', 'America/New_York', 'Pacific/Auckland'] as const;
const zone = fc.constantFrom(...ZONES, UTC);

/** The 2026 clock changes: spring forward and fall back in each zone (Auckland's are reversed). */
const CLOCK_CHANGES: Record<(typeof ZONES)[number], string[]> = {
  'Europe/London': ['2026-03-29', '2026-10-25'],
  'America/New_York': ['2026-03-08', '2026-11-01'],
  'Pacific/Auckland': ['2026-09-27', '2026-04-05'],
};

const localDate = (at: Date, timezone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(at);
const localTime = (at: Date, timezone: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit' })
    .format(at)
    .replace(/^24/, '00');
const plusDays = (ymd: string, days: number) =>
  new Date(Date.parse(`${ymd}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * A touch late in the evening or just after midnight (or at any minute) in London, New York or
 * Auckland, within a fortnight either side of one of their clock changes, and a cadence that
 * often ends right on the other side of it.
 */
const touchNearClockChange = fc
  .record({
    timezone: fc.constantFrom(...ZONES),
    change: fc.constantFrom(0, 1),
    dayOffset: fc.integer({ min: -14, max: 14 }),
    minuteOfDay: fc.oneof(fc.constantFrom(30, 23 * 60 + 30), fc.integer({ min: 0, max: 1439 })),
    cadence: fc.oneof(fc.integer({ min: 1, max: 30 }), cadenceDays).map(cadenceFromDays),
  })
  .map(({ timezone, change, dayOffset, minuteOfDay, cadence: c }) => {
    const day = plusDays(CLOCK_CHANGES[timezone][change] ?? '', dayOffset);
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    const hours = Math.floor(minuteOfDay / 60);
    const touch = new Date(
      new TZDate(year, month - 1, date, hours, minuteOfDay % 60, timezone).getTime(),
    );
    return { timezone, touch, cadence: c };
  });

/**
 * An anchor, a cadence, a zone and a "now" spread across that cadence's gaps, with the starts of
 * the days where the state changes (and one millisecond either side) drawn often.
 */
const scenario = fc.tuple(date, cadence, zone).chain(([anchorAt, c, z]) =>
  fc.record({
    anchor: fc.constant(anchorAt),
    cadence: fc.constant(c),
    timezone: fc.constant(z),
    now: fc.oneof(
      fc
        .integer({ min: -2 * DAY_MS, max: 2 * c.maxDays * DAY_MS })
        .map((offset) => new Date(anchorAt.getTime() + offset)),
      fc
        .tuple(fc.constantFrom(0, c.idealDays, c.maxDays), fc.constantFrom(-1, 0, 1))
        .map(([days, ms]) => new Date(startOfDayIn(anchorAt, z, { days }).getTime() + ms)),
    ),
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
  it('is the start of the day the ideal gap after the anchor’s day, in the zone', () => {
    expect(nextDueAt(anchor, monthly, UTC)).toEqual(at('2026-11-19T00:00:00Z'));
    expect(nextDueAt(anchor, cadenceFromDays(7), UTC)).toEqual(at('2026-10-27T00:00:00Z'));
    // 09:00 UTC on 20 October is 22:00 in Auckland: its day there is the 20th, due 27th NZ time.
    expect(nextDueAt(anchor, cadenceFromDays(7), 'Pacific/Auckland')).toEqual(
      at('2026-10-26T11:00:00Z'),
    );
  });

  it('is null without a cadence', () => {
    expect(nextDueAt(anchor, null, UTC)).toBeNull();
  });

  it('counts calendar days across a clock change, at 23:30 and at 00:30 local', () => {
    // 23:30 on Saturday 28 March in London, the night summer time starts: a week later is
    // Saturday 4 April from midnight BST, not 23:30 UTC (00:30 on the 5th, a day late).
    expect(nextDueAt(at('2026-03-28T23:30:00Z'), cadenceFromDays(7), 'Europe/London')).toEqual(
      at('2026-04-03T23:00:00Z'),
    );
    // 00:30 BST on Sunday 25 October, the night summer time ends (still the 24th in UTC): due
    // Sunday 1 November, not 23:30 on the 31st (a day early).
    expect(nextDueAt(at('2026-10-24T23:30:00Z'), cadenceFromDays(7), 'Europe/London')).toEqual(
      at('2026-11-01T00:00:00Z'),
    );
    // 23:30 on Saturday 7 March in New York, before clocks go forward: due Saturday 14 March.
    expect(nextDueAt(at('2026-03-08T04:30:00Z'), cadenceFromDays(7), 'America/New_York')).toEqual(
      at('2026-03-14T04:00:00Z'),
    );
    // 00:30 on Sunday 5 April in Auckland, as summer time ends: due Sunday 12 April.
    expect(nextDueAt(at('2026-04-04T11:30:00Z'), cadenceFromDays(7), 'Pacific/Auckland')).toEqual(
      at('2026-04-11T12:00:00Z'),
    );
  });

  it('is day D + N at local midnight for a touch on day D, across the clock changes in London, New York and Auckland', () => {
    fc.assert(
      fc.property(touchNearClockChange, ({ timezone, touch, cadence: c }) => {
        const due = nextDueAt(touch, c, timezone);
        if (!due) throw new Error('a cadence always gives a due date');
        expect(localDate(due, timezone)).toBe(plusDays(localDate(touch, timezone), c.idealDays));
        expect(localTime(due, timezone)).toBe('00:00');
        expect(daysSinceAnchor(due, touch, timezone)).toBe(c.idealDays);
      }),
    );
  });

  it('is exactly when the person turns DUE and staleness reaches 1', () => {
    fc.assert(
      fc.property(
        fc.oneof(touchNearClockChange, fc.record({ touch: date, cadence, timezone: zone })),
        ({ touch, cadence: c, timezone }) => {
          const due = nextDueAt(touch, c, timezone);
          if (!due) throw new Error('a cadence always gives a due date');
          const justBefore = new Date(due.getTime() - 1);
          expect(staleness(due, touch, c, timezone)).toBe(1);
          expect(staleness(justBefore, touch, c, timezone)).toBeLessThan(1);
          expect(dueState(justBefore, touch, c, timezone)).toBe('OK');
          expect(dueState(due, touch, c, timezone)).toBe('DUE');
        },
      ),
    );
  });

  it('never moves earlier when the anchor moves later', () => {
    fc.assert(
      fc.property(date, date, cadence, zone, (a, b, c, z) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const dueEarlier = nextDueAt(earlier, c, z);
        const dueLater = nextDueAt(later, c, z);
        if (!dueEarlier || !dueLater) throw new Error('a cadence always gives a due date');
        expect(dueLater.getTime()).toBeGreaterThanOrEqual(dueEarlier.getTime());
      }),
    );
  });
});

describe('sinceAnchorText', () => {
  it('counts the days since the last touch, or since they were added', () => {
    expect(sinceAnchorText(1, true)).toBe('1 day since your last depth touch');
    expect(sinceAnchorText(53, true)).toBe('53 days since your last depth touch');
    expect(sinceAnchorText(0, false)).toBe('0 days since you added them, with no depth touch yet');
  });
});

describe('staleness', () => {
  it('is calendar days since the anchor’s day divided by the ideal gap', () => {
    expect(staleness(anchor, anchor, monthly, UTC)).toBe(0);
    expect(staleness(at('2026-11-04T09:00:00Z'), anchor, monthly, UTC)).toBe(0.5);
    expect(staleness(at('2026-11-19T00:00:00Z'), anchor, monthly, UTC)).toBe(1);
    expect(staleness(at('2026-12-19T09:00:00Z'), anchor, monthly, UTC)).toBe(2);
    // Later the same day is still day 0; one minute past midnight is day 1.
    expect(staleness(at('2026-10-20T23:59:00Z'), anchor, monthly, UTC)).toBe(0);
    expect(staleness(at('2026-10-21T00:01:00Z'), anchor, monthly, UTC)).toBe(1 / 30);
  });

  it('is null without a cadence', () => {
    expect(staleness(at('2030-01-01T00:00:00Z'), anchor, null, UTC)).toBeNull();
  });

  it('is never negative, even for an anchor in the future', () => {
    expect(staleness(at('2026-10-19T09:00:00Z'), anchor, monthly, UTC)).toBe(0);
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c, timezone }) => {
        expect(staleness(now, a, c, timezone)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('reaches 1 exactly from the due day on', () => {
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c, timezone }) => {
        const s = staleness(now, a, c, timezone);
        if (s === null) throw new Error('a cadence always gives a staleness');
        const due = nextDueAt(a, c, timezone);
        expect(s >= 1).toBe(due !== null && now >= due);
      }),
    );
  });

  it('grows with time and shrinks with a later anchor', () => {
    fc.assert(
      fc.property(date, date, date, cadence, zone, (x, y, a, c, z) => {
        const [earlier, later] = x <= y ? [x, y] : [y, x];
        expect(staleness(later, a, c, z)).toBeGreaterThanOrEqual(staleness(earlier, a, c, z) ?? 0);
        expect(staleness(a, later, c, z)).toBeLessThanOrEqual(staleness(a, earlier, c, z) ?? 0);
      }),
    );
  });

  it('is lower for a longer cadence', () => {
    fc.assert(
      fc.property(date, date, cadenceDays, cadenceDays, zone, (now, a, d1, d2, z) => {
        const [shorter, longer] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(staleness(now, a, cadenceFromDays(longer), z)).toBeLessThanOrEqual(
          staleness(now, a, cadenceFromDays(shorter), z) ?? 0,
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
    expect(dueState(at('2040-01-01T00:00:00Z'), anchor, none, UTC)).toBe('NO_CADENCE');
    fc.assert(
      fc.property(date, date, zone, (now, a, z) => {
        expect(dueState(now, a, null, z)).toBe('NO_CADENCE');
      }),
    );
  });

  it('is OK before the ideal gap’s day, DUE from it, OVERDUE from the maximum gap’s day', () => {
    // monthly: ideal 30 days, maximum 45 days; the anchor is on 20 October.
    expect(dueState(anchor, anchor, monthly, UTC)).toBe('OK');
    expect(dueState(at('2026-11-18T23:59:59.999Z'), anchor, monthly, UTC)).toBe('OK');
    expect(dueState(at('2026-11-19T00:00:00Z'), anchor, monthly, UTC)).toBe('DUE');
    expect(dueState(at('2026-12-03T23:59:59.999Z'), anchor, monthly, UTC)).toBe('DUE');
    expect(dueState(at('2026-12-04T00:00:00Z'), anchor, monthly, UTC)).toBe('OVERDUE');
    expect(dueState(at('2027-10-20T09:00:00Z'), anchor, monthly, UTC)).toBe('OVERDUE');
  });

  it('counts the days in the account’s zone', () => {
    // 20 October 09:00 UTC is 22:00 in Auckland; 18 November 12:00 UTC is already the 19th there.
    const eveningThere = at('2026-11-18T12:00:00Z');
    expect(dueState(eveningThere, anchor, monthly, UTC)).toBe('OK');
    expect(dueState(eveningThere, anchor, monthly, 'Pacific/Auckland')).toBe('DUE');
  });

  it('is OK for an anchor in the future', () => {
    expect(dueState(at('2026-10-19T09:00:00Z'), anchor, monthly, UTC)).toBe('OK');
  });

  it('orders OK before the ideal day, DUE from it to the maximum day, OVERDUE after', () => {
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c, timezone }) => {
        const days = daysSinceAnchor(now, a, timezone);
        const expected = days >= c.maxDays ? 'OVERDUE' : days >= c.idealDays ? 'DUE' : 'OK';
        expect(dueState(now, a, c, timezone)).toBe(expected);
        expect(dueState(now, a, c, timezone) !== 'OK').toBe(
          now >= (nextDueAt(a, c, timezone) ?? now),
        );
      }),
    );
  });

  it('agrees with staleness: DUE or OVERDUE exactly when staleness is 1 or more', () => {
    fc.assert(
      fc.property(scenario, ({ now, anchor: a, cadence: c, timezone }) => {
        const state = dueState(now, a, c, timezone);
        expect(state === 'DUE' || state === 'OVERDUE').toBe(
          (staleness(now, a, c, timezone) ?? 0) >= 1,
        );
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
        zone,
        (a, t, dt, c, z) => {
          const earlier = new Date(a.getTime() + t);
          const later = new Date(earlier.getTime() + dt);
          expect(rank[dueState(later, a, c, z)]).toBeGreaterThanOrEqual(
            rank[dueState(earlier, a, c, z)],
          );
        },
      ),
    );
  });

  it('is OK right after the anchor and OVERDUE from the maximum gap’s day', () => {
    fc.assert(
      fc.property(date, cadence, zone, (a, c, z) => {
        expect(dueState(a, a, c, z)).toBe('OK');
        expect(dueState(startOfDayIn(a, z, { days: c.maxDays }), a, c, z)).toBe('OVERDUE');
      }),
    );
  });
});
