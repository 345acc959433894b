import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldIssue, ValidationError } from '../shared/domain-error.ts';
import { INTERACTION_KINDS } from './kinds.ts';
import {
  MAX_INTERACTION_NOTES_LENGTH,
  MAX_INTERACTION_PEOPLE,
  parseLogInteractionInput,
} from './log-interaction-input.ts';

const now = new Date('2026-10-20T09:00:00Z');

const issuesOf = (input: unknown): FieldIssue[] => {
  try {
    parseLogInteractionInput(input, now);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a ValidationError, but the input was accepted');
};

const pathsOf = (input: unknown): string[][] => issuesOf(input).map((issue) => issue.path);

const valid = {
  kind: 'ONE_TO_ONE',
  occurredAt: new Date('2026-10-19T12:30:00Z'),
  personIds: ['3f2c1d7e-9a4b-4c1d-8e2f-0a1b2c3d4e5f'],
};

describe('parseLogInteractionInput', () => {
  it('accepts a minimal touch, filling optional fields with null', () => {
    expect(parseLogInteractionInput(valid, now)).toEqual({
      kind: 'ONE_TO_ONE',
      occurredAt: new Date('2026-10-19T12:30:00Z'),
      durationMinutes: null,
      cost: null,
      notes: null,
      personIds: ['3f2c1d7e-9a4b-4c1d-8e2f-0a1b2c3d4e5f'],
      groupMeetingId: null,
    });
  });

  it('accepts a full touch, trimming the notes', () => {
    expect(
      parseLogInteractionInput(
        {
          ...valid,
          kind: 'GROUP_MEETING',
          durationMinutes: 90,
          cost: { amount: '24.5', currency: 'gbp' },
          notes: '  Breakfast club, sat next to Ana  ',
          personIds: ['a', 'b'],
        },
        now,
      ),
    ).toEqual({
      kind: 'GROUP_MEETING',
      occurredAt: new Date('2026-10-19T12:30:00Z'),
      durationMinutes: 90,
      cost: { amount: '24.50', currency: 'GBP' },
      notes: 'Breakfast club, sat next to Ana',
      personIds: ['a', 'b'],
      groupMeetingId: null,
    });
  });

  it('keeps the group meeting a deleted touch is logged again for, and none for empty', () => {
    expect(parseLogInteractionInput({ ...valid, groupMeetingId: 'm1' }, now).groupMeetingId).toBe(
      'm1',
    );
    expect(parseLogInteractionInput({ ...valid, groupMeetingId: '' }, now).groupMeetingId).toBe(
      null,
    );
  });

  it('accepts every kind', () => {
    for (const kind of INTERACTION_KINDS) {
      expect(parseLogInteractionInput({ ...valid, kind }, now).kind).toBe(kind);
    }
  });

  it('removes duplicate people, keeping the first order', () => {
    expect(
      parseLogInteractionInput({ ...valid, personIds: ['b', 'a', 'b', 'a', 'c'] }, now).personIds,
    ).toEqual(['b', 'a', 'c']);
  });

  it('turns blank notes and null optional fields into null', () => {
    const parsed = parseLogInteractionInput(
      { ...valid, notes: '   ', durationMinutes: null, cost: null },
      now,
    );
    expect(parsed.notes).toBeNull();
    expect(parsed.durationMinutes).toBeNull();
    expect(parsed.cost).toBeNull();
  });

  describe('the date', () => {
    it('allows a day of slack into the future for users ahead of UTC', () => {
      const tomorrow = new Date('2026-10-21T09:00:00Z');
      expect(parseLogInteractionInput({ ...valid, occurredAt: tomorrow }, now).occurredAt).toEqual(
        tomorrow,
      );
    });

    it('rejects a date more than a day in the future', () => {
      expect(issuesOf({ ...valid, occurredAt: new Date('2026-10-21T09:00:00.001Z') })).toEqual([
        { path: ['occurredAt'], message: 'Date cannot be in the future' },
      ]);
      expect(pathsOf({ ...valid, occurredAt: new Date('2027-01-01T00:00:00Z') })).toEqual([
        ['occurredAt'],
      ]);
    });

    it('accepts a date 100 years back and refuses an earlier one, such as a touch in 1900', () => {
      const earliest = new Date('1926-10-20T09:00:00Z');
      expect(parseLogInteractionInput({ ...valid, occurredAt: earliest }, now).occurredAt).toEqual(
        earliest,
      );
      for (const occurredAt of [
        new Date('1926-10-20T08:59:59.999Z'),
        new Date('1900-06-01T12:00:00Z'),
      ]) {
        expect(issuesOf({ ...valid, occurredAt })).toEqual([
          { path: ['occurredAt'], message: 'Date must be within the last 100 years' },
        ]);
      }
    });

    it.each([
      ['an invalid date', new Date('not a date')],
      ['an ISO string', '2026-10-19T12:30:00Z'],
      ['a timestamp', 1_792_000_000_000],
      ['null', null],
      ['nothing', undefined],
    ])('rejects %s', (_, occurredAt) => {
      expect(issuesOf({ ...valid, occurredAt })).toEqual([
        { path: ['occurredAt'], message: 'Date must be a valid date' },
      ]);
    });

    it('accepts any date from 100 years back to a day after now, and rejects any later one', () => {
      const slack = now.getTime() + 86_400_000;
      fc.assert(
        fc.property(
          fc.date({
            min: new Date('1926-10-20T09:00:00Z'),
            max: new Date(slack),
            noInvalidDate: true,
          }),
          fc.date({
            min: new Date(slack + 1),
            max: new Date('2200-01-01T00:00:00Z'),
            noInvalidDate: true,
          }),
          (past, future) => {
            expect(
              parseLogInteractionInput({ ...valid, occurredAt: past }, now).occurredAt,
            ).toEqual(past);
            expect(pathsOf({ ...valid, occurredAt: future })).toEqual([['occurredAt']]);
          },
        ),
      );
    });
  });

  it.each([
    ['an unknown kind', { kind: 'LUNCH' }, ['kind'], 'Choose what kind of touch this was'],
    ['a missing kind', { kind: undefined }, ['kind'], 'Choose what kind of touch this was'],
    [
      'a negative duration',
      { durationMinutes: -1 },
      ['durationMinutes'],
      'Duration cannot be negative',
    ],
    [
      'a fractional duration',
      { durationMinutes: 1.5 },
      ['durationMinutes'],
      'Duration must be whole minutes',
    ],
    [
      'a duration over a day',
      { durationMinutes: 24 * 60 + 1 },
      ['durationMinutes'],
      'Duration must be at most 24 hours',
    ],
    [
      'a negative cost',
      { cost: { amount: '-0.01', currency: 'GBP' } },
      ['cost', 'amount'],
      'Cost cannot be negative',
    ],
    [
      'a cost of 11 digits',
      { cost: { amount: '12345678901', currency: 'GBP' } },
      ['cost', 'amount'],
      'The amount can have at most 10 digits before the decimal point',
    ],
    [
      'a cost in thousandths',
      { cost: { amount: '12.345', currency: 'GBP' } },
      ['cost', 'amount'],
      'The amount can have at most 2 decimal places',
    ],
    [
      'a cost written with an exponent',
      { cost: { amount: '1e3', currency: 'GBP' } },
      ['cost', 'amount'],
      'Write the amount in digits with an optional decimal point, such as 12.30',
    ],
    [
      'a cost without a currency',
      { cost: { amount: '12' } },
      ['cost', 'currency'],
      'Choose the currency',
    ],
    [
      'a cost in an unknown currency',
      { cost: { amount: '12', currency: 'ABC' } },
      ['cost', 'currency'],
      'Choose a currency by its ISO 4217 code, such as GBP, EUR or USD',
    ],
    ['no people', { personIds: [] }, ['personIds'], 'Choose at least one person'],
    [
      'too many people',
      { personIds: Array.from({ length: MAX_INTERACTION_PEOPLE + 1 }, (_, i) => `p${i}`) },
      ['personIds'],
      `At most ${MAX_INTERACTION_PEOPLE} people per touch`,
    ],
    [
      '1 MB of notes',
      { notes: 'x'.repeat(1 << 20) },
      ['notes'],
      `Notes must be at most ${MAX_INTERACTION_NOTES_LENGTH} characters`,
    ],
  ])('rejects %s', (_, patch, path, message) => {
    expect(issuesOf({ ...valid, ...patch })).toEqual([{ path, message }]);
  });

  it('accepts the limits themselves', () => {
    const parsed = parseLogInteractionInput(
      {
        ...valid,
        durationMinutes: 24 * 60,
        cost: { amount: '9999999999.99', currency: 'GBP' },
        notes: 'n'.repeat(MAX_INTERACTION_NOTES_LENGTH),
        personIds: Array.from({ length: MAX_INTERACTION_PEOPLE }, (_, i) => `p${i}`),
      },
      now,
    );
    expect(parsed.durationMinutes).toBe(1440);
    expect(parsed.cost).toEqual({ amount: '9999999999.99', currency: 'GBP' });
    expect(parsed.notes).toHaveLength(MAX_INTERACTION_NOTES_LENGTH);
    expect(parsed.personIds).toHaveLength(MAX_INTERACTION_PEOPLE);
    expect(
      parseLogInteractionInput(
        { ...valid, durationMinutes: 0, cost: { amount: '0', currency: 'GBP' } },
        now,
      ),
    ).toMatchObject({ durationMinutes: 0, cost: { amount: '0.00', currency: 'GBP' } });
  });

  it('rejects non-numbers, NaN and infinities for duration, and a cost that is not money', () => {
    expect(pathsOf({ ...valid, durationMinutes: '60' })).toEqual([['durationMinutes']]);
    expect(pathsOf({ ...valid, durationMinutes: Number.NaN })).toEqual([['durationMinutes']]);
    expect(pathsOf({ ...valid, cost: Number.POSITIVE_INFINITY })).toEqual([['cost']]);
    expect(pathsOf({ ...valid, cost: '10' })).toEqual([['cost']]);
    // A float is never money: the amount is exact decimal text.
    expect(pathsOf({ ...valid, cost: 12.5 })).toEqual([['cost']]);
    expect(pathsOf({ ...valid, cost: { amount: 12.5, currency: 'GBP' } })).toEqual([
      ['cost', 'amount'],
    ]);
  });

  it('names the index of a person id that is not a string', () => {
    expect(pathsOf({ ...valid, personIds: ['a', 7] })).toEqual([['personIds', '1']]);
    expect(pathsOf({ ...valid, personIds: 'a' })).toEqual([['personIds']]);
  });

  it('reports every bad field at once', () => {
    expect(
      pathsOf({
        kind: 'x',
        occurredAt: 'x',
        durationMinutes: -1,
        cost: -1,
        notes: 1,
        personIds: [],
      }),
    ).toEqual([['kind'], ['occurredAt'], ['durationMinutes'], ['cost'], ['notes'], ['personIds']]);
  });

  it('rejects input that is not an object with a root issue', () => {
    for (const input of [null, undefined, 'CALL', 3, [], true]) {
      expect(pathsOf(input)).toEqual([[]]);
    }
  });

  it('round-trips any valid input (notes trimmed, people deduplicated)', () => {
    fc.assert(
      fc.property(
        fc.record({
          kind: fc.constantFrom(...INTERACTION_KINDS),
          occurredAt: fc.date({
            min: new Date('1926-10-20T09:00:00Z'),
            max: new Date(now.getTime() + 86_400_000),
            noInvalidDate: true,
          }),
          durationMinutes: fc.option(fc.integer({ min: 0, max: 24 * 60 })),
          cost: fc.option(
            fc.record({
              // Canonical amounts (two places), so the parsed touch equals its input.
              amount: fc
                .bigInt({ min: 0n, max: 999_999_999_999n })
                .map((cents) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`),
              currency: fc.constantFrom('GBP', 'EUR', 'USD'),
            }),
          ),
          notes: fc.option(fc.string({ unit: 'grapheme', maxLength: 300 })),
          personIds: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), {
            minLength: 1,
            maxLength: MAX_INTERACTION_PEOPLE,
          }),
        }),
        (input) => {
          const parsed = parseLogInteractionInput(input, now);
          expect(parsed).toEqual({
            ...input,
            notes: input.notes?.trim() || null,
            personIds: [...new Set(input.personIds)],
            groupMeetingId: null,
          });
          expect(parseLogInteractionInput(parsed, now)).toEqual(parsed);
        },
      ),
    );
  });

  it('never throws anything but a ValidationError, whatever the input', () => {
    const field = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }), fc.date());
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string({ unit: 'binary' }),
          fc.record(
            {
              kind: field,
              occurredAt: field,
              durationMinutes: field,
              cost: field,
              notes: field,
              personIds: fc.oneof(field, fc.array(field)),
            },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          try {
            parseLogInteractionInput(input, now);
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            expect(error.issues.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('a touch’s notes', () => {
  it('keep tabs and line breaks, and refuse other control characters and direction overrides', () => {
    expect(parseLogInteractionInput({ ...valid, notes: 'Coffee.\n\tNext: intro' }, now).notes).toBe(
      'Coffee.\n\tNext: intro',
    );
    expect(issuesOf({ ...valid, notes: 'beep\u0007' })).toEqual([
      {
        path: ['notes'],
        message: 'Remove the control character (U+0007): only tabs and line breaks are kept',
      },
    ]);
    expect(pathsOf({ ...valid, notes: 'a\u202Eb' })).toEqual([['notes']]);
  });
});
