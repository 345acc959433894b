import type { ReferralView } from './referral-queries.ts';

export type ReferralStatus = ReferralView['status'];
export type ReferralDirection = ReferralView['direction'];

/** In pipeline order, as the server has them. */
export const REFERRAL_STATUSES = [
  { value: 'INTRODUCED', label: 'Introduced' },
  { value: 'MET', label: 'Met' },
  { value: 'PROPOSAL', label: 'Proposal' },
  { value: 'WON', label: 'Won' },
  { value: 'LOST', label: 'Lost' },
] as const satisfies readonly { value: ReferralStatus; label: string }[];

export const statusLabel = (status: ReferralStatus): string =>
  REFERRAL_STATUSES.find((s) => s.value === status)?.label ?? status;

export const isReferralStatus = (value: unknown): value is ReferralStatus =>
  REFERRAL_STATUSES.some((s) => s.value === value);

const order = (status: ReferralStatus) => REFERRAL_STATUSES.findIndex((s) => s.value === status);

/**
 * Whether a move follows the pipeline (on from an open stage, or to lost): anything else
 * reopens the referral, which the form asks to confirm. The server applies the same rule.
 */
export const isForwardMove = (from: ReferralStatus, to: ReferralStatus): boolean =>
  from !== 'WON' && from !== 'LOST' && from !== to && (to === 'LOST' || order(to) > order(from));

export const directionLabel = (direction: ReferralDirection): string =>
  direction === 'RECEIVED' ? 'Received' : 'Given';

/** "Dora Referred", linked elsewhere when the person is in the network. */
export const referredNameOf = (referral: ReferralView): string =>
  referral.referredPerson?.name ?? referral.referredName ?? 'Someone';
