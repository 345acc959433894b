import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referralReadiness } from '../depth/readiness.ts';
import {
  type BuyerGaps,
  buyerGaps,
  type GapFacts,
  type GapPerson,
  type GapTag,
  MAX_GAP_NOT_READY,
  MAX_GAP_PATHS,
  MAX_GAP_SUGGESTIONS,
  rankIntroducers,
  tieScore,
  twoStepPath,
} from './gaps.ts';
import { KNOWS_STRENGTHS } from './knows-input.ts';

const person = (
  id: string,
  trust: number,
  theirUnderstanding: number,
  introducedById: string | null = null,
): GapPerson => ({ id, name: id, trust, theirUnderstanding, introducedById });

const profile = (id: string, knowerCount?: number) => ({ id, name: id, knowerCount });

const facts = (overrides: Partial<GapFacts>): GapFacts => ({
  threshold: 60,
  profiles: [],
  tags: [],
  people: [],
  groups: [],
  introducers: [],
  ...overrides,
});

describe('tieScore and twoStepPath', () => {
  it('puts the four strengths on the readiness scale, weakest to strongest', () => {
    expect(KNOWS_STRENGTHS.map(tieScore)).toEqual([25, 50, 75, 100]);
  });

  it('is as strong as its weaker link, and names it (readiness on a draw)', () => {
    const priya = person('Priya', 4, 4);
    const tom = person('Tom', 1, 1, 'Priya');
    expect(twoStepPath(priya, tom, 'INTRODUCED_THEM', 'WORKS_WITH')).toMatchObject({
      viaReadiness: 80,
      tieScore: 75,
      strength: 75,
      weakerLink: 'TIE',
    });
    expect(twoStepPath(person('Ann', 3, 5), tom, 'INTRODUCED_BY', 'CAN_INTRODUCE')).toMatchObject({
      strength: 60,
      weakerLink: 'READINESS',
    });
    expect(twoStepPath(person('Bo', 5, 5), tom, 'INTRODUCED_BY', 'CAN_INTRODUCE')).toMatchObject({
      strength: 100,
      weakerLink: 'READINESS',
    });
  });
});

