import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import {
  attendedTodayInput,
  MAX_MEETING_NOTES_LENGTH,
  MAX_MEETING_SPOKE_TO,
  meetingTouchAt,
  NOT_THERE_MESSAGE,
  parseGroupMeetingInput,
} from './meeting-input.ts';

// 23:30 on 1 March in London is already 2 March in Auckland.
const clock = { now: new Date('2026-03-01T23:30:00Z'), timezone: 'Europe/London' };
const gbp = { clock, currency: 'GBP' };

const valid = {
  heldOn: '2026-02-26',
  attended: true,
  mealCost: '14.5',
  travelCost: null,
  spokeTo: ['a', 'b'],
  notes: '  Sat next to Ana  ',
};

const fieldsOf = (input: Record<string, unknown>, currency = 'GBP') =>
  issuesOf(() => parseGroupMeetingInput({ ...valid, ...input }, { clock, currency })).map(
    ({ path }) => path.join('.'),
  );

describe('parseGroupMeetingInput', () => {
  it('gives actual costs as money in the group’s currency, and none as the usual', () => {
    expect(parseGroupMeetingInput(valid, gbp)).toEqual({
      heldOn: '2026-02-26',
      attended: true,
      mealCost: { amount: '14.50', currency: 'GBP' },
      travelCost: null,
      spokeTo: ['a', 'b'],
      notes: 'Sat next to Ana',
    });
  });

  it('takes blank costs, no people and blank notes as none', () => {
    expect(
      parseGroupMeetingInput(
        { heldOn: '2026-03-01', attended: false, mealCost: ' ', notes: '  ' },
        gbp,
      ),
    ).toEqual({
      heldOn: '2026-03-01',
      attended: false,
      mealCost: null,
      travelCost: null,
      spokeTo: [],
      notes: null,
    });
  });

  it('takes a zero cost as a real cost (a meeting that cost nothing)', () => {
    expect(parseGroupMeetingInput({ ...valid, travelCost: '0' }, gbp).travelCost).toEqual({
      amount: '0.00',
      currency: 'GBP',
    });
  });

  it.each([
    [{ mealCost: '-1' }, 'mealCost'],
    [{ travelCost: '-0.01' }, 'travelCost'],
    [{ mealCost: '12,5' }, 'mealCost'],
    [{ travelCost: '1e9999' }, 'travelCost'],
    [{ mealCost: '1.234' }, 'mealCost'],
    [{ heldOn: '2026-03-02' }, 'heldOn'],
    [{ heldOn: '2026-02-30' }, 'heldOn'],
    [{ heldOn: '1926-02-28' }, 'heldOn'],
    [{ heldOn: '' }, 'heldOn'],
    [{ attended: 'yes' }, 'attended'],
    [{ spokeTo: 'a' }, 'spokeTo'],
    [{ spokeTo: ['a', 'b', 'a'] }, 'spokeTo.2'],
    [{ notes: 'x'.repeat(MAX_MEETING_NOTES_LENGTH + 1) }, 'notes'],
    [{ notes: 'x'.repeat(1_000_000) }, 'notes'],
    [{ notes: 'a\u0007b' }, 'notes'],
  ])('refuses %j on its field', (input, field) => {
    expect(fieldsOf(input)).toEqual([field]);
  });

  it('takes 100 years back and no further', () => {
    expect(parseGroupMeetingInput({ ...valid, heldOn: '1926-03-01' }, gbp).heldOn).toBe(
      '1926-03-01',
    );
  });

  it('refuses tomorrow in the account’s zone, but not in Auckland', () => {
    expect(fieldsOf({ heldOn: '2026-03-02' })).toEqual(['heldOn']);
    expect(
      parseGroupMeetingInput(
        { ...valid, heldOn: '2026-03-02' },
        { clock: { ...clock, timezone: 'Pacific/Auckland' }, currency: 'GBP' },
      ).heldOn,
    ).toBe('2026-03-02');
  });

  it('refuses people spoken to at a meeting I did not go to', () => {
    expect(issuesOf(() => parseGroupMeetingInput({ ...valid, attended: false }, gbp))).toEqual([
      { path: ['spokeTo'], message: NOT_THERE_MESSAGE },
    ]);
    expect(parseGroupMeetingInput({ ...valid, attended: false, spokeTo: [] }, gbp).attended).toBe(
      false,
    );
  });

  it(`takes up to ${MAX_MEETING_SPOKE_TO} different people`, () => {
    const ids = Array.from({ length: MAX_MEETING_SPOKE_TO + 1 }, (_, i) => `person-${i}`);
    expect(
      parseGroupMeetingInput({ ...valid, spokeTo: ids.slice(0, MAX_MEETING_SPOKE_TO) }, gbp)
        .spokeTo,
    ).toHaveLength(MAX_MEETING_SPOKE_TO);
    expect(fieldsOf({ spokeTo: ids })).toEqual(['spokeTo']);
  });

  it('refuses JPY costs with decimal places, in the group’s currency', () => {
    expect(fieldsOf({ mealCost: '1500.50', travelCost: '300' }, 'JPY')).toEqual(['mealCost']);
    expect(
      parseGroupMeetingInput({ ...valid, mealCost: '1500' }, { clock, currency: 'JPY' }).mealCost,
    ).toEqual({ amount: '1500.00', currency: 'JPY' });
  });

  it('refuses every negative amount at its field', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.constantFrom('mealCost', 'travelCost'),
        (cents, field) => {
          const amount = `-${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
          expect(fieldsOf({ [field]: amount })).toEqual([field]);
        },
      ),
    );
  });
});

describe('attendedTodayInput', () => {
  it('is today in the account’s zone, attended', () => {
    expect(attendedTodayInput(clock)).toEqual({ heldOn: '2026-03-01', attended: true });
    expect(attendedTodayInput({ ...clock, timezone: 'Pacific/Auckland' }).heldOn).toBe(
      '2026-03-02',
    );
    expect(parseGroupMeetingInput(attendedTodayInput(clock), gbp)).toMatchObject({
      heldOn: '2026-03-01',
      mealCost: null,
      travelCost: null,
      spokeTo: [],
    });
  });
});

describe('meetingTouchAt', () => {
  it('is now for today’s meeting in the account’s zone', () => {
    expect(meetingTouchAt('2026-03-01', clock)).toEqual(clock.now);
  });

  it('is noon in the account’s zone for an earlier day, either side of a clock change', () => {
    // London: GMT until 29 March 2026, then BST (UTC+1).
    expect(meetingTouchAt('2026-02-26', clock)).toEqual(new Date('2026-02-26T12:00:00Z'));
    const summer = { now: new Date('2026-04-02T10:00:00Z'), timezone: 'Europe/London' };
    expect(meetingTouchAt('2026-03-29', summer)).toEqual(new Date('2026-03-29T11:00:00Z'));
    expect(meetingTouchAt('2026-03-28', summer)).toEqual(new Date('2026-03-28T12:00:00Z'));
  });

  it('falls on the meeting’s own day in the zone, whatever the zone', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 3_000 }),
        fc.constantFrom('Europe/London', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata'),
        (now, daysBack, timezone) => {
          const heldOn = new Date(now.getTime() - daysBack * 86_400_000).toISOString().slice(0, 10);
          const at = meetingTouchAt(heldOn, { now, timezone });
          expect(new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(at)).toBe(heldOn);
          expect(at.getTime()).toBeLessThanOrEqual(now.getTime());
        },
      ),
    );
  });
});
