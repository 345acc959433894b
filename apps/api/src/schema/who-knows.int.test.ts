import { randomUUID } from 'node:crypto';
import { introductionAsks } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, type TendClient, unwrap } from '../test/operations.ts';

// 09:00 on Friday 20 November 2026 in London (GMT), the test account's zone.
const NOW = new Date('2026-11-20T09:00:00Z');
/** An hour later: after the depth changes made at NOW, so the ask is the newest entry. */
const ASKED_AT = new Date('2026-11-20T10:00:00Z');
const OFFER = 'I help finance teams close the books in three days.';

const ERRORS = `... on ValidationError { message issues { field message } }
  ... on NotFoundError { message }`;
const SETTINGS = /* GraphQL */ `
  mutation ($input: AccountSettingsInput!) { result: updateSettings(input: $input) { __typename } }`;
const WHO_KNOWS = /* GraphQL */ `
  query ($id: ID!, $first: Int) {
    result: targetBuyer(id: $id) {
      __typename
      ... on TargetBuyer {
        whoKnows(first: $first) {
          totalCount
          rows {
            person { id name }
            strength note learnedOn readiness
            weakerSide { side level }
            nextStep { kind title }
            lastDepthTouchAt daysSinceDepthTouch
            draftAsk { subject message mailto }
          }
        }
      }
      ... on NotFoundError { message }
    }
  }`;
const ASK = /* GraphQL */ `
  mutation ($input: AskForIntroductionInput!) {
    result: askForIntroduction(input: $input) {
      __typename
      ... on IntroductionAsk { id message askedAt person { id } targetBuyer { id name } }
      ${ERRORS}
    }
  }`;
const TIMELINE = /* GraphQL */ `
  query ($id: ID!, $kinds: [TimelineKind!]) {
    result: person(id: $id) {
      ... on Person {
        timeline(first: 10, kinds: $kinds) {
          totalCount
          nodes {
            __typename
            ... on IntroductionAsk { id message askedAt targetBuyer { name } }
          }
        }
      }
    }
  }`;

type Row = {
  person: { id: string; name: string };
  strength: string;
  readiness: number;
  weakerSide: { side: string; level: number };
  nextStep: { kind: string; title: string };
  lastDepthTouchAt: string | null;
  daysSinceDepthTouch: number | null;
  draftAsk: { subject: string; message: string; mailto: string };
};
type WhoKnows = { totalCount: number; rows: Row[] };

let api: TestApi;
let accountId: string;
let me: TendClient;
let cfos: string;
let ada: { id: string };
let ben: { id: string };
let eve: { id: string };

const call = async <T = Record<string, unknown>>(
  account: string,
  query: string,
  variables: Record<string, unknown>,
) =>
  dataOf(await api.gql<{ result: T & { __typename: string } }>(account, query, variables)).result;

const whoKnows = async (id: string, first?: number) =>
  (await call<{ whoKnows: WhoKnows }>(accountId, WHO_KNOWS, { id, first })).whoKnows;

