import type { DbExecutor } from '@tend/db';
import { accounts, groupMemberships, groups, knows, people, targetBuyers } from '@tend/db';
import {
  type BuyerGap,
  buyerGaps,
  type GapPerson,
  type GapTag,
  type GroupFacts,
  KNOWS_STRENGTHS,
  MAX_GAP_NOT_READY,
  MAX_GAP_SUGGESTIONS,
  MAX_LEVEL,
  type NotReadyKnower,
  type TwoStepPath,
} from '@tend/domain';
import { and, eq, exists, gte, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Scope } from '../scope.ts';

type PersonRow = typeof people.$inferSelect;
type GroupRow = typeof groups.$inferSelect;
type TargetBuyerRow = typeof targetBuyers.$inferSelect;

export type BuyerGapsView = {
  threshold: number;
  profileCount: number;
  coveredCount: number;
  gaps: {
    targetBuyer: TargetBuyerRow;
    nobodyKnows: boolean;
    knowerCount: number;
    notReady: (Omit<NotReadyKnower, 'person'> & { person: PersonRow })[];
    paths: (Omit<TwoStepPath, 'via' | 'to'> & { via: PersonRow; to: PersonRow })[];
    suggestions: {
      groups: (Omit<GroupFacts, 'id' | 'name'> & { group: GroupRow })[];
      introducers: { person: PersonRow; introducedCount: number }[];
    };
  }[];
};

/** The ready end of a two-step path, beside the person who knows the profile. */
const readyPeople = alias(people, 'ready');

/** The depth columns of the people table or of an alias of it. */
type DepthColumns = Record<'trust' | 'theirUnderstanding', AnyPgColumn>;

/** Referral readiness in SQL, the same formula as the domain's `referralReadiness`. */
const readinessOf = (p: DepthColumns) =>
  sql<number>`round(least(${p.trust}, ${p.theirUnderstanding}) * 100.0 / ${MAX_LEVEL})`;

const isReadySql = (p: DepthColumns, threshold: number) => gte(readinessOf(p), threshold);

/** 1 (knows of) … 4 (can introduce), in the domain's order of strengths. */
const strengthRankSql = sql`array_position(array[${sql.join(
  KNOWS_STRENGTHS.map((s) => sql`${s}`),
  sql`, `,
)}]::text[], ${knows.strength})`;

const gapPersonColumns = (p: typeof people | typeof readyPeople) => ({
  id: p.id,
  name: p.name,
  trust: p.trust,
  theirUnderstanding: p.theirUnderstanding,
  introducedById: p.originPersonId,
});

/** The person a knows tag names, unless archived (out of the network). */
const taggedPerson = and(
  eq(people.accountId, knows.accountId),
  eq(people.id, knows.personId),
  isNull(people.archivedAt),
);

/**
 * Each active profile with one ready person who knows it, if any: the tags carry their
 * person's readiness, so the lateral subquery is one probe of the (account, profile,
 * readiness) index, however many people know the profile, and proves a gap as cheaply.
 */
const loadProfiles = (db: DbExecutor, accountId: string, threshold: number) => {
  const ready = db
    .select({ strength: knows.strength, ...gapPersonColumns(people) })
    .from(knows)
    .innerJoin(people, and(eq(people.accountId, knows.accountId), eq(people.id, knows.personId)))
    .where(
      and(
        eq(knows.accountId, accountId),
        eq(knows.targetBuyerId, targetBuyers.id),
        eq(knows.personActive, true),
        gte(knows.readiness, threshold),
      ),
    )
    .limit(1)
    .as('ready');
  return db
    .select({
      profile: targetBuyers,
      readyStrength: ready.strength,
      ready: {
        id: ready.id,
        name: ready.name,
        trust: ready.trust,
        theirUnderstanding: ready.theirUnderstanding,
        introducedById: ready.introducedById,
      },
    })
    .from(targetBuyers)
    .leftJoinLateral(ready, sql`true`)
    .where(and(eq(targetBuyers.accountId, accountId), isNull(targetBuyers.archivedAt)));
};

/**
 * For the gap profiles only: how many people know each, and the readiest of them (the domain's
 * order: readiness, then strength), so a gap known by thousands still returns a handful of rows.
 */
const loadGapKnowers = async (db: DbExecutor, accountId: string, gapIds: string[]) => {
  const ranked = db
    .select({
      targetBuyerId: knows.targetBuyerId,
      strength: knows.strength,
      ...gapPersonColumns(people),
      rank: sql<number>`row_number() over (partition by ${knows.targetBuyerId} order by ${readinessOf(people)} desc, ${strengthRankSql} desc, lower(${people.name}), ${people.id})`.as(
        'rank',
      ),
      total: sql<number>`count(*) over (partition by ${knows.targetBuyerId})`
        .mapWith(Number)
        .as('total'),
    })
    .from(knows)
    .innerJoin(people, taggedPerson)
    .where(and(eq(knows.accountId, accountId), inArray(knows.targetBuyerId, gapIds)))
    .as('ranked');
  return db.select().from(ranked).where(lte(ranked.rank, MAX_GAP_NOT_READY));
};

