import {
  isReferralStatus,
  type ReferralDirection,
  type ReferralStatus,
} from './referral-labels.ts';

// Kept apart from the page, so the router reads the address without loading the page's chunk.

export type ReferralsSearch = {
  direction?: ReferralDirection | undefined;
  status?: ReferralStatus | undefined;
  person?: string | undefined;
  profile?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The filters as the address holds them: anything unknown is dropped, not sent. */
export const validateReferralsSearch = (search: Record<string, unknown>): ReferralsSearch => ({
  direction:
    search.direction === 'GIVEN' || search.direction === 'RECEIVED' ? search.direction : undefined,
  status: isReferralStatus(search.status) ? search.status : undefined,
  person: text(search.person),
  profile: text(search.profile),
  from: typeof search.from === 'string' && DATE.test(search.from) ? search.from : undefined,
  to: typeof search.to === 'string' && DATE.test(search.to) ? search.to : undefined,
});
