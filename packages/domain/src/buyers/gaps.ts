import { type NextStep, nextStep, referralReadiness } from '../depth/readiness.ts';
import { KNOWS_STRENGTHS, type KnowsStrength } from './knows-input.ts';
import { knowsStrengthRank } from './knows-strength.ts';

/** The readiness from which someone counts as ready to introduce, unless the account sets one. */
export const DEFAULT_READY_THRESHOLD = 60;
export const MIN_READY_THRESHOLD = 0;
export const MAX_READY_THRESHOLD = 100;

/** Per gap, the readiest not-ready people shown, the best two-step paths, and suggestions. */
export const MAX_GAP_NOT_READY = 10;
export const MAX_GAP_PATHS = 5;
export const MAX_GAP_SUGGESTIONS = 3;

export type GapPerson = {
  id: string;
  name: string;
  trust: number;
  theirUnderstanding: number;
  /** Who introduced the account to this person (their origin), if someone did. */
  introducedById: string | null;
};

export type GapProfile = {
  id: string;
  name: string;
  /**
   * How many people know the profile, when the tags given are only some of them (the readiest,
   * and those with a ready introducer link); without it, the tags given are all of them.
   */
  knowerCount?: number;
};

export type GapTag = { personId: string; targetBuyerId: string; strength: KnowsStrength };

export type GroupFacts = {
  id: string;
  name: string;
  /** Members who know some target buyer profile. */
  membersWhoKnow: number;
  /** Members who introduced the account to someone. */
  membersWhoIntroduced: number;
};

export type IntroducerFacts = { person: GapPerson; introducedCount: number };

export type GapFacts = {
  threshold: number;
  /** The profiles to check (the active ones). */
  profiles: readonly GapProfile[];
  tags: readonly GapTag[];
  /** Everyone the tags and introductions name; a tag or link to someone not here is ignored. */
  people: readonly GapPerson[];
  groups: readonly GroupFacts[];
  introducers: readonly IntroducerFacts[];
};

export type NotReadyKnower = {
  person: GapPerson;
  readiness: number;
  strength: KnowsStrength;
  nextStep: NextStep;
};

/**
 * INTRODUCED_THEM: the ready person introduced the account to the one who knows the profile.
 * INTRODUCED_BY: the one who knows the profile introduced the account to the ready person.
 */
export type PathRelation = 'INTRODUCED_THEM' | 'INTRODUCED_BY';

/** READINESS: the ready person's readiness is the weaker link; TIE: the knower's tie to the profile. */
export type PathLink = 'READINESS' | 'TIE';

export type TwoStepPath = {
  via: GapPerson;
  to: GapPerson;
  viaRelation: PathRelation;
  viaReadiness: number;
  tie: KnowsStrength;
  tieScore: number;
  /** The weaker link's score, 0–100: a path is only as good as its weaker link. */
  strength: number;
  weakerLink: PathLink;
};

export type GapSuggestions = { groups: GroupFacts[]; introducers: IntroducerFacts[] };

export type BuyerGap = {
  profile: GapProfile;
  /** How many people know the profile (none of them ready). */
  knowerCount: number;
  nobodyKnows: boolean;
  notReady: NotReadyKnower[];
  paths: TwoStepPath[];
  suggestions: GapSuggestions;
};

export type BuyerGaps = { threshold: number; coveredCount: number; gaps: BuyerGap[] };

export const isReady = (
  person: Pick<GapPerson, 'trust' | 'theirUnderstanding'>,
  threshold: number,
) => referralReadiness(person) >= threshold;

/**
 * A knower's tie to the profile on the readiness scale, so the two links of a path compare:
 * knows of 25, knows personally 50, works with 75, can introduce 100.
 */
export const tieScore = (strength: KnowsStrength): number =>
  Math.round(((knowsStrengthRank(strength) + 1) / KNOWS_STRENGTHS.length) * 100);

const byText = (a: string, b: string) => a.localeCompare(b, 'en');
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Readiest first, then the stronger tie, then by name and id, so input order never matters. */
const compareNotReady = (a: NotReadyKnower, b: NotReadyKnower) =>
  b.readiness - a.readiness ||
  knowsStrengthRank(b.strength) - knowsStrengthRank(a.strength) ||
  byText(a.person.name, b.person.name) ||
  byId(a.person.id, b.person.id);

/** The stronger weaker link first; equal ones by the stronger other link, then by names and ids. */
const comparePaths = (a: TwoStepPath, b: TwoStepPath) =>
  b.strength - a.strength ||
  b.viaReadiness + b.tieScore - (a.viaReadiness + a.tieScore) ||
  byText(a.via.name, b.via.name) ||
  byText(a.to.name, b.to.name) ||
  byId(a.via.id, b.via.id) ||
  byId(a.to.id, b.to.id);

/**
 * A two-step path: ask a ready person to vouch for you to someone they are linked with by an
 * introduction, who knows the profile but is not ready themselves. The link between those two
 * is an introduction one of them made, so the path is as strong as its weaker other link: the
 * ready person's readiness, or the knower's tie to the profile (`tieScore`); on a draw the
 * readiness is named the weaker.
 */
