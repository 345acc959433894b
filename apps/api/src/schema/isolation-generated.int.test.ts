import { randomUUID } from 'node:crypto';
import { groups } from '@tend/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountTable,
  accountTables,
  idsOfAccount,
  rowsOfAccount,
} from '../test/account-rows.ts';
import {
  type GraphQLResponse,
  startTestApi,
  TEST_PASSWORD,
  type TestApi,
} from '../test/harness.ts';
import { clientFor, type TendClient, unwrap } from '../test/operations.ts';
import {
  buildArgs,
  enumValueNames,
  hasIdArgument,
  idSlots,
  operationFor,
  type RootField,
  rootFields,
  type SelectionOptions,
} from '../test/schema-walker.ts';
import { createImportPreview } from '../use-cases/imports/create-import-preview.ts';

/**
 * Generated from the schema: every query and mutation that takes an ID anywhere in its arguments
 * is called by account B with each of account A's ids, and must answer exactly as it does for an
 * id that names nothing. A's data is snapshotted before and after and must not change.
 */

const NOW = new Date('2026-11-20T10:00:00Z');
const DAY_MS = 86_400_000;
/** Requests in flight at once while probing. */
const CONCURRENCY = 4;
const UUIDS = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const A_UUID = new RegExp(`^${UUIDS.source}$`, 'i');

/** The fields under test, computed from the schema. */
const PROBED = rootFields().filter(({ field }) => hasIdArgument(field));

/** Fields that take an ID today; the walker must find at least these. */
const EXPECTED_TODAY = [
  'person',
  'createPerson',
  'updatePerson',
  'archivePerson',
  'unarchivePerson',
  'deletePerson',
  'setDepthLevel',
  'logInteraction',
  'revokeSession',
  'targetBuyer',
  'updateTargetBuyer',
  'archiveTargetBuyer',
  'unarchiveTargetBuyer',
  'setKnows',
  'removeKnows',
  'tagPeopleKnows',
  'askForIntroduction',
  'oneToOne',
  'referrals',
  'recordReferral',
  'updateReferral',
  'moveReferralStatus',
  'deleteReferral',
  'thankForReferral',
  'group',
  'updateGroup',
  'deleteGroup',
  'rateGroupEnjoyment',
  'addGroupMembers',
  'updateGroupMember',
  'removeGroupMember',
  'logGroupMeeting',
  'updateGroupMeeting',
  'deleteGroupMeeting',
  'markGroupAttendedToday',
  'importBatch',
  'setImportMapping',
  'commitImport',
  'undoImport',
];

const probeSelection: SelectionOptions = {
  depth: 1,
  values: { id: () => randomUUID(), now: NOW, includeOptional: () => false },
};
const snapshotSelection: SelectionOptions = { ...probeSelection, depth: 2 };

let api: TestApi;
let accountA: string;
let accountB: string;
let a: TendClient;
let tables: AccountTable[];
/** A's ids, each with the table it is in. */
let idsOfA: Map<string, string>;
/**
 * The ids of A's probed: up to IDS_PER_TABLE of each table (one table's ids take one path
 * through a resolver), so a year of demo meetings does not multiply the probes. The leak checks
 * still look for every one of A's ids.
 */
let probedIdsOfA: string[];
const IDS_PER_TABLE = 10;
/** One id of each of A's tables, probed in more ways than the rest. */
let sampleOfA: string[];
/** B's own ids (not its session or account), to put beside A's in fields taking several ids. */
let fillersOfB: string[];
/** Every id either account had before the probing, left as they are when comparing. */
let knownIds: Set<string>;
/** Text only A's rows hold (names, notes, e-mails …), which B must never see. */
let secretsOfA: string[];
let before: Awaited<ReturnType<typeof everythingOfA>>;

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) =>
    items.slice(index * size, index * size + size),
  );

const stringsIn = (value: unknown): string[] => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
};

const responseOf = async (accountId: string, root: RootField, args: Record<string, unknown>) =>
  api.gql(accountId, operationFor(root, args, probeSelection), args);

