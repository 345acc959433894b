import { formatMoney, type Money } from '../../ui/money.ts';

export const VERDICT_LABELS = {
  STAY: 'Stay',
  INVEST: 'Invest: do more one-to-ones here',
  LEAVE: 'Leave',
} as const;

export const CHECK_TITLES = {
  NO_BUSINESS: 'Business from it',
  TOO_MUCH_TIME: 'Time it takes',
  WRONG_PEOPLE: 'The right people',
  TOO_MANY_COMPETITORS: 'Competitors',
  NOTHING_GIVEN_BACK: 'What I give back',
  NO_ENJOYMENT: 'Enjoyment',
  DEPTH_MISSING: 'Depth with members',
} as const;

export const PERIOD_LABELS = {
  LAST_3_MONTHS: '3 months',
  LAST_6_MONTHS: '6 months',
  LAST_12_MONTHS: '12 months',
} as const;

export type ReviewPreset = keyof typeof PERIOD_LABELS;

/**
 * Amounts in several currencies, each on its own ("£1,200.00 and €300.00"): they are never
 * added together. `none` when there are none.
 */
export const moneyListText = (amounts: readonly Money[], none = '—'): string =>
  amounts.length === 0 ? none : amounts.map(formatMoney).join(' and ');

/** "33 %", or "—" when there was nobody to count. */
export const percentText = (percent: number | null): string =>
  percent === null ? '—' : `${percent} %`;

/** "1 referral", "3 referrals". */
export const countText = (count: number, one: string, many = `${one}s`): string =>
  `${count} ${count === 1 ? one : many}`;
