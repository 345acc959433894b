import { formatMoney, type Money } from '../../ui/money.ts';

export const GROUP_KIND_LABELS = {
  REFERRAL_CLUB: 'Referral club (one per profession)',
  CHAMBER: 'Chamber of commerce',
  ONLINE_COMMUNITY: 'Online community',
  MASTERMIND: 'Mastermind',
  ASSOCIATION: 'Association',
  OTHER: 'Other',
} as const;

export type GroupKind = keyof typeof GROUP_KIND_LABELS;

/** "£95.50 a month", or null without a fee. */
export const feeText = (fee: Money | null, period: 'YEAR' | 'MONTH'): string | null =>
  fee ? `${formatMoney(fee)} a ${period === 'YEAR' ? 'year' : 'month'}` : null;

/** "2 h 45 min" for 165 minutes. */
export const minutesText = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
};