/** What A sees through every query (each ID-taking one with each of A's ids). */
const viewsOfA = async (withIds: boolean) => {
  const views: Record<string, GraphQLResponse> = {};
  for (const root of rootFields().filter((r) => r.kind === 'query')) {
    const ids = hasIdArgument(root.field) ? (withIds ? probedIdsOfA : []) : [null];
    for (const id of ids) {
      const args = buildArgs(root.field, {
        id: () => id ?? randomUUID(),
        now: NOW,
        includeOptional: () => false,
      });
      if (!args) throw new Error(`The walker cannot build the arguments of ${root.field.name}`);
      const response = await api.gql(accountA, operationFor(root, args, snapshotSelection), args);
      expect(response.errors, `A's ${root.field.name}`).toBeUndefined();
      views[id ? `${root.field.name}(${id})` : root.field.name] = response;
    }
  }
  return views;
};

const everythingOfA = async () => ({
  views: await viewsOfA(true),
  rows: await rowsOfAccount(api, accountA, tables),
});

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  accountA = await api.createAccount({ name: 'A', onboarded: false });
  accountB = await api.createAccount({ name: 'B' });
  a = clientFor(api, accountA);
  const b = clientFor(api, accountB);

  // A: the demo network (groups, people, touches), and people of its own with an origin, an
  // introduction, depth changes, touches and an archive.
  await a.finishOnboarding('DEMO');
  const [group] = await a.groups();
  if (!group) throw new Error('The demo data has no group');
  // A enjoys it: a rating of A's on the group.
  const rated = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($input: GroupEnjoymentInput!) { result: rateGroupEnjoyment(input: $input) { __typename } }',
    { input: { groupId: group.id, rating: 4, ratedOn: '2026-11-10', note: 'Enjoyment note of A' } },
  );
  expect(rated.data?.result.__typename).toBe('Group');
  const priya = await a.addPerson({
    name: 'Priya Isolated',
    emails: ['priya@isolated.example'],
    company: 'Isolated & Co',
    notes: 'Secret notes of A',
    tags: ['a-only-tag'],
    originKind: 'GROUP',
    originGroupId: group.id,
  });
  // Priya is a member of the group, in a seat of A's own naming.
  const joined = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($groupId: ID!, $input: AddGroupMembersInput!) { result: addGroupMembers(groupId: $groupId, input: $input) { __typename } }',
    {
      groupId: group.id,
      input: {
        members: [{ personId: priya.id, profession: 'Seat of A only' }],
        joinedOn: '2026-11-01',
      },
    },
  );
  expect(joined.data?.result.__typename).toBe('Group');
  const quinn = await a.addPerson({
    name: 'Quinn Introduced',
    originKind: 'PERSON',
    originPersonId: priya.id,
    originNote: 'Introduced over lunch',
  });
  const sam = await a.addPerson('Sam Archived');
  await a.archivePerson(sam.id);
  const cfos = await api.gql<{ result: { id: string } }>(
    accountA,
    'mutation ($input: TargetBuyerInput!) { result: createTargetBuyer(input: $input) { ... on TargetBuyer { id } } }',
    { input: { name: 'CFOs of A only', regions: ['A-only region'], notes: 'Buyer notes of A' } },
  );
  // Priya can reach the profile: a knows tag of A's, kept when the profile is archived.
  const tagged = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($input: SetKnowsInput!) { result: setKnows(input: $input) { __typename } }',
    {
      input: {
        personId: priya.id,
        targetBuyerId: cfos.data?.result.id,
        strength: 'CAN_INTRODUCE',
        note: 'Knows note of A',
      },
    },
  );
  expect(tagged.data?.result.__typename).toBe('Knows');
  // Priya was asked for an introduction: an ask of A's on her timeline.
  const asked = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($input: AskForIntroductionInput!) { result: askForIntroduction(input: $input) { __typename } }',
    {
      input: {
        personId: priya.id,
        targetBuyerId: cfos.data?.result.id,
        message: 'Ask message of A',
      },
    },
  );
  expect(asked.data?.result.__typename).toBe('IntroductionAsk');
  // Priya referred Quinn to A for the profile, now met: a referral of A's with its history.
  const referred = await api.gql<{ result: { __typename: string; id: string } }>(
    accountA,
    'mutation ($input: RecordReferralInput!) { result: recordReferral(input: $input) { __typename ... on Referral { id } } }',
    {
      input: {
        direction: 'RECEIVED',
        personId: priya.id,
        referredPersonId: quinn.id,
        targetBuyerId: cfos.data?.result.id,
        referredOn: '2026-11-10',
        value: '1234.56',
        currency: 'GBP',
        notes: 'Referral notes of A',
      },
    },
  );
  expect(referred.data?.result.__typename).toBe('Referral');
  const moved = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($id: ID!, $input: MoveReferralStatusInput!) { result: moveReferralStatus(id: $id, input: $input) { __typename } }',
    {
      id: referred.data?.result.id,
      input: { status: 'MET', changedOn: '2026-11-12', note: 'Status note of A' },
    },
  );
  expect(moved.data?.result.__typename).toBe('Referral');
  await api.gql(accountA, 'mutation ($id: ID!) { archiveTargetBuyer(id: $id) { __typename } }', {
    id: cfos.data?.result.id,
  });
  unwrap(await a.setDepthLevel(priya.id, { dimension: 'trust', level: 3, note: 'Kept a promise' }));
  unwrap(await a.setDepthLevel(quinn.id, { dimension: 'theirUnderstanding', level: 2 }));
  unwrap(
    await a.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: new Date(NOW.getTime() - 2 * DAY_MS).toISOString(),
      notes: 'Touch notes of A',
      personIds: [priya.id, quinn.id],
    }),
  );
  // A went to a meeting of the group and spoke to Priya there: a meeting and its touch.
  const met = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($groupId: ID!, $input: GroupMeetingInput!) { result: logGroupMeeting(groupId: $groupId, input: $input) { __typename } }',
    {
      groupId: group.id,
      input: {
        heldOn: '2026-11-12',
        attended: true,
        mealCost: '17.25',
        spokeTo: [priya.id],
        notes: 'Meeting notes of A',
      },
    },
  );
  expect(met.data?.result.__typename).toBe('GroupMeeting');
  // A's imports: one imported (a person created, Priya merged into), one still previewed.
  const importOf = async (csv: string) =>
    createImportPreview(
      { db: api.db, accountId: accountA, now: NOW },
      { bytes: new TextEncoder().encode(csv), fileName: 'Import of A only.csv' },
    );
  const imported = await importOf(
    'Name,Email,Role\nPriya Isolated,priya@isolated.example,Role of A only\nImported Person of A,,\n',
  );
  const committed = await api.gql<{ result: { __typename: string } }>(
    accountA,
    'mutation ($id: ID!) { result: commitImport(id: $id) { __typename } }',
    { id: imported.id },
  );
  expect(committed.data?.result.__typename).toBe('ImportBatch');
  await importOf('Name\nPreviewed Person of A\n');
  // A second session of A's, on another device.
  const viewer = await api.gql<{ viewer: { email: string } }>(accountA, '{ viewer { email } }');
  const signIn = await api.http('/auth/sign-in', {
    body: { email: viewer.data?.viewer.email, password: TEST_PASSWORD },
    headers: { 'user-agent': 'A-only phone' },
  });
  expect(signIn.status).toBe(200);

  // B: a little data of its own to name beside A's ids.
  // B has the demo's "target buyer" tag too: error messages name target buyers, not A's data.
  const bea = await b.addPerson({
    name: 'Bea Bystander',
    emails: ['bea@bystander.example'],
    tags: ['target buyer'],
  });
  unwrap(await b.setDepthLevel(bea.id, { dimension: 'trust', level: 1 }));
  unwrap(
    await b.logInteraction({
      kind: 'CALL',
      occurredAt: new Date(NOW.getTime() - DAY_MS).toISOString(),
      personIds: [bea.id],
    }),
  );
  await api.db.insert(groups).values({ accountId: accountB, name: 'Bystanders Club' });

  tables = await accountTables(api);
  // Reads raise due prompts and make the weekly list: let them, so their ids are probed too.
  await viewsOfA(false);
  idsOfA = await idsOfAccount(api, accountA, tables);
  const idsOfB = await idsOfAccount(api, accountB, tables);
  const firstOfEachTable = new Map<string, string>();
  const probedPerTable = new Map<string, number>();
  probedIdsOfA = [];
  for (const [id, table] of idsOfA) {
    if (!firstOfEachTable.has(table)) firstOfEachTable.set(table, id);
    const probed = probedPerTable.get(table) ?? 0;
    if (probed < IDS_PER_TABLE) probedIdsOfA.push(id);
    probedPerTable.set(table, probed + 1);
  }
  sampleOfA = [...firstOfEachTable.values()];
  const fillerOfEachTable = new Map<string, string>();
  for (const [id, table] of idsOfB) {
    if (table !== 'sessions' && table !== 'accounts' && !fillerOfEachTable.has(table)) {
      fillerOfEachTable.set(table, id);
    }
  }
  fillersOfB = [...fillerOfEachTable.values(), randomUUID()];
  knownIds = new Set([...idsOfA.keys(), ...idsOfB.keys()]);

  const rowsOfB = await rowsOfAccount(api, accountB, tables);
  const enumNames = enumValueNames();
  const shared = new Set(stringsIn(rowsOfB));
  secretsOfA = [
    ...new Set(
      stringsIn(await rowsOfAccount(api, accountA, tables)).filter(
        (text) =>
          text.length >= 6 &&
          !shared.has(text) &&
          !enumNames.has(text) &&
          !/^[A-Z_]+$/.test(text) &&
          !/^\d{4}-\d{2}-\d{2}/.test(text) &&
          !A_UUID.test(text),
      ),
    ),
  ];

  before = await everythingOfA();
}, 120_000);

