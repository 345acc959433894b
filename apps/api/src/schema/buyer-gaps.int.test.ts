import { accounts, groupMemberships, groups } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, unwrap, validationError } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

const PERSON = 'id name';
const GAPS = /* GraphQL */ `
  {
    buyerGaps {
      threshold profileCount coveredCount
      gaps {
        targetBuyer { id name }
        knowerCount nobodyKnows
        notReady { person { ${PERSON} } readiness strength nextStep { kind title } }
        paths {
          via { ${PERSON} } to { ${PERSON} } viaRelation viaReadiness tie tieScore strength weakerLink
        }
        suggestions {
          groups { group { id name } membersWhoKnow membersWhoIntroduced }
          introducers { person { ${PERSON} } introducedCount }
        }
      }
    }
  }
`;
const ARCHIVE_BUYER = /* GraphQL */ `
  mutation ($id: ID!) { result: archiveTargetBuyer(id: $id) { __typename } }`;
const UPDATE_SETTINGS = /* GraphQL */ `
  mutation ($input: AccountSettingsInput!) {
    result: updateSettings(input: $input) {
      __typename
      ... on Account { readyThreshold }
      ... on ValidationError { message issues { field message } }
    }
  }`;
const THRESHOLD = '{ viewer { readyThreshold } }';

type Named = { id: string; name: string };
type Gap = {
  targetBuyer: Named;
  knowerCount: number;
  nobodyKnows: boolean;
  notReady: {
    person: Named;
    readiness: number;
    strength: string;
    nextStep: { kind: string; title: string };
  }[];
  paths: {
    via: Named;
    to: Named;
    viaRelation: string;
    viaReadiness: number;
    tie: string;
    tieScore: number;
    strength: number;
    weakerLink: string;
  }[];
  suggestions: {
    groups: { group: Named; membersWhoKnow: number; membersWhoIntroduced: number }[];
    introducers: { person: Named; introducedCount: number }[];
  };
};
type Gaps = { threshold: number; profileCount: number; coveredCount: number; gaps: Gap[] };

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
afterAll(() => api.close());

/** An account of its own per test, with helpers to build a small network in it. */
const network = async () => {
  const accountId = await api.createAccount();
  const me = clientFor(api, accountId);
  const { call, addProfile: profile, tag } = me;
  const person = async (
    name: string,
    trust: number,
    theirUnderstanding: number,
    introducedBy?: string,
  ) => {
    const { id } = await me.addPerson(
      introducedBy ? { name, originKind: 'PERSON', originPersonId: introducedBy } : name,
    );
    unwrap(await me.setDepthLevel(id, { dimension: 'trust', level: trust }));
    unwrap(
      await me.setDepthLevel(id, { dimension: 'theirUnderstanding', level: theirUnderstanding }),
    );
    return id;
  };
  const gaps = async () => dataOf(await api.gql<{ buyerGaps: Gaps }>(accountId, GAPS)).buyerGaps;
  const setThreshold = (readyThreshold: unknown) =>
    call<{ __typename: string; readyThreshold?: number }>(UPDATE_SETTINGS, {
      input: { readyThreshold },
    });
  return { accountId, me, call, person, profile, tag, gaps, setThreshold };
};