/**
 * The knowers of gap profiles linked to a ready person by an introduction, both ways round:
 * the ready person introduced them (their origin), read by primary key; or they introduced the
 * ready person, read through the origin-person index.
 */
const loadPathLinks = async (
  db: DbExecutor,
  accountId: string,
  gapIds: string[],
  threshold: number,
) => {
  const link = (on: SQL | undefined) =>
    db
      .select({
        targetBuyerId: knows.targetBuyerId,
        strength: knows.strength,
        knower: gapPersonColumns(people),
        ready: gapPersonColumns(readyPeople),
      })
      .from(knows)
      .innerJoin(people, taggedPerson)
      .innerJoin(
        readyPeople,
        and(
          eq(readyPeople.accountId, people.accountId),
          on,
          isNull(readyPeople.archivedAt),
          isReadySql(readyPeople, threshold),
        ),
      )
      .where(and(eq(knows.accountId, accountId), inArray(knows.targetBuyerId, gapIds)));
  return [
    ...(await link(eq(readyPeople.id, people.originPersonId))),
    ...(await link(eq(readyPeople.originPersonId, people.id))),
  ];
};

/** What to suggest for a profile nobody knows: the groups still joined, and ready introducers. */
const loadSuggestionFacts = async (db: DbExecutor, accountId: string, threshold: number) => {
  const introduced = alias(people, 'introduced');
  const groupRows = await db
    .select({
      group: groups,
      membersWhoKnow: sql<number>`count(*) filter (where ${exists(
        db
          .select({ one: sql`1` })
          .from(knows)
          .where(
            and(
              eq(knows.accountId, groupMemberships.accountId),
              eq(knows.personId, groupMemberships.personId),
            ),
          ),
      )})`.mapWith(Number),
      membersWhoIntroduced: sql<number>`count(*) filter (where ${exists(
        db
          .select({ one: sql`1` })
          .from(introduced)
          .where(
            and(
              eq(introduced.accountId, groupMemberships.accountId),
              eq(introduced.originPersonId, groupMemberships.personId),
            ),
          ),
      )})`.mapWith(Number),
    })
    .from(groups)
    .leftJoin(
      groupMemberships,
      and(
        eq(groupMemberships.accountId, groups.accountId),
        eq(groupMemberships.groupId, groups.id),
        isNull(groupMemberships.leftOn),
      ),
    )
    .where(and(eq(groups.accountId, accountId), isNull(groups.leftOn)))
    .groupBy(groups.id);
  // Counted per introducer first (in the origin-person index's order), then joined to the
  // few introducers by primary key. The domain ranks these the same way; the limit keeps the
  // rows few.
  const counts = db
    .select({
      introducerId: introduced.originPersonId,
      introducedCount: sql<number>`count(*)`.mapWith(Number).as('introduced_count'),
    })
    .from(introduced)
    .where(and(eq(introduced.accountId, accountId), isNotNull(introduced.originPersonId)))
    .groupBy(introduced.originPersonId)
    .as('counts');
  const introducerRows = await db
    .select({ person: gapPersonColumns(people), introducedCount: counts.introducedCount })
    .from(counts)
    .innerJoin(people, and(eq(people.accountId, accountId), eq(people.id, counts.introducerId)))
    .where(and(isNull(people.archivedAt), isReadySql(people, threshold)))
    .orderBy(
      sql`${counts.introducedCount} desc`,
      sql`${readinessOf(people)} desc`,
      sql`lower(${people.name})`,
      people.id,
    )
    .limit(MAX_GAP_SUGGESTIONS);
  return { groupRows, introducerRows };
};

/**
 * The gap list: active profiles nobody ready knows, with who knows them but is not ready, the
 * two-step paths through ready people, and suggestions where nobody knows them at all. Reads
 * only what the answer needs: one ready knower per covered profile, and for gaps their readiest
 * knowers, their introduction links and (when nobody knows one) the groups and introducers.
 */
