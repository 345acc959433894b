import { type people, referrals } from '@tend/db';
import { eq, type SQL, sql } from 'drizzle-orm';

export const REFERRAL_BALANCE_SORTS = ['MOST_RECEIVED', 'MOST_GIVEN'] as const;
export type ReferralBalanceSort = (typeof REFERRAL_BALANCE_SORTS)[number];

export const REFERRAL_BALANCE_FILTERS = ['HAS_GIVEN_ME', 'I_OWE_THEM'] as const;
export type ReferralBalanceFilter = (typeof REFERRAL_BALANCE_FILTERS)[number];

const received = sql`count(*) filter (where ${referrals.direction} = 'RECEIVED')`;
const given = sql`count(*) filter (where ${referrals.direction} = 'GIVEN')`;

/** The account's referrals counted per person, in one grouped pass over its referrals. */
const balances = (accountId: string, side: SQL) =>
  sql`select ${referrals.personId} as person_id, ${side} as n from ${referrals} where ${eq(referrals.accountId, accountId)} group by ${referrals.personId}`;

/** Wider than any count, so the padded keys compare like the numbers. */
const KEY_DIGITS = 9;
const KEY_MAX = 10 ** KEY_DIGITS - 1;

/**
 * A text order key for the people list: most referrals (received or given) first, then by
 * name. The counts are grouped once for the whole query (an uncorrelated subquery, computed
 * once) and each row looks its own up by id: never a count per person.
 */
export const referralBalanceKey = (
  table: typeof people,
  accountId: string,
  sort: ReferralBalanceSort,
): SQL<string> => {
  const counts = sql`(select coalesce(jsonb_object_agg(b.person_id, b.n), '{}'::jsonb) from (${balances(accountId, sort === 'MOST_RECEIVED' ? received : given)}) b)`;
  const count = sql`coalesce((${counts} ->> ${table.id}::text)::int, 0)`;
  return sql<string>`lpad((${KEY_MAX} - ${count})::text, ${KEY_DIGITS}, '0') || ' ' || lower(${table.name})`;
};

/**
 * People who gave me referrals, or to whom I owe some (they gave more than they got): a
 * semi-join on the grouped counts.
 */
export const referralBalanceCondition = (
  table: typeof people,
  accountId: string,
  filter: ReferralBalanceFilter,
): SQL => {
  const having = filter === 'HAS_GIVEN_ME' ? sql`${received} > 0` : sql`${received} > ${given}`;
  return sql`${table.id} in (select ${referrals.personId} from ${referrals} where ${eq(referrals.accountId, accountId)} group by ${referrals.personId} having ${having})`;
};