describe('buyerGaps', () => {
  it('answers an empty list when there are no profiles', async () => {
    const { gaps } = await network();
    expect(await gaps()).toEqual({ threshold: 60, profileCount: 0, coveredCount: 0, gaps: [] });
  });

  it('moves a profile between covered and gap as the threshold changes', async () => {
    const { person, profile, tag, gaps, setThreshold } = await network();
    const priya = await person('Priya Shah', 3, 4);
    const cfos = await profile('CFOs of 50–500 person B2B firms');
    await tag(priya, cfos, 'WORKS_WITH');

    expect(await gaps()).toEqual({ threshold: 60, profileCount: 1, coveredCount: 1, gaps: [] });

    expect(await setThreshold(61)).toEqual({ __typename: 'Account', readyThreshold: 61 });
    const raised = await gaps();
    expect(raised).toMatchObject({ threshold: 61, coveredCount: 0 });
    expect(raised.gaps).toEqual([
      expect.objectContaining({
        targetBuyer: { id: cfos, name: 'CFOs of 50–500 person B2B firms' },
        knowerCount: 1,
        nobodyKnows: false,
        notReady: [
          {
            person: { id: priya, name: 'Priya Shah' },
            readiness: 60,
            strength: 'WORKS_WITH',
            nextStep: { kind: 'GIVE_FIRST', title: 'Give first' },
          },
        ],
      }),
    ]);

    await setThreshold(60);
    expect((await gaps()).coveredCount).toBe(1);
  });

  it('lists who knows a gap but is not ready, readiest first, with the step that would help', async () => {
    const { person, profile, tag, gaps, me } = await network();
    const hr = await profile('Heads of HR');
    const lee = await person('Lee Low', 1, 3);
    const mo = await person('Mo Brief', 3, 2);
    const gone = await person('Gone Ready', 5, 5);
    await tag(lee, hr, 'CAN_INTRODUCE');
    await tag(mo, hr, 'KNOWS_OF');
    await tag(gone, hr, 'CAN_INTRODUCE');
    // Archived people are out of the network: they neither cover the profile nor show.
    await me.archivePerson(gone);

    const [gap] = (await gaps()).gaps;
    expect(gap?.knowerCount).toBe(2);
    expect(gap?.notReady.map((k) => [k.person.name, k.readiness, k.nextStep.kind])).toEqual([
      ['Mo Brief', 40, 'BRIEF_THEM'],
      ['Lee Low', 20, 'GIVE_FIRST'],
    ]);
  });

  it('finds two-step paths both ways round, ranked by the weaker link', async () => {
    const { person, profile, tag, gaps } = await network();
    const hr = await profile('Heads of HR');
    // Priya (80) introduced you to Tom, who works with HR heads (75): 75, the tie is weaker.
    const priya = await person('Priya Shah', 4, 4);
    const tom = await person('Tom Tie', 1, 1, priya);
    // Ann (60) introduced you to Una, who can introduce (100): 60, Ann's readiness is weaker.
    const ann = await person('Ann Able', 3, 3);
    const una = await person('Una Intro', 1, 2, ann);
    // Sam knows of HR heads (25) and introduced you to Raj (100): 25.
    const sam = await person('Sam Seed', 2, 0);
    const raj = await person('Raj Ready', 5, 5, sam);
    // Not ready: no path through Nia.
    await person('Nia Near', 2, 2, tom);
    await tag(tom, hr, 'WORKS_WITH');
    await tag(una, hr, 'CAN_INTRODUCE');
    await tag(sam, hr, 'KNOWS_OF');

    const [gap] = (await gaps()).gaps;
    expect(
      gap?.paths.map((p) => [
        p.via.id,
        p.to.id,
        p.viaRelation,
        p.viaReadiness,
        p.tieScore,
        p.strength,
        p.weakerLink,
      ]),
    ).toEqual([
      [priya, tom, 'INTRODUCED_THEM', 80, 75, 75, 'TIE'],
      [ann, una, 'INTRODUCED_THEM', 60, 100, 60, 'READINESS'],
      [raj, sam, 'INTRODUCED_BY', 100, 25, 25, 'TIE'],
    ]);
  });

  it('says when nobody knows a profile and suggests groups and ready introducers', async () => {
    const { accountId, person, profile, tag, gaps } = await network();
    const founders = await profile('Founders in fintech');
    const other = await profile('Other profile');
    const priya = await person('Priya Shah', 4, 4);
    await person('Tom Tie', 1, 1, priya);
    const ann = await person('Ann Able', 5, 5);
    await person('Una Intro', 1, 1, ann);
    await person('Uri Intro', 1, 1, ann);
    const low = await person('Low Ready', 1, 1);
    await person('Lia Intro', 1, 1, low);
    await tag(ann, other, 'KNOWS_OF');
    const [chamber, club] = await api.db
      .insert(groups)
      .values([
        { accountId, name: 'Chamber of commerce' },
        { accountId, name: 'Breakfast club' },
        { accountId, name: 'Left long ago', leftOn: '2025-01-01' },
      ])
      .returning();
    if (!chamber || !club) throw new Error('No groups');
    await api.db.insert(groupMemberships).values([
      { accountId, groupId: club.id, personId: ann },
      { accountId, groupId: club.id, personId: priya },
      { accountId, groupId: chamber.id, personId: low },
    ]);

    const result = await gaps();
    expect(result).toMatchObject({ profileCount: 2, coveredCount: 1 });
    expect(result.gaps).toEqual([
      {
        targetBuyer: { id: founders, name: 'Founders in fintech' },
        knowerCount: 0,
        nobodyKnows: true,
        notReady: [],
        paths: [],
        suggestions: {
          groups: [
            {
              group: { id: club.id, name: 'Breakfast club' },
              membersWhoKnow: 1,
              membersWhoIntroduced: 2,
            },
            {
              group: { id: chamber.id, name: 'Chamber of commerce' },
              membersWhoKnow: 0,
              membersWhoIntroduced: 1,
            },
          ],
          introducers: [
            { person: { id: ann, name: 'Ann Able' }, introducedCount: 2 },
            { person: { id: priya, name: 'Priya Shah' }, introducedCount: 1 },
          ],
        },
      },
    ]);
  });

  it('leaves archived profiles out and never shows another account’s data', async () => {
    const mine = await network();
    const theirs = await network();
    const kept = await mine.profile('My profile');
    const archived = await mine.profile('Archived profile');
    await mine.call(ARCHIVE_BUYER, { id: archived });
    const myPerson = await mine.person('My Person', 1, 1);
    await mine.tag(myPerson, kept, 'KNOWS_OF');
    // Their ready person introduced nobody of mine and knows only their profile.
    const theirProfile = await theirs.profile('Their profile');
    const theirReady = await theirs.person('Their Ready', 5, 5);
    await theirs.person('Their Introduced', 1, 1, theirReady);
    const theirKnower = await theirs.person('Their Knower', 1, 1);
    await theirs.tag(theirKnower, theirProfile, 'WORKS_WITH');

    const seen = JSON.stringify(await mine.gaps());
    expect((await mine.gaps()).gaps.map((g) => g.targetBuyer.id)).toEqual([kept]);
    for (const secret of ['Their', theirProfile, theirReady, theirKnower, 'Archived']) {
      expect(seen).not.toContain(secret);
    }
    expect((await theirs.gaps()).gaps.map((g) => g.targetBuyer.id)).toEqual([theirProfile]);
  });
});

describe('the ready threshold setting', () => {
  it.each([
    [101, 'At most 100'],
    [-1, 'At least 0'],
    [1.5, 'Enter a whole number'],
  ])('refuses %s at its field and writes nothing', async (value, message) => {
    const { accountId, setThreshold } = await network();
    expect(await setThreshold(value)).toEqual(validationError('readyThreshold', message));
    const [row] = await api.db
      .select({ readyThreshold: accounts.readyThreshold })
      .from(accounts)
      .where(eq(accounts.id, accountId));
    expect(row?.readyThreshold).toBe(60);
    expect(dataOf(await api.gql(accountId, THRESHOLD))).toEqual({ viewer: { readyThreshold: 60 } });
  });

  it('accepts the limits 0 and 100', async () => {
    const { setThreshold } = await network();
    expect(await setThreshold(0)).toMatchObject({ readyThreshold: 0 });
    expect(await setThreshold(100)).toMatchObject({ readyThreshold: 100 });
  });
});