export const twoStepPath = (
  via: GapPerson,
  to: GapPerson,
  viaRelation: PathRelation,
  tie: KnowsStrength,
): TwoStepPath => {
  const viaReadiness = referralReadiness(via);
  const score = tieScore(tie);
  return {
    via,
    to,
    viaRelation,
    viaReadiness,
    tie,
    tieScore: score,
    strength: Math.min(viaReadiness, score),
    weakerLink: viaReadiness <= score ? 'READINESS' : 'TIE',
  };
};

/** Groups whose members know profiles or have introduced people first; then by name. */
export const rankGroupSuggestions = (groups: readonly GroupFacts[]): GroupFacts[] =>
  [...groups]
    .sort(
      (a, b) =>
        b.membersWhoKnow + b.membersWhoIntroduced - (a.membersWhoKnow + a.membersWhoIntroduced) ||
        byText(a.name, b.name) ||
        byId(a.id, b.id),
    )
    .slice(0, MAX_GAP_SUGGESTIONS);

/** Ready people who introduced the most others, readiest first among equals. */
export const rankIntroducers = (
  introducers: readonly IntroducerFacts[],
  threshold: number,
): IntroducerFacts[] =>
  introducers
    .filter((i) => i.introducedCount > 0 && isReady(i.person, threshold))
    .sort(
      (a, b) =>
        b.introducedCount - a.introducedCount ||
        referralReadiness(b.person) - referralReadiness(a.person) ||
        byText(a.person.name, b.person.name) ||
        byId(a.person.id, b.person.id),
    )
    .slice(0, MAX_GAP_SUGGESTIONS);

const groupBy = <T>(items: readonly T[], key: (item: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
};

/**
 * The gap list: every profile that nobody ready (readiness at or above the threshold) knows,
 * by profile name. For each: the people who know it but are not ready, readiest first, with the
 * step that would make them ready; the two-step paths through a ready person linked to one of
 * them by an introduction (either way round), strongest weaker link first; and, for a profile
 * nobody knows at all, which groups and introducers to ask.
 */
export const buyerGaps = (facts: GapFacts): BuyerGaps => {
  const { threshold } = facts;
  const people = new Map(facts.people.map((p) => [p.id, p]));
  const tagsByProfile = groupBy(
    facts.tags.filter((tag) => people.has(tag.personId)),
    (tag) => tag.targetBuyerId,
  );
  const introducedBy = groupBy(
    facts.people.filter((p) => p.introducedById !== null),
    (p) => p.introducedById ?? '',
  );
  const covered = (profile: GapProfile) =>
    (tagsByProfile.get(profile.id) ?? []).some((tag) => {
      const person = people.get(tag.personId);
      return person !== undefined && isReady(person, threshold);
    });

  const knowerCount = (profile: GapProfile) =>
    profile.knowerCount ?? tagsByProfile.get(profile.id)?.length ?? 0;
  const anyNobodyKnows = facts.profiles.some((p) => knowerCount(p) === 0 && !covered(p));
  const suggestions: GapSuggestions = anyNobodyKnows
    ? {
        groups: rankGroupSuggestions(facts.groups),
        introducers: rankIntroducers(facts.introducers, threshold),
      }
    : { groups: [], introducers: [] };

  const gapOf = (profile: GapProfile): BuyerGap => {
    const knowers = (tagsByProfile.get(profile.id) ?? []).flatMap((tag) => {
      const person = people.get(tag.personId);
      return person ? [{ person, strength: tag.strength }] : [];
    });
    const notReady = knowers
      .map(({ person, strength }) => ({
        person,
        strength,
        readiness: referralReadiness(person),
        nextStep: nextStep(person),
      }))
      .sort(compareNotReady)
      .slice(0, MAX_GAP_NOT_READY);

    const paths = new Map<string, TwoStepPath>();
    const add = (path: TwoStepPath) => {
      const key = `${path.via.id} ${path.to.id}`;
      const known = paths.get(key);
      if (!known || comparePaths(path, known) < 0) paths.set(key, path);
    };
    for (const { person: knower, strength } of knowers) {
      const introducer = knower.introducedById ? people.get(knower.introducedById) : undefined;
      if (introducer && isReady(introducer, threshold)) {
        add(twoStepPath(introducer, knower, 'INTRODUCED_THEM', strength));
      }
      for (const introduced of introducedBy.get(knower.id) ?? []) {
        if (isReady(introduced, threshold)) {
          add(twoStepPath(introduced, knower, 'INTRODUCED_BY', strength));
        }
      }
    }
    const count = Math.max(knowerCount(profile), knowers.length);
    const nobodyKnows = count === 0;
    return {
      profile,
      knowerCount: count,
      nobodyKnows,
      notReady,
      paths: [...paths.values()].sort(comparePaths).slice(0, MAX_GAP_PATHS),
      suggestions: nobodyKnows ? suggestions : { groups: [], introducers: [] },
    };
  };

  const gaps = facts.profiles
    .filter((profile) => !covered(profile))
    .sort((a, b) => byText(a.name, b.name) || byId(a.id, b.id))
    .map(gapOf);
  return { threshold, coveredCount: facts.profiles.length - gaps.length, gaps };
};