afterAll(() => api?.close());

/** The response with the probed id (and ids made by the call) replaced, to compare with others. */
const normalised = (response: GraphQLResponse, probe: string): unknown =>
  JSON.parse(
    JSON.stringify(response)
      .replaceAll(probe, '<probed id>')
      .replace(UUIDS, (id) => (knownIds.has(id.toLowerCase()) ? id : '<new id>')),
  );

const expectNothingOfA = (response: GraphQLResponse, probe: string, label: string) => {
  const text = JSON.stringify(response);
  const lower = text.toLowerCase();
  for (const id of idsOfA.keys()) {
    if (id !== probe.toLowerCase()) {
      expect(lower.includes(id), `${label} shows A's ${idsOfA.get(id)} ${id}`).toBe(false);
    }
  }
  for (const secret of secretsOfA) {
    expect(text.includes(secret), `${label} shows A's ${JSON.stringify(secret)}`).toBe(false);
  }
};

type Variant = {
  label: string;
  listLength: number;
  /** The id for each ID position, given the id being probed. */
  idFor: (probe: string) => (slot: string) => string;
  probes: () => string[];
};

const variantsOf = (root: RootField): Variant[] => {
  const slots = idSlots(root.field, { now: NOW, listLength: 2 });
  const everyPosition: Variant = {
    label: 'in every ID position',
    listLength: 1,
    idFor: (probe) => () => probe,
    // Every id of A's, and one of each kind in upper case (Postgres reads either).
    probes: () => [...probedIdsOfA, ...sampleOfA.map((id) => id.toUpperCase())],
  };
  if (slots.length < 2) return [everyPosition];
  // Where a field takes several ids, A's id beside B's own ids (or an unknown one) elsewhere.
  return [
    everyPosition,
    ...slots.flatMap((slot) =>
      fillersOfB.map(
        (filler): Variant => ({
          label: `at ${slot}, with ${filler} elsewhere`,
          listLength: 2,
          idFor: (probe) => (position) => (position === slot ? probe : filler),
          probes: () => sampleOfA,
        }),
      ),
    ),
  ];
};

