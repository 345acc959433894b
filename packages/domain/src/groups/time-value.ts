import BigConstructor from 'big.js';
import { canonicalAmount, currencyFractionDigits, type Money } from '../shared/money.ts';

// Strict: a number given to Big is refused, so a float cannot slip into a calculation.
const Big = BigConstructor();
Big.strict = true;

/**
 * What `minutes` of my time are worth at `hourlyRate` (an hour's worth, in the account
 * currency): minutes × rate ÷ 60, exact, then rounded half-up once to the currency's minor unit
 * (pennies for GBP, whole yen for JPY), so a review's lines never carry a fraction of a penny.
 */
export const timeValue = (minutes: number, hourlyRate: Money): Money => {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw new RangeError(`Minutes must be a whole number ≥ 0; got ${minutes}`);
  }
  const exact = new Big(hourlyRate.amount).times(String(minutes)).div('60');
  return {
    amount: canonicalAmount(
      exact.round(currencyFractionDigits(hourlyRate.currency), Big.roundHalfUp).toFixed(),
    ),
    currency: hourlyRate.currency,
  };
};
