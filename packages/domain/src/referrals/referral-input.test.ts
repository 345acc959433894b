import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import {
  MAX_REFERRAL_NOTES_LENGTH,
  MAX_REFERRED_NAME_LENGTH,
  parseRecordReferralInput,
  parseReferralInput,
} from './referral-input.ts';

// 23:30 on 1 March in London is already 2 March in Auckland.
const clock = { now: new Date('2026-03-01T23:30:00Z'), timezone: 'Europe/London' };
const auckland = { ...clock, timezone: 'Pacific/Auckland' };

const valid = {
  direction: 'RECEIVED',
  personId: 'giver',
  referredName: 'Ada Lovelace',
  referredOn: '2026-02-10',
};

const fieldsOf = (input: Record<string, unknown>) =>
  issuesOf(() => parseReferralInput({ ...valid, ...input }, clock)).map(({ path }) =>
    path.join('.'),
  );

describe('parseReferralInput', () => {
  it('accepts a referral of a name, with no value, profile or notes', () => {
    expect(parseReferralInput(valid, clock)).toEqual({
      direction: 'RECEIVED',
      personId: 'giver',
      referredPersonId: null,
      referredName: 'Ada Lovelace',
      targetBuyerId: null,
      referredOn: '2026-02-10',
      value: null,
      notes: null,
    });
  });

  it('trims and composes the name, and keeps a person’s id over a typed name', () => {
    expect(parseReferralInput({ ...valid, referredName: '  Zoe\u0308 ' }, clock).referredName).toBe(
      'Zoë',
    );
    const person = parseReferralInput({ ...valid, referredPersonId: 'ada' }, clock);
    expect(person).toMatchObject({ referredPersonId: 'ada', referredName: null });
  });

  it('needs a person or a name, and not the maker of the referral themselves', () => {
    expect(fieldsOf({ referredName: '   ' })).toEqual(['referredName']);
    expect(fieldsOf({ referredName: null, referredPersonId: '' })).toEqual(['referredName']);
    expect(fieldsOf({ referredPersonId: 'giver' })).toEqual(['referredPersonId']);
  });

  it('refuses a name over 200 characters or with a control character', () => {
    expect(fieldsOf({ referredName: 'x'.repeat(10_000) })).toEqual(['referredName']);
    const atLimit = 'x'.repeat(MAX_REFERRED_NAME_LENGTH);
    expect(parseReferralInput({ ...valid, referredName: atLimit }, clock).referredName).toBe(
      atLimit,
    );
    expect(fieldsOf({ referredName: 'Ada\u0007' })).toEqual(['referredName']);
  });

  it('refuses an unknown direction, and notes over the limit', () => {
    expect(fieldsOf({ direction: 'SIDEWAYS' })).toEqual(['direction']);
    expect(fieldsOf({ notes: 'x'.repeat(MAX_REFERRAL_NOTES_LENGTH + 1) })).toEqual(['notes']);
  });

  it('takes an exact value with its currency, canonical', () => {
    expect(
      parseReferralInput({ ...valid, value: ' 1234.5 ', currency: 'gbp' }, clock).value,
    ).toEqual({ amount: '1234.50', currency: 'GBP' });
  });

  it('refuses malformed, negative or huge values and unknown currencies, at their fields', () => {
    for (const value of ['12,5', '1e9999', '-1', '12.345', '99999999999', 'NaN', '']) {
      // A blank value with a currency is a currency without its value: refused at the value too.
      expect(fieldsOf({ value, currency: 'GBP' }), value).toEqual(['value']);
    }
    expect(fieldsOf({ value: '10', currency: 'EURO' })).toEqual(['currency']);
    expect(fieldsOf({ value: '10.5', currency: 'JPY' })).toEqual(['value']);
  });

  it('takes value and currency both or neither', () => {
    expect(fieldsOf({ value: '10' })).toEqual(['currency']);
    expect(fieldsOf({ currency: 'EUR' })).toEqual(['value']);
  });

  it('dates the referral in the account’s zone, not in the future, at most 100 years back', () => {
    expect(fieldsOf({ referredOn: '2026-03-02' })).toEqual(['referredOn']);
    expect(parseReferralInput({ ...valid, referredOn: '2026-03-02' }, auckland).referredOn).toBe(
      '2026-03-02',
    );
    expect(fieldsOf({ referredOn: '1926-02-28' })).toEqual(['referredOn']);
    expect(fieldsOf({ referredOn: '2026-02-30' })).toEqual(['referredOn']);
    expect(fieldsOf({ referredOn: 'yesterday' })).toEqual(['referredOn']);
  });
});

describe('parseRecordReferralInput', () => {
  it('starts a new referral at introduced unless told', () => {
    expect(parseRecordReferralInput(valid, clock).status).toBe('INTRODUCED');
    expect(parseRecordReferralInput({ ...valid, status: 'WON' }, clock).status).toBe('WON');
  });

  it('refuses an unknown status at its field', () => {
    expect(
      issuesOf(() => parseRecordReferralInput({ ...valid, status: 'MAYBE' }, clock)).map(
        ({ path }) => path.join('.'),
      ),
    ).toEqual(['status']);
  });
});
