import BigConstructor from 'big.js';
import { z } from 'zod';

/**
 * Money is an exact decimal with an ISO 4217 currency: amounts are decimal strings, worked on with
 * big.js, and never pass through a floating-point number.
 */
export type Money = { amount: string; currency: string };

/** Digits before the point and after it: what numeric(12, 2) holds. */
export const MONEY_INTEGER_DIGITS = 10;
export const MONEY_FRACTION_DIGITS = 2;

// Strict: a number given to Big is refused, so a float cannot slip into a calculation.
const Big = BigConstructor();
Big.strict = true;

const DECIMAL = new RegExp(
  `^-?\\d{1,${MONEY_INTEGER_DIGITS}}(\\.\\d{1,${MONEY_FRACTION_DIGITS}})?$`,
);

/**
 * What is wrong with a decimal written as text, or null: digits with an optional sign and point,
 * at most 10 digits before the point and 2 after (no exponent, no spaces, no thousands separator).
 */
export const decimalIssue = (text: string): string | null => {
  if (DECIMAL.test(text)) return null;
  const [whole = '', fraction, ...rest] = text.replace(/^-/, '').split('.');
  if (
    rest.length > 0 ||
    !/^\d+$/.test(whole) ||
    (fraction !== undefined && !/^\d+$/.test(fraction))
  )
    return 'Write the amount in digits with an optional decimal point, such as 12.30';
  if (whole.length > MONEY_INTEGER_DIGITS)
    return `The amount can have at most ${MONEY_INTEGER_DIGITS} digits before the decimal point`;
  return `The amount can have at most ${MONEY_FRACTION_DIGITS} decimal places`;
};

/** The amount as stored and shown back: two decimal places ("12.3" → "12.30", "-0" → "0.00"). */
export const canonicalAmount = (amount: string): string => {
  const fixed = new Big(amount).toFixed(MONEY_FRACTION_DIGITS);
  return fixed === `-${(0).toFixed(MONEY_FRACTION_DIGITS)}` ? fixed.slice(1) : fixed;
};

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

/** Whether the code is an ISO 4217 currency this runtime knows (GBP, EUR, USD …). */
export const isCurrencyCode = (code: string): boolean => CURRENCIES.has(code);

/** The decimal places the currency uses (JPY 0, GBP 2), at most the two amounts can have. */
export const currencyFractionDigits = (currency: string): number =>
  Math.min(
    MONEY_FRACTION_DIGITS,
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? MONEY_FRACTION_DIGITS,
  );

const fractionDigitsOf = (amount: string) => amount.split('.')[1]?.length ?? 0;

/** A currency as typed: trimmed, upper case, and one ISO 4217 knows. */
export const currencySchema = z
  .string({ error: 'Choose the currency' })
  .trim()
  .toUpperCase()
  .refine((code) => code.length > 0, 'Choose the currency')
  .refine(
    (code) => code.length === 0 || isCurrencyCode(code),
    'Choose a currency by its ISO 4217 code, such as GBP, EUR or USD',
  );

/**
 * An amount with its currency, checked: a decimal (see decimalIssue), no more decimal places than
 * the currency has, and, unless `allowNegative`, not below zero. The amount comes out canonical.
 */
export const moneySchema = ({
  label,
  allowNegative = false,
}: {
  label: string;
  allowNegative?: boolean;
}) =>
  z
    .object({
      amount: z
        .string({ error: `${label} must be an amount, such as 12.30` })
        .trim()
        .superRefine((amount, ctx) => {
          const issue = decimalIssue(amount);
          if (issue) ctx.addIssue({ code: 'custom', message: issue });
          else if (!allowNegative && new Big(amount).lt('0'))
            ctx.addIssue({ code: 'custom', message: `${label} cannot be negative` });
        }),
      currency: currencySchema,
    })
    .superRefine(({ amount, currency }, ctx) => {
      // Each field reports its own problem above.
      if (decimalIssue(amount) || !isCurrencyCode(currency)) return;
      const places = currencyFractionDigits(currency);
      if (fractionDigitsOf(amount) <= places) return;
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message:
          places === 0
            ? `${currency} amounts are whole, with no decimal places`
            : `${currency} amounts have at most ${places} decimal places`,
      });
    })
    .transform((money): Money => ({ ...money, amount: canonicalAmount(money.amount) }));

export class CurrencyMismatchError extends Error {
  constructor(a: string, b: string) {
    super(`Cannot add ${a} to ${b}: sums are kept per currency`);
    this.name = 'CurrencyMismatchError';
  }
}

/** The exact sum of two amounts in one currency; two currencies are never added. */
export const addMoney = (a: Money, b: Money): Money => {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return {
    amount: canonicalAmount(new Big(a.amount).plus(b.amount).toFixed()),
    currency: a.currency,
  };
};

/** Totals per currency, by currency code, so the same amounts always list the same way. */
export const sumByCurrency = (amounts: readonly Money[]): Money[] => {
  const totals = new Map<string, Money>();
  for (const money of amounts) {
    const total = totals.get(money.currency);
    totals.set(
      money.currency,
      total ? addMoney(total, money) : { ...money, amount: canonicalAmount(money.amount) },
    );
  }
  return [...totals.values()].sort((a, b) => (a.currency < b.currency ? -1 : 1));
};

/** The money two columns hold (amount and currency, both or neither), or null. */
export const moneyOf = (amount: string | null, currency: string | null): Money | null =>
  amount !== null && currency !== null ? { amount, currency } : null;