const asksOf = (account: string) =>
  api.db.select().from(introductionAsks).where(eq(introductionAsks.accountId, account));

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountId = await api.createAccount();
  me = clientFor(api, accountId);
  await call(accountId, SETTINGS, { input: { myOffer: OFFER } });
  cfos = await me.addProfile({
    name: 'CFOs of mid-size B2B firms',
    roles: ['CFOs'],
    industries: ['software'],
    companySizeMin: 50,
    companySizeMax: 500,
  });
  const founders = await me.addProfile('Founders');

  // Ada can introduce, trusts me (4) more than she understands my business (2); met on Tuesday.
  ada = await me.addPerson({ name: 'Ada Lovelace', emails: ['ada@example.com'] });
  await me.tag(ada.id, cfos, 'CAN_INTRODUCE');
  unwrap(await me.setDepthLevel(ada.id, { dimension: 'trust', level: 4 }));
  unwrap(await me.setDepthLevel(ada.id, { dimension: 'theirUnderstanding', level: 2 }));
  unwrap(
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-17T12:00:00Z',
      personIds: [ada.id],
    }),
  );
  // Ben only knows of such buyers, trusts me little (1), and was never met one-to-one.
  ben = await me.addPerson('Ben Byrne');
  await me.tag(ben.id, cfos, 'KNOWS_OF');
  unwrap(await me.setDepthLevel(ben.id, { dimension: 'trust', level: 1 }));
  unwrap(await me.setDepthLevel(ben.id, { dimension: 'theirUnderstanding', level: 3 }));
  // Eve knows some personally, not ready (0), but a call this morning.
  eve = await me.addPerson('Eve Evans');
  await me.tag(eve.id, cfos, 'KNOWS_PERSONALLY');
  unwrap(
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-20T08:00:00Z',
      personIds: [eve.id],
    }),
  );
  // Cy would rank first but is archived; Dee knows only the other profile.
  const cy = await me.addPerson('Cy Archived');
  await me.tag(cy.id, cfos, 'CAN_INTRODUCE');
  unwrap(await me.setDepthLevel(cy.id, { dimension: 'trust', level: 5 }));
  unwrap(await me.archivePerson(cy.id));
  const dee = await me.addPerson('Dee Elsewhere');
  await me.tag(dee.id, founders, 'CAN_INTRODUCE');
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

describe('TargetBuyer.whoKnows', () => {
  it('ranks everyone tagged by strength × readiness × freshness, archived people left out', async () => {
    const list = await whoKnows(cfos);
    expect(list.totalCount).toBe(3);
    expect(list.rows.map((row) => row.person.name)).toEqual([
      'Ada Lovelace',
      'Eve Evans',
      'Ben Byrne',
    ]);
    const [first, second, third] = list.rows;
    expect(first).toMatchObject({
      strength: 'CAN_INTRODUCE',
      readiness: 40,
      weakerSide: { side: 'UNDERSTANDING', level: 2 },
      nextStep: { kind: 'BRIEF_THEM' },
      lastDepthTouchAt: '2026-11-17T12:00:00.000Z',
      daysSinceDepthTouch: 3,
    });
    expect(second).toMatchObject({
      strength: 'KNOWS_PERSONALLY',
      readiness: 0,
      weakerSide: { side: 'NONE', level: 0 },
      nextStep: { kind: 'GIVE_FIRST' },
      daysSinceDepthTouch: 0,
    });
    expect(third).toMatchObject({
      strength: 'KNOWS_OF',
      readiness: 20,
      weakerSide: { side: 'TRUST', level: 1 },
      nextStep: { kind: 'GIVE_FIRST' },
      lastDepthTouchAt: null,
      daysSinceDepthTouch: null,
    });
  });

  it('drafts the ask from my offer and the profile, with a mailto link to the first e-mail', async () => {
    const [first, , third] = (await whoKnows(cfos)).rows;
    expect(first?.draftAsk.message).toContain('Hi Ada,');
    expect(first?.draftAsk.message).toContain(
      'CFOs in software, at companies of 50–500 people (“CFOs of mid-size B2B firms”)',
    );
    expect(first?.draftAsk.message).toContain(OFFER);
    expect(first?.draftAsk.mailto).toMatch(/^mailto:ada@example\.com\?subject=/);
    expect(new URL(first?.draftAsk.mailto ?? '').searchParams.get('body')).toBe(
      first?.draftAsk.message.replaceAll('\n', '\r\n'),
    );
    expect(third?.draftAsk.mailto).toMatch(/^mailto:\?subject=/);
  });

  it('returns the best rows first, counting the rest, and refuses a page size out of range', async () => {
    const list = await whoKnows(cfos, 1);
    expect(list).toMatchObject({ totalCount: 3, rows: [{ person: { name: 'Ada Lovelace' } }] });
    const tooMany = await api.gql(accountId, WHO_KNOWS, { id: cfos, first: 201 });
    expect(tooMany.errors?.[0]?.message).toBe('first: must be 0 to 200.');
    const negative = await api.gql(accountId, WHO_KNOWS, { id: cfos, first: -1 });
    expect(negative.errors?.[0]?.message).toBe('first: must be 0 to 200.');
  });

  it('is not found for another account’s profile', async () => {
    const other = await api.createAccount();
    const theirs = await clientFor(api, other).addProfile('Their CFOs');
    expect(await call(accountId, WHO_KNOWS, { id: theirs })).toEqual({
      __typename: 'NotFoundError',
      message: `No target buyer profile with id ${theirs}`,
    });
  });
});

