import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastDepthTouchAfter } from './apply-touch.ts';
import { cadenceAnchor, cadenceFromDays, nextDueAt, staleness } from './cadence.ts';
import {
  DEFAULT_DEPTH_TOUCH_KINDS,
  INTERACTION_KINDS,
  type InteractionKind,
  isDepthTouch,
} from './kinds.ts';

/** Calendar days in a zone with clock changes. */
const ZONE = 'Europe/London';

const at = (iso: string): Date => new Date(iso);

const date = fc.date({
  min: at('2000-01-01T00:00:00Z'),
  max: at('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const kind = fc.constantFrom(...INTERACTION_KINDS);
const depthKind = fc.constantFrom(...DEFAULT_DEPTH_TOUCH_KINDS);
const visibilityKind = fc.constantFrom<InteractionKind>('GROUP_MEETING', 'EVENT');
const cadence = fc.integer({ min: 1, max: 730 }).map(cadenceFromDays);

const last = at('2026-09-01T10:00:00Z');

describe('lastDepthTouchAfter', () => {
  it('restarts the clock at a depth touch after the last one', () => {
    const occurredAt = at('2026-10-20T09:00:00Z');
    expect(lastDepthTouchAfter(last, { kind: 'ONE_TO_ONE', occurredAt })).toBe(occurredAt);
    expect(lastDepthTouchAfter(last, { kind: 'CALL', occurredAt })).toBe(occurredAt);
  });

  it('starts the clock at the first depth touch of someone never touched', () => {
    const occurredAt = at('2026-10-20T09:00:00Z');
    expect(lastDepthTouchAfter(null, { kind: 'SOCIAL', occurredAt })).toBe(occurredAt);
  });

  it('counts a back-dated depth touch from its own date when it is the latest', () => {
    const occurredAt = at('2026-09-15T10:00:00Z');
    expect(lastDepthTouchAfter(last, { kind: 'VIDEO', occurredAt })).toBe(occurredAt);
  });

  it('ignores a back-dated depth touch older than the latest', () => {
    expect(
      lastDepthTouchAfter(last, { kind: 'ONE_TO_ONE', occurredAt: at('2026-08-01T10:00:00Z') }),
    ).toBe(last);
  });

  it('ignores a depth touch at the same instant as the latest', () => {
    expect(lastDepthTouchAfter(last, { kind: 'ONE_TO_ONE', occurredAt: new Date(last) })).toBe(
      last,
    );
  });

  it.each<InteractionKind>(['GROUP_MEETING', 'EVENT', 'MESSAGE', 'EMAIL'])(
    'ignores a %s by default',
    (k) => {
      const occurredAt = at('2026-10-20T09:00:00Z');
      expect(lastDepthTouchAfter(last, { kind: k, occurredAt })).toBe(last);
      expect(lastDepthTouchAfter(null, { kind: k, occurredAt })).toBeNull();
    },
  );

  it('follows the user’s choice of depth touch kinds', () => {
    const occurredAt = at('2026-10-20T09:00:00Z');
    expect(
      lastDepthTouchAfter(last, { kind: 'GROUP_MEETING', occurredAt }, ['GROUP_MEETING']),
    ).toBe(occurredAt);
    expect(lastDepthTouchAfter(last, { kind: 'ONE_TO_ONE', occurredAt }, ['GROUP_MEETING'])).toBe(
      last,
    );
    expect(lastDepthTouchAfter(last, { kind: 'ONE_TO_ONE', occurredAt }, [])).toBe(last);
  });

  it('is the later of the last depth touch and a depth touch', () => {
    fc.assert(
      fc.property(fc.option(date, { nil: null }), depthKind, date, (previous, k, occurredAt) => {
        const after = lastDepthTouchAfter(previous, { kind: k, occurredAt });
        const expected =
          previous && previous.getTime() >= occurredAt.getTime() ? previous : occurredAt;
        expect(after).toBe(expected);
      }),
    );
  });

  it('never moves the last depth touch earlier, whatever the touch and settings', () => {
    fc.assert(
      fc.property(
        date,
        kind,
        date,
        fc.option(fc.subarray([...INTERACTION_KINDS]), { nil: undefined }),
        (previous, k, occurredAt, chosen) => {
          const after = lastDepthTouchAfter(previous, { kind: k, occurredAt }, chosen);
          expect(after?.getTime()).toBeGreaterThanOrEqual(previous.getTime());
        },
      ),
    );
  });

  it('changes nothing for a visibility touch (group meeting, event) by default', () => {
    fc.assert(
      fc.property(
        fc.option(date, { nil: null }),
        visibilityKind,
        date,
        (previous, k, occurredAt) => {
          expect(lastDepthTouchAfter(previous, { kind: k, occurredAt })).toBe(previous);
        },
      ),
    );
  });

  it('changes nothing for any touch that is not a depth touch under the chosen kinds', () => {
    fc.assert(
      fc.property(
        fc.option(date, { nil: null }),
        kind,
        date,
        fc.subarray([...INTERACTION_KINDS]),
        (previous, k, occurredAt, chosen) => {
          fc.pre(!isDepthTouch(k, chosen));
          expect(lastDepthTouchAfter(previous, { kind: k, occurredAt }, chosen)).toBe(previous);
        },
      ),
    );
  });

  it('changes nothing for a back-dated touch older than the latest', () => {
    fc.assert(
      fc.property(
        date,
        kind,
        fc.integer({ min: 0, max: 3_650 * 86_400_000 }),
        (previous, k, back) => {
          const occurredAt = new Date(previous.getTime() - back);
          expect(lastDepthTouchAfter(previous, { kind: k, occurredAt })).toBe(previous);
        },
      ),
    );
  });

  it('does not depend on the order touches are logged in', () => {
    fc.assert(
      fc.property(
        fc.option(date, { nil: null }),
        fc.array(fc.record({ kind, occurredAt: date }), { maxLength: 10 }),
        (start, touches) => {
          const apply = (list: typeof touches) =>
            list.reduce<Date | null>((acc, touch) => lastDepthTouchAfter(acc, touch), start);
          expect(apply(touches)?.getTime()).toBe(apply([...touches].reverse())?.getTime());
        },
      ),
    );
  });

  it('never makes anyone more stale, nor moves next due earlier', () => {
    fc.assert(
      fc.property(date, kind, date, date, cadence, (previous, k, occurredAt, now, c) => {
        const after = lastDepthTouchAfter(previous, { kind: k, occurredAt });
        if (!after) throw new Error('a previous depth touch is never lost');
        expect(staleness(now, after, c, ZONE)).toBeLessThanOrEqual(
          staleness(now, previous, c, ZONE) ?? 0,
        );
        expect(nextDueAt(after, c, ZONE)?.getTime()).toBeGreaterThanOrEqual(
          nextDueAt(previous, c, ZONE)?.getTime() ?? 0,
        );
      }),
    );
  });

  it('never makes someone never touched more stale when the touch is on or after the day they were added', () => {
    fc.assert(
      fc.property(
        date,
        kind,
        fc.integer({ min: 0, max: 3_650 * 86_400_000 }),
        date,
        cadence,
        (addedAt, k, later, now, c) => {
          const occurredAt = new Date(addedAt.getTime() + later);
          const before = cadenceAnchor(null, addedAt);
          const after = cadenceAnchor(lastDepthTouchAfter(null, { kind: k, occurredAt }), addedAt);
          expect(staleness(now, after, c, ZONE)).toBeLessThanOrEqual(
            staleness(now, before, c, ZONE) ?? 0,
          );
        },
      ),
    );
  });

  it('leaves staleness at 0 right after a depth touch', () => {
    fc.assert(
      fc.property(
        fc.option(date, { nil: null }),
        depthKind,
        date,
        cadence,
        (previous, k, now, c) => {
          fc.pre(!previous || previous <= now);
          const after = lastDepthTouchAfter(previous, { kind: k, occurredAt: now });
          if (!after) throw new Error('a depth touch always sets the last depth touch');
          expect(staleness(now, after, c, ZONE)).toBe(0);
        },
      ),
    );
  });
});