describe('the schema walker', () => {
  it('finds the fields that take an ID, inside input objects and lists too', () => {
    const names = PROBED.map(({ field }) => field.name);
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual(expect.arrayContaining(EXPECTED_TODAY));
    const slotsOf = (name: string) => {
      const root = PROBED.find(({ field }) => field.name === name);
      return root ? idSlots(root.field, { now: NOW }) : [];
    };
    expect(slotsOf('updatePerson')).toEqual(
      expect.arrayContaining(['id', 'input.originGroupId', 'input.originPersonId']),
    );
    expect(slotsOf('logInteraction')).toEqual(['input.groupMeetingId', 'input.personIds.0']);
  });

  it('found ids of every kind of A’s, and data of A’s to look out for', () => {
    const kinds = new Set(idsOfA.values());
    for (const kind of [
      'accounts',
      'people',
      'interactions',
      'groups',
      'sessions',
      'depth_changes',
      'target_buyers',
      'introduction_asks',
      'referrals',
      'referral_status_changes',
      'group_enjoyment_ratings',
      'group_meetings',
      'import_batches',
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    expect([...idsOfA.values()].filter((kind) => kind === 'sessions')).toHaveLength(2);
    expect(secretsOfA).toEqual(
      expect.arrayContaining([
        'Priya Isolated',
        'Secret notes of A',
        'Touch notes of A',
        'A-only phone',
        'Buyer notes of A',
        'Knows note of A',
        'Ask message of A',
        'Referral notes of A',
        'Status note of A',
        'Seat of A only',
        'Meeting notes of A',
        'Import of A only.csv',
        'Role of A only',
        'Previewed Person of A',
      ]),
    );
    // A's own person introduced by another is among A's views.
    expect(JSON.stringify(before.views)).toContain('Introduced over lunch');
  });
});

describe('account B, given account A’s ids', () => {
  for (const root of PROBED) {
    it(`${root.kind} ${root.field.name} answers as it does for an id that names nothing`, async () => {
      let probes = 0;
      for (const variant of variantsOf(root)) {
        const argsFor = (probe: string) => {
          const args = buildArgs(root.field, {
            id: variant.idFor(probe),
            now: NOW,
            listLength: variant.listLength,
          });
          if (!args) throw new Error(`The walker cannot build the arguments of ${root.field.name}`);
          return args;
        };
        const answerTo = async (probe: string) => {
          const response = await responseOf(accountB, root, argsFor(probe));
          return { response, normal: normalised(response, probe) };
        };

        // What an id that names nothing gets: twice, to be sure the answer does not vary.
        const [unknownId, otherUnknownId] = [randomUUID(), randomUUID()];
        const unknown = await answerTo(unknownId);
        expect(unknown.response.status, `${variant.label}: ${JSON.stringify(unknown)}`).toBe(200);
        expect(unknown.response.errors, variant.label).toBeUndefined();
        expect((await answerTo(otherUnknownId)).normal, variant.label).toEqual(unknown.normal);

        for (const batch of chunks(variant.probes(), CONCURRENCY)) {
          await Promise.all(
            batch.map(async (probe) => {
              const label = `${root.field.name} ${variant.label}, given A's ${idsOfA.get(probe.toLowerCase())} ${probe}`;
              const answer = await answerTo(probe);
              expect(answer.normal, label).toEqual(unknown.normal);
              expectNothingOfA(answer.response, probe, label);
              probes += 1;
            }),
          );
        }
      }
      expect(probes).toBeGreaterThanOrEqual(probedIdsOfA.length);
    }, 180_000);
  }
});

describe('account A', () => {
  it('has every row and every view it had before the probing', async () => {
    const after = await everythingOfA();
    expect(Object.keys(after.rows)).toEqual(Object.keys(before.rows));
    for (const table of Object.keys(before.rows)) {
      expect(after.rows[table]?.length, `rows in ${table}`).toBe(before.rows[table]?.length);
    }
    expect(after.rows).toEqual(before.rows);
    expect(after.views).toEqual(before.views);
  }, 120_000);
});