describe('askForIntroduction', () => {
  it('records the ask, now, and shows it on the person’s timeline', async () => {
    const [first] = (await whoKnows(cfos)).rows;
    api.setNow(ASKED_AT);
    const message = `${first?.draftAsk.message}\n\nP.S. Edited before sending.`;
    const ask = await call<{ id: string }>(accountId, ASK, {
      input: { personId: ada.id, targetBuyerId: cfos, message: `  ${message}  ` },
    });
    expect(ask).toEqual({
      __typename: 'IntroductionAsk',
      id: expect.any(String),
      message,
      askedAt: ASKED_AT.toISOString(),
      person: { id: ada.id },
      targetBuyer: { id: cfos, name: 'CFOs of mid-size B2B firms' },
    });
    expect(await asksOf(accountId)).toEqual([
      expect.objectContaining({
        personId: ada.id,
        targetBuyerId: cfos,
        message,
        askedAt: ASKED_AT,
      }),
    ]);

    for (const kinds of [[], ['INTRODUCTION_ASK']]) {
      const { timeline } = await call<{
        timeline: { totalCount: number; nodes: Record<string, unknown>[] };
      }>(accountId, TIMELINE, { id: ada.id, kinds });
      expect(timeline.nodes[0]).toEqual({
        __typename: 'IntroductionAsk',
        id: ask.id,
        message,
        askedAt: ASKED_AT.toISOString(),
        targetBuyer: { name: 'CFOs of mid-size B2B firms' },
      });
    }
    const touchesOnly = await call<{ timeline: { nodes: { __typename: string }[] } }>(
      accountId,
      TIMELINE,
      { id: ada.id, kinds: ['TOUCH'] },
    );
    expect(touchesOnly.timeline.nodes.map((node) => node.__typename)).toEqual(['Interaction']);
  });

  it('gives a field error for a bad message, and not found for another account’s ids, writing nothing', async () => {
    const before = await asksOf(accountId);
    const other = await api.createAccount();
    const theirs = await clientFor(api, other).addProfile('Their CFOs');
    const theirPerson = await clientFor(api, other).addPerson('Their Person');
    const cases: [Record<string, unknown>, unknown][] = [
      [
        { message: '   ' },
        { issues: [{ field: 'message', message: 'Write the message of the ask' }] },
      ],
      [
        { message: 'x'.repeat(5_001) },
        { issues: [{ field: 'message', message: 'Message must be at most 5,000 characters' }] },
      ],
      [{ message: 'Hi\u0000' }, { __typename: 'ValidationError' }],
      [{ targetBuyerId: theirs }, { __typename: 'NotFoundError' }],
      [{ personId: theirPerson.id }, { __typename: 'NotFoundError' }],
      [{ personId: randomUUID() }, { __typename: 'NotFoundError' }],
      [{ targetBuyerId: 'not-an-id' }, { __typename: 'NotFoundError' }],
    ];
    for (const [change, expected] of cases) {
      const input = { personId: ben.id, targetBuyerId: cfos, message: 'Could you?', ...change };
      expect(await call(accountId, ASK, { input }), JSON.stringify(change)).toMatchObject(
        expected as Record<string, unknown>,
      );
    }
    expect(await asksOf(accountId)).toEqual(before);
    expect(await asksOf(other)).toEqual([]);
    // Eve was never asked: her timeline has no ask.
    const { timeline } = await call<{ timeline: { totalCount: number } }>(accountId, TIMELINE, {
      id: eve.id,
      kinds: ['INTRODUCTION_ASK'],
    });
    expect(timeline.totalCount).toBe(0);
  });
});