export const listBuyerGaps = async ({ db, accountId }: Scope): Promise<BuyerGapsView> => {
  const [account] = await db
    .select({ readyThreshold: accounts.readyThreshold })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) throw new Error(`Account ${accountId} is missing`);
  const threshold = account.readyThreshold;

  const profileRows = await loadProfiles(db, accountId, threshold);
  const gapIds = profileRows.filter((row) => row.ready === null).map((row) => row.profile.id);
  const knowerRows = gapIds.length === 0 ? [] : await loadGapKnowers(db, accountId, gapIds);
  const linkRows = gapIds.length === 0 ? [] : await loadPathLinks(db, accountId, gapIds, threshold);
  const knowerCounts = new Map(knowerRows.map((row) => [row.targetBuyerId, row.total]));
  const nobodyKnowsSome = gapIds.some((id) => !knowerCounts.has(id));
  const { groupRows, introducerRows } = nobodyKnowsSome
    ? await loadSuggestionFacts(db, accountId, threshold)
    : { groupRows: [], introducerRows: [] };

  const gapPeople = new Map<string, GapPerson>();
  const tags: GapTag[] = [];
  for (const { targetBuyerId, strength, rank: _rank, total: _total, ...person } of knowerRows) {
    gapPeople.set(person.id, person);
    tags.push({ personId: person.id, targetBuyerId, strength });
  }
  for (const row of linkRows) {
    gapPeople.set(row.knower.id, row.knower);
    gapPeople.set(row.ready.id, row.ready);
    tags.push({
      personId: row.knower.id,
      targetBuyerId: row.targetBuyerId,
      strength: row.strength,
    });
  }
  // A covered profile needs only its one ready knower for the domain to call it covered.
  for (const { profile, ready, readyStrength } of profileRows) {
    if (!ready || !readyStrength) continue;
    gapPeople.set(ready.id, ready);
    tags.push({ personId: ready.id, targetBuyerId: profile.id, strength: readyStrength });
  }

  const result = buyerGaps({
    threshold,
    // Gap profiles carry their count, as only their readiest knowers were read.
    profiles: profileRows.map(({ profile, ready }) =>
      ready
        ? { id: profile.id, name: profile.name }
        : { id: profile.id, name: profile.name, knowerCount: knowerCounts.get(profile.id) ?? 0 },
    ),
    tags: dedupeTags(tags),
    people: [...gapPeople.values()],
    groups: groupRows.map(({ group, membersWhoKnow, membersWhoIntroduced }) => ({
      id: group.id,
      name: group.name,
      membersWhoKnow,
      membersWhoIntroduced,
    })),
    introducers: introducerRows,
  });

  return {
    threshold,
    profileCount: profileRows.length,
    coveredCount: result.coveredCount,
    gaps: await withRows(db, accountId, result.gaps, profileRows, groupRows),
  };
};

/** The same tag can come from both the readiest knowers and the path links. */
const dedupeTags = (tags: GapTag[]) => [
  ...new Map(tags.map((tag) => [`${tag.personId} ${tag.targetBuyerId}`, tag])).values(),
];

/** The full rows of the people, profiles and groups shown, read in one query for the people. */
const withRows = async (
  db: DbExecutor,
  accountId: string,
  gaps: BuyerGap[],
  profileRows: { profile: TargetBuyerRow }[],
  groupRows: { group: GroupRow }[],
): Promise<BuyerGapsView['gaps']> => {
  const shownIds = new Set(
    gaps.flatMap((gap) => [
      ...gap.notReady.map((k) => k.person.id),
      ...gap.paths.flatMap((p) => [p.via.id, p.to.id]),
      ...gap.suggestions.introducers.map((i) => i.person.id),
    ]),
  );
  const personRows =
    shownIds.size === 0
      ? []
      : await db
          .select()
          .from(people)
          .where(and(eq(people.accountId, accountId), inArray(people.id, [...shownIds])));
  const personOf = rowLookup(new Map(personRows.map((p) => [p.id, p])), 'person');
  const profileOf = rowLookup(
    new Map(profileRows.map((r) => [r.profile.id, r.profile])),
    'profile',
  );
  const groupOf = rowLookup(new Map(groupRows.map((r) => [r.group.id, r.group])), 'group');
  return gaps.map((gap) => ({
    targetBuyer: profileOf(gap.profile.id),
    nobodyKnows: gap.nobodyKnows,
    knowerCount: gap.knowerCount,
    notReady: gap.notReady.map((k) => ({ ...k, person: personOf(k.person.id) })),
    paths: gap.paths.map((p) => ({ ...p, via: personOf(p.via.id), to: personOf(p.to.id) })),
    suggestions: {
      groups: gap.suggestions.groups.map(({ id, membersWhoKnow, membersWhoIntroduced }) => ({
        group: groupOf(id),
        membersWhoKnow,
        membersWhoIntroduced,
      })),
      introducers: gap.suggestions.introducers.map((i) => ({
        person: personOf(i.person.id),
        introducedCount: i.introducedCount,
      })),
    },
  }));
};

const rowLookup =
  <T>(rows: Map<string, T>, what: string) =>
  (id: string): T => {
    const row = rows.get(id);
    // Read in this same transaction a moment ago: a missing row is a bug, not a user error.
    if (!row) throw new Error(`The gap list lost its ${what} ${id}`);
    return row;
  };
