import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_LEVEL, MIN_LEVEL } from '../depth/levels.ts';
import { lastDepthTouchAfter } from './apply-touch.ts';
import {
  type CadenceMode,
  cadenceAnchor,
  DEFAULT_CADENCE_DAYS,
  nextDueAt,
  resolveCadence,
} from './cadence.ts';
import { INTERACTION_KINDS, type InteractionKind } from './kinds.ts';
import { nextDueFor, type ScheduledPerson } from './schedule.ts';

const at = (iso: string): Date => new Date(iso);

const date = fc.date({
  min: at('2000-01-01T00:00:00Z'),
  max: at('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const level = fc.integer({ min: MIN_LEVEL, max: MAX_LEVEL });
const person: fc.Arbitrary<ScheduledPerson> = fc.record({
  cadenceMode: fc.constantFrom<CadenceMode>('DEFAULT', 'CUSTOM', 'NONE'),
  cadenceDays: fc.option(fc.integer({ min: 1, max: 730 }), { nil: null }),
  trust: level,
  theirUnderstanding: level,
  lastDepthTouchAt: fc.option(date, { nil: null }),
  createdAt: date,
});
const defaults = fc.record({
  INNER: fc.integer({ min: 1, max: 730 }),
  MIDDLE: fc.integer({ min: 1, max: 730 }),
  OUTER: fc.integer({ min: 1, max: 730 }),
});

const UTC = { timezone: 'UTC' };
const zone = fc.constantFrom('UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland');

const base: ScheduledPerson = {
  cadenceMode: 'DEFAULT',
  cadenceDays: null,
  trust: 0,
  theirUnderstanding: 0,
  lastDepthTouchAt: null,
  createdAt: at('2026-10-20T09:00:00Z'),
};

describe('nextDueFor', () => {
  it('puts a new, untouched contact due one default cadence after they were added', () => {
    expect(nextDueFor(base, UTC)).toEqual(at('2027-01-18T00:00:00Z'));
  });

  it('counts from the last depth touch', () => {
    expect(
      nextDueFor(
        {
          ...base,
          trust: 3,
          theirUnderstanding: 4,
          lastDepthTouchAt: at('2026-11-01T12:00:00Z'),
        },
        UTC,
      ),
    ).toEqual(at('2026-12-01T00:00:00Z'));
  });

  it('uses a custom cadence', () => {
    expect(nextDueFor({ ...base, cadenceMode: 'CUSTOM', cadenceDays: 7 }, UTC)).toEqual(
      at('2026-10-27T00:00:00Z'),
    );
  });

  it('is null in mode NONE', () => {
    expect(nextDueFor({ ...base, cadenceMode: 'NONE', cadenceDays: 7 }, UTC)).toBeNull();
  });

  it('uses the account’s defaults', () => {
    expect(
      nextDueFor(base, { timezone: 'UTC', cadenceDefaults: { INNER: 10, MIDDLE: 20, OUTER: 40 } }),
    ).toEqual(at('2026-11-29T00:00:00Z'));
  });

  it('counts calendar days in the account’s zone', () => {
    // 09:00 UTC on 20 October is 05:00 in New York and 22:00 in Auckland, the same date.
    expect(nextDueFor(base, { timezone: 'America/New_York' })).toEqual(at('2027-01-18T05:00:00Z'));
    expect(nextDueFor(base, { timezone: 'Pacific/Auckland' })).toEqual(at('2027-01-17T11:00:00Z'));
  });

  it('is the cadence anchor plus the resolved cadence', () => {
    fc.assert(
      fc.property(person, fc.option(defaults, { nil: undefined }), zone, (p, d, timezone) => {
        expect(nextDueFor(p, { timezone, cadenceDefaults: d })).toEqual(
          nextDueAt(
            cadenceAnchor(p.lastDepthTouchAt, p.createdAt),
            resolveCadence(p, p, d ?? DEFAULT_CADENCE_DAYS),
            timezone,
          ),
        );
      }),
    );
  });

  it('is null exactly when the cadence mode is NONE', () => {
    fc.assert(
      fc.property(person, (p) => {
        expect(nextDueFor(p, UTC) === null).toBe(p.cadenceMode === 'NONE');
      }),
    );
  });

  it('never moves earlier after a depth touch (for someone touched before)', () => {
    fc.assert(
      fc.property(
        person,
        date,
        fc.constantFrom(...INTERACTION_KINDS),
        date,
        (p, previous, kind, occurredAt) => {
          const before = { ...p, lastDepthTouchAt: previous };
          const after = {
            ...before,
            lastDepthTouchAt: lastDepthTouchAfter(previous, { kind, occurredAt }),
          };
          const dueBefore = nextDueFor(before, UTC);
          const dueAfter = nextDueFor(after, UTC);
          if (dueBefore && dueAfter) {
            expect(dueAfter.getTime()).toBeGreaterThanOrEqual(dueBefore.getTime());
          } else {
            expect(dueAfter).toBe(dueBefore);
          }
        },
      ),
    );
  });

  it('never moves earlier after a first depth touch on or after the day they were added', () => {
    fc.assert(
      fc.property(person, fc.integer({ min: 0, max: 3_650 * 86_400_000 }), (p, later) => {
        const before = { ...p, lastDepthTouchAt: null };
        const occurredAt = new Date(p.createdAt.getTime() + later);
        const after = {
          ...before,
          lastDepthTouchAt: lastDepthTouchAfter(null, { kind: 'ONE_TO_ONE', occurredAt }),
        };
        const dueBefore = nextDueFor(before, UTC);
        const dueAfter = nextDueFor(after, UTC);
        if (dueBefore && dueAfter) {
          expect(dueAfter.getTime()).toBeGreaterThanOrEqual(dueBefore.getTime());
        } else {
          expect(dueAfter).toBe(dueBefore);
        }
      }),
    );
  });

  it('counts a back-dated first touch from its own date, even before the person was added', () => {
    // Documented in lastDepthTouchAfter: back-dated touches count from their own date. A lunch
    // logged for a contact added today but met three months ago shows they are already overdue.
    const added = at('2026-10-20T09:00:00Z');
    const lunch = at('2026-07-20T12:00:00Z');
    const touched = lastDepthTouchAfter(null, { kind: 'ONE_TO_ONE', occurredAt: lunch });
    expect(nextDueFor({ ...base, createdAt: added, lastDepthTouchAt: touched }, UTC)).toEqual(
      at('2026-10-18T00:00:00Z'),
    );
  });

  it('changes nothing after a visibility touch (group meeting, event)', () => {
    fc.assert(
      fc.property(
        person,
        fc.constantFrom<InteractionKind>('GROUP_MEETING', 'EVENT'),
        date,
        (p, kind, occurredAt) => {
          const after = {
            ...p,
            lastDepthTouchAt: lastDepthTouchAfter(p.lastDepthTouchAt, { kind, occurredAt }),
          };
          expect(nextDueFor(after, UTC)).toEqual(nextDueFor(p, UTC));
        },
      ),
    );
  });

  it('never gives a deeper tie a later due date under the default cadence', () => {
    fc.assert(
      fc.property(person, level, level, (p, extraTrust, extraUnderstanding) => {
        const shallow = { ...p, cadenceMode: 'DEFAULT' as const };
        const deep = {
          ...shallow,
          trust: Math.min(MAX_LEVEL, p.trust + extraTrust),
          theirUnderstanding: Math.min(MAX_LEVEL, p.theirUnderstanding + extraUnderstanding),
        };
        expect(nextDueFor(deep, UTC)?.getTime()).toBeLessThanOrEqual(
          nextDueFor(shallow, UTC)?.getTime() ?? 0,
        );
      }),
    );
  });
});
