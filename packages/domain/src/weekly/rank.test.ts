import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWS_STRENGTHS } from '../buyers/knows-input.ts';
import { cadenceFromDays } from '../interactions/cadence.ts';
import { addElapsedDays } from '../shared/time.ts';
import {
  rankWeeklyList,
  reconnectPriority,
  type WeeklyCandidate,
  type WeeklyReasonFacts,
  weeklyReason,
} from './rank.ts';
import { lastDayOf, weekContaining } from './week.ts';

const AT = new Date('2026-11-29T23:59:59Z');
const UTC = 'UTC';

const candidate = fc.record({
  personId: fc.uuid(),
  lastDepthTouchAt: fc.option(
    fc.integer({ min: 0, max: 400 }).map((days) => addElapsedDays(AT, -days)),
    { nil: null },
  ),
  createdAt: fc.integer({ min: 0, max: 800 }).map((days) => addElapsedDays(AT, -days)),
  cadence: fc.constantFrom(7, 14, 30, 60, 90).map(cadenceFromDays),
  readiness: fc.constantFrom(0, 20, 40, 60, 80, 100),
  trust: fc.integer({ min: 0, max: 5 }),
  knowsStrength: fc.option(fc.constantFrom(...KNOWS_STRENGTHS), { nil: null }),
});

const candidates = fc.uniqueArray(candidate, { selector: (c) => c.personId, maxLength: 40 });

const person = (overrides: Partial<WeeklyCandidate>): WeeklyCandidate => ({
  personId: '00000000-0000-4000-8000-000000000000',
  lastDepthTouchAt: addElapsedDays(AT, -45),
  createdAt: addElapsedDays(AT, -400),
  cadence: cadenceFromDays(30),
  readiness: 40,
  trust: 2,
  knowsStrength: null,
  ...overrides,
});

