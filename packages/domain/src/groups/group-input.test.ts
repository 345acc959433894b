import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import {
  MAX_GROUP_NAME_LENGTH,
  minutesPerMeeting,
  parseEnjoymentInput,
  parseGroupInput,
} from './group-input.ts';

const valid = {
  name: 'Thursday Breakfast Club',
  kind: 'REFERRAL_CLUB',
  onePerProfession: true,
  currency: 'gbp',
  fee: '120.5',
  feePeriod: 'MONTH',
  costPerMeeting: '12',
  travelCost: '4.20',
  meetingCadenceDays: 7,
  prepMinutes: 20,
  travelMinutes: 40,
  meetingMinutes: 90,
  chatMinutes: 15,
  joinedOn: '2025-01-09',
  leftOn: null,
};

const fieldsOf = (input: Record<string, unknown>) =>
  issuesOf(() => parseGroupInput({ ...valid, ...input })).map(({ path }) => path.join('.'));

describe('parseGroupInput', () => {
  it('gives every amount in the group’s currency, canonical', () => {
    expect(parseGroupInput(valid)).toEqual({
      name: 'Thursday Breakfast Club',
      kind: 'REFERRAL_CLUB',
      onePerProfession: true,
      currency: 'GBP',
      fee: { amount: '120.50', currency: 'GBP' },
      feePeriod: 'MONTH',
      costPerMeeting: { amount: '12.00', currency: 'GBP' },
      travelCost: { amount: '4.20', currency: 'GBP' },
      meetingCadenceDays: 7,
      prepMinutes: 20,
      travelMinutes: 40,
      meetingMinutes: 90,
      chatMinutes: 15,
      joinedOn: '2025-01-09',
      leftOn: null,
    });
  });

  it('takes empty amounts and dates as none', () => {
    const parsed = parseGroupInput({ ...valid, fee: ' ', costPerMeeting: null, joinedOn: '' });
    expect([parsed.fee, parsed.costPerMeeting, parsed.joinedOn]).toEqual([null, null, null]);
  });

  it.each([
    [{ fee: '-1' }, 'fee'],
    [{ fee: '12,5' }, 'fee'],
    [{ travelCost: '1e9999' }, 'travelCost'],
    [{ costPerMeeting: '1.234' }, 'costPerMeeting'],
    [{ currency: 'EURO' }, 'currency'],
    [{ prepMinutes: 1441 }, 'prepMinutes'],
    [{ chatMinutes: -1 }, 'chatMinutes'],
    [{ meetingMinutes: 1.5 }, 'meetingMinutes'],
    [{ meetingCadenceDays: 0 }, 'meetingCadenceDays'],
    [{ meetingCadenceDays: 367 }, 'meetingCadenceDays'],
    [{ leftOn: '2025-01-08' }, 'leftOn'],
    [{ joinedOn: '2025-02-30' }, 'joinedOn'],
    [{ name: '  ' }, 'name'],
    [{ name: 'x'.repeat(MAX_GROUP_NAME_LENGTH + 1) }, 'name'],
    [{ kind: 'CLUB' }, 'kind'],
    [{ feePeriod: 'WEEK' }, 'feePeriod'],
  ])('refuses %j on its field', (input, field) => {
    expect(fieldsOf(input)).toEqual([field]);
  });

  it('refuses JPY amounts with decimal places', () => {
    expect(fieldsOf({ currency: 'JPY', fee: '100.50', travelCost: '4' })).toEqual(['fee']);
  });

  it('accepts any whole minutes from 0 to 1440 and adds them up per meeting', () => {
    const part = fc.integer({ min: 0, max: 1440 });
    fc.assert(
      fc.property(part, part, part, part, (prep, travel, meeting, chat) => {
        const parsed = parseGroupInput({
          ...valid,
          prepMinutes: prep,
          travelMinutes: travel,
          meetingMinutes: meeting,
          chatMinutes: chat,
        });
        expect(minutesPerMeeting(parsed)).toBe(prep + travel + meeting + chat);
      }),
    );
  });
});

// 23:30 on 1 March in London is already 2 March in Auckland.
const clock = { now: new Date('2026-03-01T23:30:00Z'), timezone: 'Europe/London' };

describe('parseEnjoymentInput', () => {
  it('takes a rating from 1 to 5 on a day that has happened', () => {
    expect(parseEnjoymentInput({ rating: 4, ratedOn: '2026-03-01' }, clock)).toEqual({
      rating: 4,
      ratedOn: '2026-03-01',
      note: null,
    });
  });

  it('refuses tomorrow in the account’s zone, but not in Auckland', () => {
    expect(
      issuesOf(() => parseEnjoymentInput({ rating: 3, ratedOn: '2026-03-02' }, clock)),
    ).toEqual([{ path: ['ratedOn'], message: 'Date cannot be in the future' }]);
    expect(
      parseEnjoymentInput(
        { rating: 3, ratedOn: '2026-03-02' },
        { ...clock, timezone: 'Pacific/Auckland' },
      ).ratedOn,
    ).toBe('2026-03-02');
  });

  it('refuses any rating but a whole 1 to 5', () => {
    fc.assert(
      fc.property(
        fc
          .oneof(fc.integer(), fc.double())
          .filter((n) => !(Number.isInteger(n) && n >= 1 && n <= 5)),
        (rating) => {
          const issues = issuesOf(() =>
            parseEnjoymentInput({ rating, ratedOn: '2026-02-01' }, clock),
          );
          expect(new Set(issues.map(({ path }) => path.join('.')))).toEqual(new Set(['rating']));
        },
      ),
    );
  });
});
