import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWS_STRENGTHS } from '../buyers/knows-input.ts';
import { cadenceFromDays, dueState } from '../interactions/cadence.ts';
import { addElapsedDays } from '../shared/time.ts';
import { rankWeeklyList, type WeeklyCandidate, weeklyReason } from './rank.ts';
import { openPlaces, refillWeeklyList, type WeeklyListEntry } from './refill.ts';

const ZONE = 'Europe/London';
/** The end of the week of Monday 23 November 2026 in London, and a Wednesday in it. */
const WEEK_ENDS = new Date('2026-11-30T00:00:00Z');
const NOW = new Date('2026-11-25T10:00:00Z');

const candidate = fc.record({
  personId: fc.uuid(),
  lastDepthTouchAt: fc.option(
    fc.integer({ min: 0, max: 400 }).map((days) => addElapsedDays(NOW, -days)),
    { nil: null },
  ),
  createdAt: fc.integer({ min: 0, max: 800 }).map((days) => addElapsedDays(NOW, -days)),
  cadence: fc.constantFrom(7, 14, 30, 60, 90).map(cadenceFromDays),
  readiness: fc.constantFrom(0, 20, 40, 60, 80, 100),
  trust: fc.integer({ min: 0, max: 5 }),
  knowsStrength: fc.option(fc.constantFrom(...KNOWS_STRENGTHS), { nil: null }),
});

const candidates = fc.uniqueArray(candidate, { selector: (c) => c.personId, maxLength: 30 });

/** Entries on the list for some of the people, archived or not, in some order. */
const entriesOf = (people: readonly { personId: string }[]) =>
  fc
    .subarray([...people])
    .chain((chosen) =>
      fc.tuple(
        fc.shuffledSubarray(chosen, { minLength: chosen.length, maxLength: chosen.length }),
        fc.array(fc.boolean(), { minLength: chosen.length, maxLength: chosen.length }),
      ),
    )
    .map(([chosen, archived]) =>
      chosen.map(
        (person, position): WeeklyListEntry => ({
          personId: person.personId,
          position,
          archived: archived[position] ?? false,
        }),
      ),
    );

const refill = (
  entries: readonly WeeklyListEntry[],
  list: readonly WeeklyCandidate[],
  size: number,
) => refillWeeklyList({ entries, candidates: list, size, at: WEEK_ENDS, timezone: ZONE });

const isDue = (c: WeeklyCandidate) =>
  dueState(WEEK_ENDS, c.lastDepthTouchAt ?? c.createdAt, c.cadence, ZONE) !== 'OK';

const person = (personId: string, daysAgo: number): WeeklyCandidate => ({
  personId,
  lastDepthTouchAt: addElapsedDays(NOW, -daysAgo),
  createdAt: addElapsedDays(NOW, -400),
  cadence: cadenceFromDays(30),
  readiness: 0,
  trust: 0,
  knowsStrength: null,
});

describe('refillWeeklyList', () => {
  it('makes a new list exactly as the ranking does', () => {
    fc.assert(
      fc.property(candidates, fc.integer({ min: 1, max: 10 }), (list, size) => {
        expect(refill([], list, size)).toEqual({
          leaving: [],
          staying: [],
          picks: rankWeeklyList(list, WEEK_ENDS, size, ZONE),
        });
      }),
    );
  });

  it('keeps those still there in order, lets the archived go, and fills up to the size with new people', () => {
    fc.assert(
      fc.property(
        candidates.chain((list) => fc.tuple(fc.constant(list), entriesOf(list))),
        fc.integer({ min: 1, max: 10 }),
        ([list, entries], size) => {
          const { leaving, staying, picks } = refill(entries, list, size);
          expect(staying).toEqual(entries.filter((e) => !e.archived));
          expect(leaving).toEqual(entries.filter((e) => e.archived).map((e) => e.personId));
          const onList = new Set(entries.map((e) => e.personId));
          for (const pick of picks) expect(onList.has(pick.personId)).toBe(false);
          expect(picks.length).toBeLessThanOrEqual(openPlaces(entries, size));
          expect(staying.length + picks.length).toBeLessThanOrEqual(Math.max(size, staying.length));
          // Places stay free only when nobody else is due.
          const waiting = list.filter((c) => !onList.has(c.personId) && isDue(c));
          if (picks.length < openPlaces(entries, size)) {
            expect(picks.length).toBe(waiting.length);
          }
        },
      ),
    );
  });

  it('is never empty while someone not archived is due', () => {
    fc.assert(
      fc.property(
        candidates.chain((list) => fc.tuple(fc.constant(list), entriesOf(list))),
        fc.integer({ min: 1, max: 10 }),
        ([list, entries], size) => {
          const archived = new Set(entries.filter((e) => e.archived).map((e) => e.personId));
          const { staying, picks } = refill(
            entries,
            list.filter((c) => !archived.has(c.personId)),
            size,
          );
          const anyoneDue = list.some((c) => !archived.has(c.personId) && isDue(c));
          if (anyoneDue) expect(staying.length + picks.length).toBeGreaterThan(0);
        },
      ),
    );
  });

  it('gives two archived people’s places to the two most overdue people not on the list', () => {
    const entries: WeeklyListEntry[] = [
      { personId: 'ana', position: 0, archived: true },
      { personId: 'ben', position: 1, archived: false },
      { personId: 'cy', position: 2, archived: true },
    ];
    const result = refill(
      entries,
      [person('ben', 40), person('dee', 100), person('eve', 60), person('fay', 45)],
      3,
    );
    expect(result.leaving).toEqual(['ana', 'cy']);
    expect(result.staying.map((e) => e.personId)).toEqual(['ben']);
    expect(result.picks.map((p) => p.personId)).toEqual(['dee', 'eve']);
    const [first] = result.picks;
    expect(first && weeklyReason({ ...first.facts, actedAt: null }, NOW, ZONE)).toBe(
      '100 days since your last depth touch (cadence 30 days); readiness 0.',
    );
  });

  it('adds nobody to a full list, and keeps a list longer than a smaller new size', () => {
    const entries: WeeklyListEntry[] = [
      { personId: 'ben', position: 1, archived: false },
      { personId: 'ana', position: 0, archived: false },
    ];
    const result = refill(entries, [person('dee', 100)], 1);
    expect(result).toEqual({
      leaving: [],
      staying: [entries[1], entries[0]],
      picks: [],
    });
  });
});