describe('rankWeeklyList', () => {
  it('never holds more than the list size, nor anyone twice', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 0, max: 20 }), (list, size) => {
        const picks = rankWeeklyList(list, AT, size, UTC);
        expect(picks.length).toBeLessThanOrEqual(size);
        expect(new Set(picks.map((p) => p.personId)).size).toBe(picks.length);
      }),
    );
  });

  it('gives the same list for the same data and clock, whatever the input order', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 10 }), (list, size) => {
        const reversed = [...list].reverse();
        expect(rankWeeklyList(reversed, AT, size, UTC)).toEqual(
          rankWeeklyList(list, AT, size, UTC),
        );
      }),
    );
  });

  it('lists only people due by then', () => {
    fc.assert(
      fc.property(candidates, (list) => {
        for (const pick of rankWeeklyList(list, AT, 20, UTC)) {
          const c = list.find((x) => x.personId === pick.personId);
          expect(c).toBeDefined();
          if (c) expect(reconnectPriority(c, AT, UTC)).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('ranks the more overdue, the readier and those who know a target buyer first', () => {
    const overdue = person({ personId: 'a', lastDepthTouchAt: addElapsedDays(AT, -90) });
    const ready = person({ personId: 'b', readiness: 100 });
    const knows = person({ personId: 'c', knowsStrength: 'CAN_INTRODUCE' });
    const plain = person({ personId: 'd' });
    const ids = rankWeeklyList([plain, knows, ready, overdue], AT, 4, UTC).map((p) => p.personId);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ranks someone who can introduce a target buyer above someone who only knows of one', () => {
    const introducer = person({ personId: 'z', knowsStrength: 'CAN_INTRODUCE' });
    const knowsOf = person({ personId: 'a', knowsStrength: 'KNOWS_OF' });
    const untagged = person({ personId: 'b' });
    const ids = rankWeeklyList([untagged, knowsOf, introducer], AT, 3, UTC).map((p) => p.personId);
    expect(ids).toEqual(['z', 'a', 'b']);
  });

  it('never ranks a stronger tie lower, all else equal', () => {
    fc.assert(
      fc.property(
        candidate,
        fc.constantFrom(...KNOWS_STRENGTHS),
        fc.constantFrom(...KNOWS_STRENGTHS),
        (c, s1, s2) => {
          const [weaker, stronger] = [s1, s2].sort(
            (x, y) => KNOWS_STRENGTHS.indexOf(x) - KNOWS_STRENGTHS.indexOf(y),
          );
          expect(
            reconnectPriority({ ...c, knowsStrength: stronger ?? null }, AT, UTC),
          ).toBeGreaterThanOrEqual(
            reconnectPriority({ ...c, knowsStrength: weaker ?? null }, AT, UTC),
          );
          expect(
            reconnectPriority({ ...c, knowsStrength: weaker ?? null }, AT, UTC),
          ).toBeGreaterThanOrEqual(reconnectPriority({ ...c, knowsStrength: null }, AT, UTC));
        },
      ),
    );
  });

  it('keeps the last place for a long-dormant trusted tie that would be ranked out', () => {
    const busy = ['a', 'b', 'c'].map((id) =>
      person({
        personId: id,
        readiness: 100,
        knowsStrength: 'CAN_INTRODUCE',
        lastDepthTouchAt: addElapsedDays(AT, -80),
      }),
    );
    const dormant = person({
      personId: 'z',
      trust: 3,
      readiness: 0,
      cadence: cadenceFromDays(90),
      lastDepthTouchAt: addElapsedDays(AT, -300),
    });
    const picks = rankWeeklyList([...busy, dormant], AT, 3, UTC);
    expect(picks.map((p) => [p.personId, p.facts.dormant])).toEqual([
      ['a', false],
      ['b', false],
      ['z', true],
    ]);
    const [, , revived] = picks;
    expect(revived && weeklyReason({ ...revived.facts, actedAt: null }, AT, UTC)).toBe(
      'A tie worth reviving: 300 days since your last depth touch; readiness 0.',
    );
  });
  it('lists those due by the week’s last day in the account’s zone, at 23:30 or 00:30 local', () => {
    // Monday 23 to Sunday 29 November 2026 in Auckland (NZDT, UTC+13).
    const week = weekContaining(new Date('2026-11-24T00:00:00Z'), 'Pacific/Auckland', 1);
    const monthly = { cadence: cadenceFromDays(30), createdAt: addElapsedDays(AT, -400) };
    // 23:30 on Friday 30 October there: due Sunday 29 November, this week.
    const lateEvening = person({
      ...monthly,
      personId: 'a',
      lastDepthTouchAt: new Date('2026-10-30T10:30:00Z'),
    });
    // 00:30 on Saturday 31 October: due Monday 30 November, next week.
    const justAfterMidnight = person({
      ...monthly,
      personId: 'b',
      lastDepthTouchAt: new Date('2026-10-30T11:30:00Z'),
    });
    const picks = rankWeeklyList(
      [lateEvening, justAfterMidnight],
      lastDayOf(week),
      5,
      'Pacific/Auckland',
    );
    const made = new Date('2026-11-24T00:00:00Z');
    expect(
      picks.map((p) => [
        p.personId,
        weeklyReason({ ...p.facts, actedAt: null }, made, 'Pacific/Auckland'),
      ]),
    ).toEqual([['a', '25 days since your last depth touch (cadence 30 days); readiness 40.']]);
  });
});

describe('reconnectPriority', () => {
  it('is never raised by a depth touch', () => {
    fc.assert(
      fc.property(candidate, fc.integer({ min: 0, max: 400 }), (c, touchDaysAgo) => {
        const touchedAt = addElapsedDays(AT, -touchDaysAgo);
        const latest =
          c.lastDepthTouchAt && c.lastDepthTouchAt > touchedAt ? c.lastDepthTouchAt : touchedAt;
        const anchorBefore = c.lastDepthTouchAt ?? c.createdAt;
        fc.pre(touchedAt >= c.createdAt || c.lastDepthTouchAt !== null);
        fc.pre(latest >= anchorBefore);
        const after = { ...c, lastDepthTouchAt: latest };
        expect(reconnectPriority(after, AT, UTC)).toBeLessThanOrEqual(
          reconnectPriority(c, AT, UTC),
        );
      }),
    );
  });
});

describe('weeklyReason', () => {
  const LONDON = 'Europe/London';
  /** Picked at 23:30 on Sunday 22 November 2026 in London, last touched at 09:00 on 1 October. */
  const picked = new Date('2026-11-22T23:30:00Z');
  const facts: WeeklyReasonFacts = {
    anchorKind: 'LAST_DEPTH_TOUCH',
    anchorAt: new Date('2026-10-01T08:00:00Z'),
    cadenceDays: 30,
    readiness: 60,
    knowsStrength: 'KNOWS_PERSONALLY',
    dormant: false,
  };

  it('counts the calendar days in the account’s zone up to when it is shown', () => {
    expect(weeklyReason({ ...facts, actedAt: null }, picked, LONDON)).toBe(
      '52 days since your last depth touch (cadence 30 days); readiness 60; knows a target buyer.',
    );
    // An hour later it is Monday there: one more day, though not 24 hours.
    expect(
      weeklyReason({ ...facts, actedAt: null }, addElapsedDays(picked, 1 / 24), LONDON),
    ).toMatch(/^53 days since/);
    expect(weeklyReason({ ...facts, actedAt: null }, addElapsedDays(picked, 3), LONDON)).toMatch(
      /^55 days since/,
    );
  });

  it('stops counting when the item was marked done or skipped', () => {
    const acted = { ...facts, actedAt: addElapsedDays(picked, 2) };
    expect(weeklyReason(acted, addElapsedDays(picked, 30), LONDON)).toMatch(/^54 days since/);
  });

  it('says a dormant tie is worth reviving, and counts someone never touched from when added', () => {
    expect(
      weeklyReason(
        {
          ...facts,
          anchorKind: 'ADDED',
          dormant: true,
          knowsStrength: null,
          actedAt: null,
        },
        picked,
        LONDON,
      ),
    ).toBe(
      'A tie worth reviving: 52 days since you added them, with no depth touch yet; readiness 60.',
    );
  });

  it('keeps the facts it was picked on', () => {
    const someone = person({ knowsStrength: 'WORKS_WITH', readiness: 80 });
    const [pick] = rankWeeklyList([someone], AT, 1, UTC);
    expect(pick?.facts).toEqual({
      anchorKind: 'LAST_DEPTH_TOUCH',
      anchorAt: someone.lastDepthTouchAt,
      cadenceDays: 30,
      readiness: 80,
      knowsStrength: 'WORKS_WITH',
      dormant: false,
    });
  });
});
