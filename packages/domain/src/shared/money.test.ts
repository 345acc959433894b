import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  CurrencyMismatchError,
  canonicalAmount,
  decimalIssue,
  isCurrencyCode,
  type Money,
  moneySchema,
  sumByCurrency,
} from './money.ts';

const gbp = (amount: string): Money => ({ amount, currency: 'GBP' });

/** A decimal as the API takes it: up to 10 digits, up to 2 decimal places. */
const decimalText = fc
  .tuple(
    fc.boolean(),
    fc.stringMatching(/^\d{1,10}$/),
    fc.option(fc.stringMatching(/^\d{1,2}$/), { nil: undefined }),
  )
  .map(
    ([negative, whole, fraction]) =>
      `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`,
  );

/** Cents as a bigint, the exact reference the decimal arithmetic is checked against. */
const centsOf = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.replace('-', '').split('.');
  const cents = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return amount.startsWith('-') ? -cents : cents;
};

const cost = moneySchema({ label: 'Cost' });
const issuesOf = (input: unknown) =>
  cost.safeParse(input).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('decimals', () => {
  it('accepts every decimal of up to 10 digits and 2 places, and canonicalises it exactly', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(decimalIssue(text)).toBeNull();
        const canonical = canonicalAmount(text);
        expect(canonical).toMatch(/^-?\d+\.\d{2}$/);
        expect(centsOf(canonical)).toBe(centsOf(text));
        // Canonical text parses to itself: formatting and parsing round-trip.
        expect(canonicalAmount(canonical)).toBe(canonical);
      }),
    );
  });

  it('names what is wrong with text that is no decimal', () => {
    const digits = 'Write the amount in digits with an optional decimal point, such as 12.30';
    expect(decimalIssue('1e3')).toBe(digits);
    expect(decimalIssue('abc')).toBe(digits);
    expect(decimalIssue('')).toBe(digits);
    expect(decimalIssue('1,000')).toBe(digits);
    expect(decimalIssue('12.')).toBe(digits);
    expect(decimalIssue('.5')).toBe(digits);
    expect(decimalIssue('1.2.3')).toBe(digits);
    expect(decimalIssue(' 12')).toBe(digits);
    expect(decimalIssue('Infinity')).toBe(digits);
    expect(decimalIssue('12.345')).toBe('The amount can have at most 2 decimal places');
    expect(decimalIssue('12345678901')).toBe(
      'The amount can have at most 10 digits before the decimal point',
    );
  });

  it('writes zero without a sign', () => {
    expect(canonicalAmount('-0')).toBe('0.00');
    expect(canonicalAmount('-0.00')).toBe('0.00');
    expect(canonicalAmount('12.3')).toBe('12.30');
  });
});

describe('adding money', () => {
  it('is exact: 0.1 + 0.2 is 0.3', () => {
    expect(addMoney(gbp('0.1'), gbp('0.2'))).toEqual(gbp('0.30'));
  });

  it('adds any two amounts exactly, as whole cents would', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        const sum = addMoney(gbp(a), gbp(b));
        expect(centsOf(sum.amount)).toBe(centsOf(a) + centsOf(b));
        expect(addMoney(gbp(b), gbp(a))).toEqual(sum);
      }),
    );
  });

  it('refuses to add two currencies', () => {
    fc.assert(
      fc.property(
        decimalText,
        decimalText,
        fc.constantFrom('EUR', 'USD', 'JPY', 'CHF'),
        (a, b, other) => {
          expect(() => addMoney(gbp(a), { amount: b, currency: other })).toThrow(
            CurrencyMismatchError,
          );
        },
      ),
    );
  });

  it('sums per currency, never mixing them', () => {
    expect(
      sumByCurrency([gbp('1.10'), { amount: '5', currency: 'EUR' }, gbp('2.20'), gbp('-0.30')]),
    ).toEqual([{ amount: '5.00', currency: 'EUR' }, gbp('3.00')]);
    expect(sumByCurrency([])).toEqual([]);
  });
});

describe('money input', () => {
  it('takes an amount and an ISO 4217 currency, canonical', () => {
    expect(cost.parse({ amount: ' 12.3 ', currency: 'gbp' })).toEqual(gbp('12.30'));
    expect(cost.parse({ amount: '0', currency: 'EUR' })).toEqual({
      amount: '0.00',
      currency: 'EUR',
    });
    expect(isCurrencyCode('GBP')).toBe(true);
    expect(isCurrencyCode('XYZ')).toBe(false);
  });

  it('says what is wrong, at the field', () => {
    expect(issuesOf({ amount: '-1', currency: 'GBP' })).toEqual([
      ['amount', 'Cost cannot be negative'],
    ]);
    expect(issuesOf({ amount: '12.345', currency: 'GBP' })).toEqual([
      ['amount', 'The amount can have at most 2 decimal places'],
    ]);
    expect(issuesOf({ amount: '1e3', currency: 'GBP' })).toEqual([
      ['amount', 'Write the amount in digits with an optional decimal point, such as 12.30'],
    ]);
    expect(issuesOf({ amount: '12', currency: '' })).toEqual([['currency', 'Choose the currency']]);
    expect(issuesOf({ amount: '12' })).toEqual([['currency', 'Choose the currency']]);
    expect(issuesOf({ amount: '12', currency: 'EURO' })).toEqual([
      ['currency', 'Choose a currency by its ISO 4217 code, such as GBP, EUR or USD'],
    ]);
    expect(issuesOf({ amount: 12.5, currency: 'GBP' })).toEqual([
      ['amount', 'Cost must be an amount, such as 12.30'],
    ]);
    expect(issuesOf({ amount: '1200.50', currency: 'JPY' })).toEqual([
      ['amount', 'JPY amounts are whole, with no decimal places'],
    ]);
    expect(cost.parse({ amount: '1200', currency: 'JPY' })).toEqual({
      amount: '1200.00',
      currency: 'JPY',
    });
  });

  it('lets a signed amount through where negatives make sense', () => {
    expect(moneySchema({ label: 'Balance', allowNegative: true }).parse(gbp('-3.5'))).toEqual(
      gbp('-3.50'),
    );
  });
});