describe('buyerGaps', () => {
  it('counts a profile someone ready knows as covered, and moves it with the threshold', () => {
    const input = facts({
      profiles: [profile('CFOs', 1)],
      people: [person('Priya', 3, 4)],
      tags: [{ personId: 'Priya', targetBuyerId: 'CFOs', strength: 'KNOWS_OF' }],
    });
    expect(buyerGaps(input)).toEqual({ threshold: 60, coveredCount: 1, gaps: [] });
    const higher = buyerGaps({ ...input, threshold: 61 });
    expect(higher.coveredCount).toBe(0);
    expect(higher.gaps.map((g) => [g.profile.id, g.nobodyKnows])).toEqual([['CFOs', false]]);
  });

  it('lists the not-ready people readiest first, with the step that would make them ready', () => {
    const result = buyerGaps(
      facts({
        profiles: [profile('CFOs', 3)],
        people: [person('Lee', 1, 3), person('Mo', 3, 2), person('Ada', 2, 3)],
        tags: [
          { personId: 'Lee', targetBuyerId: 'CFOs', strength: 'CAN_INTRODUCE' },
          { personId: 'Mo', targetBuyerId: 'CFOs', strength: 'KNOWS_OF' },
          { personId: 'Ada', targetBuyerId: 'CFOs', strength: 'WORKS_WITH' },
        ],
      }),
    );
    expect(
      result.gaps[0]?.notReady.map((k) => [k.person.id, k.readiness, k.nextStep.kind]),
    ).toEqual([
      ['Ada', 40, 'GIVE_FIRST'],
      ['Mo', 40, 'BRIEF_THEM'],
      ['Lee', 20, 'GIVE_FIRST'],
    ]);
  });

  it('finds two-step paths both ways round, ranked by the weaker link', () => {
    const result = buyerGaps(
      facts({
        profiles: [profile('CFOs', 2)],
        people: [
          // Priya (ready, 80) introduced you to Tom, who works with CFOs: min(80, 75) = 75.
          person('Priya', 4, 4),
          person('Tom', 1, 1, 'Priya'),
          // Sam knows CFOs of and introduced you to Raj (ready, 100): min(100, 25) = 25.
          person('Sam', 2, 0),
          person('Raj', 5, 5, 'Sam'),
          // Not ready: no path through Una.
          person('Una', 2, 2, 'Tom'),
        ],
        tags: [
          { personId: 'Tom', targetBuyerId: 'CFOs', strength: 'WORKS_WITH' },
          { personId: 'Sam', targetBuyerId: 'CFOs', strength: 'KNOWS_OF' },
        ],
      }),
    );
    expect(
      result.gaps[0]?.paths.map((p) => [
        p.via.id,
        p.to.id,
        p.viaRelation,
        p.strength,
        p.weakerLink,
      ]),
    ).toEqual([
      ['Priya', 'Tom', 'INTRODUCED_THEM', 75, 'TIE'],
      ['Raj', 'Sam', 'INTRODUCED_BY', 25, 'TIE'],
    ]);
  });

  it('says when nobody knows a profile, and suggests groups and ready introducers', () => {
    const groups = [
      { id: 'g1', name: 'Chamber', membersWhoKnow: 0, membersWhoIntroduced: 0 },
      { id: 'g2', name: 'Breakfast club', membersWhoKnow: 3, membersWhoIntroduced: 1 },
    ];
    const introducers = [
      { person: person('Priya', 4, 4), introducedCount: 2 },
      { person: person('Ned', 1, 1), introducedCount: 9 },
      { person: person('Raj', 5, 5), introducedCount: 2 },
    ];
    const result = buyerGaps(
      facts({ profiles: [profile('Heads of HR', 0), profile('CFOs', 1)], groups, introducers }),
    );
    const [cfos, hr] = result.gaps;
    expect(hr).toMatchObject({ nobodyKnows: true, notReady: [], paths: [] });
    expect(hr?.suggestions.groups.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(hr?.suggestions.introducers.map((i) => i.person.id)).toEqual(['Raj', 'Priya']);
    // Someone knows CFOs (the tag was not passed, only counted): no suggestions there.
    expect(cfos).toMatchObject({
      nobodyKnows: false,
      suggestions: { groups: [], introducers: [] },
    });
  });

  it('keeps at most the configured number of people, paths and suggestions', () => {
    const many = Array.from({ length: 30 }, (_, i) => `p${i}`);
    const result = buyerGaps(
      facts({
        profiles: [profile('CFOs', 30), profile('Nobody', 0)],
        people: [
          ...many.map((id) => person(id, 1, 1)),
          ...many.map((id) => person(`r${id}`, 4, 4, id)),
        ],
        tags: many.map((id) => ({ personId: id, targetBuyerId: 'CFOs', strength: 'KNOWS_OF' })),
        introducers: many.map((id) => ({ person: person(`r${id}`, 4, 4), introducedCount: 1 })),
        groups: many.map((id) => ({ id, name: id, membersWhoKnow: 1, membersWhoIntroduced: 0 })),
      }),
    );
    expect(result.gaps[0]?.notReady).toHaveLength(MAX_GAP_NOT_READY);
    expect(result.gaps[0]?.paths).toHaveLength(MAX_GAP_PATHS);
    expect(result.gaps[1]?.suggestions.groups).toHaveLength(MAX_GAP_SUGGESTIONS);
    expect(result.gaps[1]?.suggestions.introducers).toHaveLength(MAX_GAP_SUGGESTIONS);
  });

  it('suggests only ready introducers who introduced someone', () => {
    expect(
      rankIntroducers(
        [
          { person: person('Zero', 5, 5), introducedCount: 0 },
          { person: person('Low', 2, 5), introducedCount: 4 },
        ],
        60,
      ),
    ).toEqual([]);
  });
});

// ---- properties over arbitrary networks ----

const level = fc.integer({ min: 0, max: 5 });
const network = fc
  .record({
    size: fc.integer({ min: 1, max: 12 }),
    profiles: fc.integer({ min: 1, max: 4 }),
    threshold: fc.integer({ min: 0, max: 100 }),
  })
  .chain(({ size, profiles, threshold }) =>
    fc.record({
      threshold: fc.constant(threshold),
      depths: fc.array(fc.tuple(level, level, fc.option(fc.nat(size - 1), { nil: null })), {
        minLength: size,
        maxLength: size,
      }),
      tags: fc.uniqueArray(
        fc.tuple(fc.nat(size - 1), fc.nat(profiles - 1), fc.constantFrom(...KNOWS_STRENGTHS)),
        { selector: ([p, b]) => `${p} ${b}` },
      ),
      profiles: fc.constant(profiles),
    }),
  )
  .map(({ threshold, depths, tags, profiles }): GapFacts => {
    const people = depths.map(([trust, theirUnderstanding, introducer], i) =>
      person(
        `p${i}`,
        trust,
        theirUnderstanding,
        introducer === null || introducer === i ? null : `p${introducer}`,
      ),
    );
    const gapTags: GapTag[] = tags.map(([p, b, strength]) => ({
      personId: `p${p}`,
      targetBuyerId: `b${b}`,
      strength,
    }));
    return facts({
      threshold,
      people,
      tags: gapTags,
      profiles: Array.from({ length: profiles }, (_, b) => profile(`b${b}`)),
    });
  });

const readinessOf = (input: GapFacts, id: string) => {
  const found = input.people.find((p) => p.id === id);
  if (!found) throw new Error(`No ${id}`);
  return referralReadiness(found);
};

const gapIds = (result: BuyerGaps) => result.gaps.map((g) => g.profile.id);

describe('buyerGaps properties', () => {
  it('calls a profile a gap exactly when nobody who knows it is ready', () => {
    fc.assert(
      fc.property(network, (input) => {
        const result = buyerGaps(input);
        for (const p of input.profiles) {
          const readyKnower = input.tags.some(
            (t) => t.targetBuyerId === p.id && readinessOf(input, t.personId) >= input.threshold,
          );
          expect(gapIds(result).includes(p.id)).toBe(!readyKnower);
          const gap = result.gaps.find((g) => g.profile.id === p.id);
          const knowers = input.tags.filter((t) => t.targetBuyerId === p.id).length;
          if (gap) expect([gap.knowerCount, gap.nobodyKnows]).toEqual([knowers, knowers === 0]);
        }
        expect(result.coveredCount + result.gaps.length).toBe(input.profiles.length);
      }),
    );
  });

  it('lists only not-ready knowers, readiest first, and paths only through ready people, weakest link last', () => {
    fc.assert(
      fc.property(network, (input) => {
        for (const gap of buyerGaps(input).gaps) {
          const readiness = gap.notReady.map((k) => k.readiness);
          expect(readiness.every((r) => r < input.threshold)).toBe(true);
          expect(readiness).toEqual([...readiness].sort((a, b) => b - a));
          expect(gap.notReady.every((k) => k.nextStep.kind !== 'KEEP_IN_TOUCH')).toBe(true);
          for (const path of gap.paths) {
            expect(path.viaReadiness).toBeGreaterThanOrEqual(input.threshold);
            expect(path.strength).toBe(Math.min(path.viaReadiness, path.tieScore));
            const linked =
              path.viaRelation === 'INTRODUCED_THEM'
                ? path.to.introducedById === path.via.id
                : path.via.introducedById === path.to.id;
            expect(linked).toBe(true);
          }
          const strengths = gap.paths.map((p) => p.strength);
          expect(strengths).toEqual([...strengths].sort((a, b) => b - a));
        }
      }),
    );
  });

  it('never has fewer gaps at a higher threshold', () => {
    fc.assert(
      fc.property(network, fc.integer({ min: 0, max: 100 }), (input, raise) => {
        const higher = Math.min(100, input.threshold + raise);
        const before = gapIds(buyerGaps(input));
        const after = gapIds(buyerGaps({ ...input, threshold: higher }));
        expect(before.every((id) => after.includes(id))).toBe(true);
      }),
    );
  });

  it('gives the same answer whatever the order of its facts', () => {
    fc.assert(
      fc.property(network, (input) => {
        const reversed = {
          ...input,
          profiles: [...input.profiles].reverse(),
          tags: [...input.tags].reverse(),
          people: [...input.people].reverse(),
        };
        expect(buyerGaps(reversed)).toEqual(buyerGaps(input));
      }),
    );
  });
});
