import { groupMemberships, groups, knows, people, referrals, targetBuyers } from '@tend/db';
import {
  countByRegion,
  isUuid,
  type MapRegion,
  type Money,
  mapRegion,
  type NextStep,
  nextStep,
  notFound,
  type OriginKind,
  referralReadiness,
  wonShares,
} from '@tend/domain';
import { and, asc, eq, exists, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { AccountSettings, Scope } from '../scope.ts';

export type NetworkMapFilter = {
  groupId?: string | null;
  tag?: string | null;
  /** People who know this target buyer profile. */
  targetBuyerId?: string | null;
  /** People who know any active target buyer profile. */
  knowsTargetBuyer?: boolean | null;
  /** Only people due or overdue for a depth touch. */
  staleOnly?: boolean | null;
};

export type NetworkMapPoint = {
  id: string;
  name: string;
  trust: number;
  theirUnderstanding: number;
  originKind: OriginKind;
  originGroupId: string | null;
  originGroupName: string | null;
  originPersonId: string | null;
  originPersonName: string | null;
  stale: boolean;
  /** The won value of the referrals they gave me, one amount per currency. */
  won: Money[];
  /** Their won value against the most anyone won in that currency, 0–1: the mark's size. */
  wonShare: number;
  readiness: number;
  region: MapRegion;
  nextStep: NextStep;
};

export type NetworkMap = {
  readyThreshold: number;
  regionCounts: Record<MapRegion, number>;
  points: NetworkMapPoint[];
};

const introducers = alias(people, 'introducer');

/** Every active person matching the filter, by name, in one statement whatever their number. */
export const getNetworkMap = async (
  scope: Scope,
  settings: Pick<AccountSettings, 'readyThreshold'>,
  filter: NetworkMapFilter,
): Promise<NetworkMap> => {
  const { db, accountId, now } = scope;
  if (filter.groupId && !isUuid(filter.groupId)) throw notFound('group', filter.groupId);
  if (filter.targetBuyerId && !isUuid(filter.targetBuyerId)) {
    throw notFound('target buyer', filter.targetBuyerId);
  }

  // Won value per person and currency first, so the outer query joins one row per person.
  const perCurrency = db
    .select({
      personId: referrals.personId,
      currency: sql<string>`${referrals.currency}`.as('currency'),
      total: sql<string>`sum(${referrals.value})::text`.as('total'),
    })
    .from(referrals)
    .where(
      and(
        eq(referrals.accountId, accountId),
        eq(referrals.direction, 'RECEIVED'),
        eq(referrals.status, 'WON'),
        sql`${referrals.value} is not null`,
      ),
    )
    .groupBy(referrals.personId, referrals.currency)
    .as('per_currency');
  const won = db
    .select({
      personId: perCurrency.personId,
      won: sql<
        Money[]
      >`json_agg(json_build_object('amount', ${perCurrency.total}, 'currency', ${perCurrency.currency}) order by ${perCurrency.currency})`.as(
        'won',
      ),
    })
    .from(perCurrency)
    .groupBy(perCurrency.personId)
    .as('won');

  const conditions: (SQL | undefined)[] = [
    eq(people.accountId, accountId),
    isNull(people.archivedAt),
  ];
  if (filter.groupId) {
    conditions.push(
      or(
        eq(people.originGroupId, filter.groupId),
        exists(
          db
            .select({ one: sql`1` })
            .from(groupMemberships)
            .where(
              and(
                eq(groupMemberships.accountId, accountId),
                eq(groupMemberships.groupId, filter.groupId),
                eq(groupMemberships.personId, people.id),
                isNull(groupMemberships.leftOn),
              ),
            ),
        ),
      ),
    );
  }
  if (filter.tag) conditions.push(sql`${filter.tag} = any(${people.tags})`);
  if (filter.targetBuyerId || filter.knowsTargetBuyer) {
    conditions.push(
      exists(
        db
          .select({ one: sql`1` })
          .from(knows)
          .innerJoin(
            targetBuyers,
            and(
              eq(targetBuyers.accountId, knows.accountId),
              eq(targetBuyers.id, knows.targetBuyerId),
              isNull(targetBuyers.archivedAt),
            ),
          )
          .where(
            and(
              eq(knows.accountId, accountId),
              eq(knows.personId, people.id),
              filter.targetBuyerId ? eq(knows.targetBuyerId, filter.targetBuyerId) : undefined,
            ),
          ),
      ),
    );
  }
  if (filter.staleOnly) conditions.push(lte(people.nextDueAt, now));

  const rows = await db
    .select({
      id: people.id,
      name: people.name,
      trust: people.trust,
      theirUnderstanding: people.theirUnderstanding,
      originKind: people.originKind,
      originGroupId: people.originGroupId,
      originGroupName: groups.name,
      originPersonId: people.originPersonId,
      originPersonName: introducers.name,
      stale: sql<boolean>`coalesce(${people.nextDueAt} <= ${now.toISOString()}::timestamptz, false)`,
      won: sql<Money[]>`coalesce(${won.won}, '[]'::json)`,
    })
    .from(people)
    .leftJoin(
      groups,
      and(eq(groups.accountId, people.accountId), eq(groups.id, people.originGroupId)),
    )
    .leftJoin(
      introducers,
      and(eq(introducers.accountId, people.accountId), eq(introducers.id, people.originPersonId)),
    )
    .leftJoin(won, eq(won.personId, people.id))
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${people.name})`), asc(people.id));
  const threshold = settings.readyThreshold;
  const shares = wonShares(rows);
  return {
    readyThreshold: threshold,
    regionCounts: countByRegion(rows, threshold),
    points: rows.map((row, index) => ({
      ...row,
      wonShare: shares[index] ?? 0,
      readiness: referralReadiness(row),
      region: mapRegion(row, threshold),
      nextStep: nextStep(row),
    })),
  };
};
