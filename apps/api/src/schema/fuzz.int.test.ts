import { rateLimits } from '@tend/db';
import fc from 'fast-check';
import type { GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AccountTable,
  accountTables,
  type Fingerprint,
  fingerprintOf,
  idsOfAccount,
} from '../test/account-rows.ts';
import {
  type GraphQLResponse,
  startTestApi,
  TEST_PASSWORD,
  type TestApi,
} from '../test/harness.ts';
import { clientFor } from '../test/operations.ts';
import {
  buildArgs,
  graphql as g,
  hasIdArgument,
  isRequired,
  operationFor,
  type RootField,
  resultTypesOf,
  rootFields,
  type SelectionOptions,
} from '../test/schema-walker.ts';

/**
 * Generated from the schema: every mutation (and every query that takes arguments) is called
 * with arbitrary variables built from its argument types: odd, unicode and huge text, wrong
 * types, out-of-range numbers, bad dates, unknown and malformed ids. The server must answer each
 * with a GraphQL error about the variables or a typed result, never a 5xx or a masked error, and
 * must write nothing when the result is not a success. The seed is fixed, so a run is repeatable.
 * The mutation that ends the session is called on its own, at the end, and so is the route
 * that deletes the account (a route: each request checks one password).
 */

const NOW = new Date('2026-11-20T10:00:00Z');
const DAY_MS = 86_400_000;
const SEED = 20_261_120;
const RUNS = 30;
/** The server's limit on a request body (see server.ts). */
const BODY_LIMIT_BYTES = 2 * 1024 * 1024;
/** These end the session or the account: fuzzed on their own, below. */
const ACCOUNT_ENDING = ['signOutEverywhere'];

const MUTATIONS = rootFields().filter(
  ({ kind, field }) => kind === 'mutation' && !ACCOUNT_ENDING.includes(field.name),
);

const selection: SelectionOptions = {
  depth: 1,
  values: { id: () => '00000000-0000-4000-8000-000000000000', now: NOW },
};

// ---- arbitrary values for GraphQL input types ----

/** A long text that prints short in fast-check's reports and is sent in full as JSON. */
class LongText {
  constructor(
    readonly unit: string,
    readonly times: number,
  ) {}

  toJSON() {
    return this.unit.repeat(this.times);
  }

  [fc.toStringMethod]() {
    return `<${JSON.stringify(this.unit)} × ${this.times}>`;
  }
}

const longText = fc
  .tuple(fc.constantFrom('x', 'é', '😀', ' ', '\n', '<'), fc.integer({ min: 1_000, max: 200_000 }))
  .map(([unit, length]) => new LongText(unit, Math.ceil(length / unit.length)));

const ODD_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\ufeff',
  '\u202e',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  "'; drop table people; --",
  '%',
  '_',
  '\\',
  '<script>alert(1)</script>',
  '𝕏𝕐ℤ',
  'Zoë O’Brien',
  'x'.repeat(201),
  'x'.repeat(10_001),
  'a@b.co',
  'a new password 123',
];

const BAD_DATES = [
  '',
  'yesterday',
  '2026-11-20',
  '2026-11-20T10:00',
  '2026-02-30T00:00:00Z',
  '2026-13-01T00:00:00Z',
  '2026-11-20T24:00:00Z',
  '2026-11-20T10:00:60Z',
  '2026-11-20T10:00:00+25:00',
  '2026-11-20T10:00:00.123456789Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1899-12-31T23:59:59Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '2026-11-21T10:00:00.001Z',
  '1970-01-01T00:00:00Z',
];

/** Any JSON value of another type than expected. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string({ maxLength: 10 }),
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

type FuzzContext = {
  /** Ids the account owns (to reach past "not found"), besides random ones. */
  ids: string[];
  /** Strings that mean something to the account (its password, its e-mail). */
  strings: string[];
  /** Whether huge strings may be made here (not inside lists, to stay under the body limit). */
  long: boolean;
  /** The name of the argument or input field, a hint at the format (`emails`, `phones`). */
  name: string;
  /** Input fields the server asks for though GraphQL does not (see `askedFor`). */
  wanted: ReadonlySet<string>;
};

/** Text a person might type, so that the rest of an input is often valid. */
const plausible = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 24 });

/** Characters that are easy to pass in JSON and hard to store or show; NUL most of all. */
const CONTROL = [
  '\u0000',
  '\u0000',
  '\u0000',
  '\u0001',
  '\u001f',
  '\u007f',
  '\ud800',
  '\udfff',
  '\u2028',
  '\ufffe',
];

const text = (context: FuzzContext): fc.Arbitrary<unknown> => {
  const formatted = /e-?mail/i.test(context.name)
    ? fc.emailAddress()
    : /phone/i.test(context.name)
      ? fc.stringMatching(/^\+?[\d ]{3,20}$/)
      : plausible;
  return fc.oneof(
    { weight: 8, arbitrary: formatted },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_STRINGS, ...context.strings) },
    {
      weight: 3,
      arbitrary: fc
        .tuple(formatted, fc.constantFrom(...CONTROL), fc.boolean())
        .map(([value, odd, before]) => (before ? `${odd}${value}` : `${value}${odd}`)),
    },
    { weight: context.long ? 1 : 0, arbitrary: longText },
  );
};

const scalar = (name: string, context: FuzzContext): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'String':
      return text(context);
    case 'Int':
    case 'Number':
      return fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 10 }) },
        { weight: 2, arbitrary: fc.integer({ min: -10, max: 2_000 }) },
        { weight: 1, arbitrary: fc.integer() },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            0,
            -1,
            2 ** 31 - 1,
            -(2 ** 31),
            2 ** 31,
            1e12,
            -1e12,
            0.5,
            -2.5,
            Number.MAX_SAFE_INTEGER,
            1e308,
          ),
        },
      );
    case 'Float':
      return fc.oneof(
        { weight: 4, arbitrary: fc.double({ min: 0, max: 1_000, noNaN: true }) },
        { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            0,
            -0.01,
            1e12,
            -1e12,
            1_000_000,
            1_000_000.5,
            1e308,
            -1e308,
            5e-324,
            0.1 + 0.2,
          ),
        },
      );
    case 'Boolean':
      return fc.boolean();
    case 'ID':
      return fc.oneof(
        { weight: context.ids.length > 0 ? 6 : 0, arbitrary: fc.constantFrom('', ...context.ids) },
        { weight: 2, arbitrary: fc.uuid() },
        { weight: 1, arbitrary: fc.uuid().map((id) => id.toUpperCase()) },
        { weight: 1, arbitrary: fc.uuid().map((id) => `{${id}}`) },
        { weight: 1, arbitrary: fc.uuid().map((id) => ` ${id}\n`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000'),
        },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
        { weight: 1, arbitrary: fc.integer() },
      );
    case 'DateTime':
      return fc.oneof(
        {
          weight: 6,
          arbitrary: fc
            .integer({ min: -400 * 24, max: 30 * 24 })
            .map((hours) => new Date(NOW.getTime() + (hours * DAY_MS) / 24).toISOString()),
        },
        {
          weight: 2,
          arbitrary: fc
            .date({
              min: new Date('0001-01-01T00:00:00Z'),
              max: new Date('9999-12-31T23:59:59Z'),
              noInvalidDate: true,
            })
            .map((date) => date.toISOString()),
        },
        { weight: 2, arbitrary: fc.constantFrom(...BAD_DATES) },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      );
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
};

/** A value for an input type: mostly of the right type (often odd), now and then not. */
const valueFor = (
  type: GraphQLInputType,
  context: FuzzContext,
  enclosing: ReadonlySet<string> = new Set(),
): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 30, arbitrary: typedValueFor(type, context, enclosing) },
    { weight: 1, arbitrary: wrongType },
  );

/** A value of the type itself, or null where the type allows it. */
const typedValueFor = (
  type: GraphQLInputType,
  context: FuzzContext,
  enclosing: ReadonlySet<string>,
): fc.Arbitrary<unknown> => {
  if (g.isNonNullType(type)) return valueOfType(type.ofType, context, enclosing);
  return fc.oneof(
    { weight: 6, arbitrary: valueOfType(type, context, enclosing) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
};

const valueOfType = (
  type: GraphQLInputType,
  context: FuzzContext,
  enclosing: ReadonlySet<string>,
): fc.Arbitrary<unknown> => {
  if (g.isListType(type)) {
    const item = valueFor(type.ofType, { ...context, long: false }, enclosing);
    return fc.oneof(
      { weight: 8, arbitrary: fc.array(item, { minLength: 1, maxLength: 4 }) },
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(item, { minLength: 19, maxLength: 60 }) },
      // GraphQL takes a single value where a list is expected.
      { weight: 1, arbitrary: item },
    );
  }
  if (g.isScalarType(type)) return scalar(type.name, context);
  if (g.isEnumType(type)) {
    const names = type.getValues().map((value) => value.name);
    return fc.oneof(
      { weight: 12, arbitrary: fc.constantFrom(...names) },
      { weight: 1, arbitrary: fc.constantFrom(...names.map((name) => name.toLowerCase())) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
    );
  }
  if (g.isInputObjectType(type)) {
    if (enclosing.has(type.name)) return fc.constant(null);
    const inner = new Set([...enclosing, type.name]);
    const all = Object.values(type.getFields());
    const entryOf = (field: (typeof all)[number]) =>
      valueFor(field.type, { ...context, name: field.name }, inner).map(
        (item) => [field.name, item] as const,
      );
    // Required fields are left out now and then; of the optional ones, often a few, or any.
    const needed = (field: (typeof all)[number]) =>
      isRequired(field) || context.wanted.has(field.name);
    const required = all
      .filter(needed)
      .map((field) => fc.option(entryOf(field), { freq: 30, nil: undefined }));
    const optional = all.filter((field) => !needed(field));
    const someOptional = fc
      .oneof(
        {
          weight: 2,
          arbitrary: fc.subarray(optional, { maxLength: Math.min(3, optional.length) }),
        },
        { weight: 1, arbitrary: fc.subarray(optional) },
      )
      .chain((chosen) => fc.tuple(...chosen.map(entryOf)));
    const fields = fc
      .tuple(fc.tuple(...required), someOptional)
      .map(([some, more]) => [...some, ...more]);
    // Now and then a field the type does not have.
    const unknownField = fc.oneof(
      { weight: 20, arbitrary: fc.constant(undefined) },
      {
        weight: 1,
        arbitrary: fc.tuple(fc.constantFrom('accountId', 'id', '__proto__', 'unknown'), wrongType),
      },
    );
    return fc
      .tuple(fields, unknownField)
      .map(([entries, extra]) =>
        Object.fromEntries(
          [...entries, extra].filter(
            (entry): entry is readonly [string, unknown] => entry !== undefined,
          ),
        ),
      );
  }
  return fc.jsonValue({ maxDepth: 2 });
};

/** Variables for every argument of a field (a required one is left out now and then). */
const argsFor = (root: RootField, context: FuzzContext): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      ...root.field.args.map((arg) =>
        fc.option(
          valueFor(arg.type, { ...context, name: arg.name }).map(
            (value) => [arg.name, value] as const,
          ),
          { freq: isRequired(arg) ? 40 : 2, nil: undefined },
        ),
      ),
    )
    .map((entries) =>
      Object.fromEntries(
        entries.filter((entry): entry is readonly [string, unknown] => entry !== undefined),
      ),
    );

// ---- the server under test ----

let api: TestApi;
let tables: AccountTable[];
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => {
  rejections.push(reason);
};

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  api = await startTestApi({ now: NOW });
  tables = await accountTables(api);
});

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await api?.close();
});

/** A new account with the demo network, its prompts and weekly list made by reading them. */
const accountWithData = async () => {
  const accountId = await api.createAccount({ onboarded: false });
  await clientFor(api, accountId).finishOnboarding('DEMO');
  for (const root of rootFields().filter((r) => r.kind === 'query' && !hasIdArgument(r.field))) {
    const args = buildArgs(root.field, { ...selection.values, includeOptional: () => false });
    if (args) await api.gql(accountId, operationFor(root, args, { ...selection, depth: 0 }), args);
  }
  const viewer = await api.gql<{ viewer: { email: string } }>(accountId, '{ viewer { email } }');
  const email = viewer.data?.viewer.email ?? '';
  const owned = await idsOfAccount(api, accountId, tables);
  const ids = [...owned]
    // Its own sessions stay out: revoking the one in use would end the run.
    .filter(([, table]) => table !== 'sessions')
    .map(([id]) => id);
  const idOf = (table: string) => {
    const found = [...owned].find(([, kind]) => kind === table);
    if (!found) throw new Error(`The account has no row in ${table}`);
    return found[0];
  };
  return { accountId, email, ids, idOf };
};

type Outcome =
  | 'success'
  | 'typed error'
  | 'variables rejected'
  | 'arguments rejected'
  | 'request rejected'
  | 'too large';

const shortJson = (value: unknown) => {
  const json = JSON.stringify(value) ?? 'undefined';
  return json.length > 600 ? `${json.slice(0, 600)}… (${json.length} characters)` : json;
};

/**
 * Sends one call with every argument declared as a variable, checks the answer's shape, and
 * says what it was: only a success may have written anything.
 */
const send = async (
  accountId: string,
  root: RootField,
  args: Record<string, unknown>,
): Promise<{ outcome: Outcome; response: GraphQLResponse }> => {
  const everyArg = Object.fromEntries(root.field.args.map((arg) => [arg.name, null]));
  const query = operationFor(root, everyArg, selection);
  const body = JSON.stringify({ query, variables: args });
  const bytes = Buffer.byteLength(body);
  const response = await api.gql(accountId, query, args);
  const label = `${root.field.name}(${shortJson(args)}) answered ${response.status} ${shortJson(response)}`;
  expect(response.status, label).toBeLessThan(500);
  expect(JSON.stringify(response), label).not.toContain('Unexpected error');
  if (bytes > BODY_LIMIT_BYTES) {
    expect(response.status, label).toBe(413);
    return { outcome: 'too large', response };
  }
  if (/"(__proto__|constructor)":/.test(body) && response.status === 400 && !response.errors) {
    // Fastify refuses JSON that could pollute prototypes, before GraphQL sees it.
    expect(response.data, label).toBeUndefined();
    return { outcome: 'request rejected', response };
  }
  if (response.errors) {
    expect([200, 400], label).toContain(response.status);
    expect(response.data ?? null, label).toBeNull();
    const variables = response.errors.every((error) => /^Variable "\$\w+"/.test(error.message));
    // A mutation may only be stopped before it runs, for variables of the wrong type (or
    // missing); a query may also turn down its arguments (a cursor that is not one), in words.
    if (!variables) expect(root.kind, label).toBe('query');
    return { outcome: variables ? 'variables rejected' : 'arguments rejected', response };
  }
  expect(response.status, label).toBe(200);
  const result = (response.data as { result?: unknown } | undefined)?.result;
  const { successes, errors } = resultTypesOf(root.field);
  if (successes.length === 0 && errors.length === 0) {
    expect(result, label).not.toBeUndefined();
    expect(result, label).not.toBeNull();
    return { outcome: 'success', response };
  }
  if (Array.isArray(result)) {
    for (const item of result as { __typename?: string }[]) {
      expect(successes, label).toContain(item.__typename);
    }
    return { outcome: 'success', response };
  }
  const typename = (result as { __typename?: string } | null)?.__typename ?? '';
  expect([...successes, ...errors], label).toContain(typename);
  return { outcome: successes.includes(typename) ? 'success' : 'typed error', response };
};

/**
 * The input fields a mutation's validation asks for when it is sent only what GraphQL requires
 * (a person's name, say): the fuzzing then sends them nearly always, so more calls get past
 * validation to the database. Learnt from the server, so new fields need no editing here.
 */
const askedFor = async (
  accountId: string,
  root: RootField,
  ids: string[],
): Promise<Set<string>> => {
  const args = buildArgs(root.field, {
    id: () => ids[0] ?? '00000000-0000-4000-8000-000000000000',
    now: NOW,
    includeOptional: () => false,
  });
  if (!args) return new Set();
  const { response } = await send(accountId, root, args);
  const result = (response.data as { result?: { issues?: { path: string[] }[] } } | undefined)
    ?.result;
  return new Set((result?.issues ?? []).flatMap((issue) => issue.path.slice(-1)));
};

describe.each(MUTATIONS.map((root) => [root.field.name, root] as const))(
  'mutation %s, given arbitrary variables',
  (_name, root) => {
    it('answers with a typed result or a variables error, and writes nothing unless it succeeds', async () => {
      const { accountId, email, ids } = await accountWithData();
      const context: FuzzContext = {
        ids,
        strings: [TEST_PASSWORD, email],
        long: true,
        name: '',
        wanted: await askedFor(accountId, root, ids),
      };
      let fingerprint: Fingerprint = await fingerprintOf(api, accountId, tables);
      const outcomes: Record<Outcome, number> = {
        success: 0,
        'typed error': 0,
        'variables rejected': 0,
        'arguments rejected': 0,
        'request rejected': 0,
        'too large': 0,
      };
      await fc.assert(
        fc.asyncProperty(argsFor(root, context), async (args) => {
          const { outcome, response } = await send(accountId, root, args);
          outcomes[outcome] += 1;
          const now = await fingerprintOf(api, accountId, tables);
          if (outcome !== 'success') {
            expect(
              now,
              `${root.field.name}(${shortJson(args)}) wrote after ${shortJson(response)}`,
            ).toEqual(fingerprint);
          }
          fingerprint = now;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
      expect(rejections).toEqual([]);
      // The run reached the resolver, not only variable checks.
      expect(outcomes.success + outcomes['typed error'], JSON.stringify(outcomes)).toBeGreaterThan(
        0,
      );
    }, 60_000);
  },
);

describe('queries, given arbitrary variables', () => {
  const queries = rootFields().filter(
    ({ kind, field }) => kind === 'query' && field.args.length > 0,
  );

  it('answer with a typed result or a variables error, and write nothing unless they succeed', async () => {
    expect(queries.length).toBeGreaterThan(0);
    const { accountId, email, ids } = await accountWithData();
    const context: FuzzContext = { ids, strings: [email], long: true, name: '', wanted: new Set() };
    let fingerprint: Fingerprint = await fingerprintOf(api, accountId, tables);
    for (const root of queries) {
      await fc.assert(
        fc.asyncProperty(argsFor(root, context), async (args) => {
          const { outcome, response } = await send(accountId, root, args);
          const now = await fingerprintOf(api, accountId, tables);
          if (outcome !== 'success') {
            expect(
              now,
              `${root.field.name}(${shortJson(args)}) wrote after ${shortJson(response)}`,
            ).toEqual(fingerprint);
          }
          fingerprint = now;
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
    expect(rejections).toEqual([]);
  }, 60_000);
});

describe('inputs the fuzzing found, kept as regressions', () => {
  const call = async (name: string, args: Record<string, unknown>, accountId: string) => {
    const root = rootFields().find((r) => r.field.name === name);
    if (!root) throw new Error(`No field ${name}`);
    return send(accountId, root, args);
  };
  const resultOf = (response: GraphQLResponse) =>
    (response.data as { result?: { __typename?: string; issues?: { field: string }[] } }).result;

  it('are answered with typed results, not masked errors', async () => {
    const { accountId, idOf } = await accountWithData();
    const before = await fingerprintOf(api, accountId, tables);
    // A NUL character, which Postgres text cannot hold.
    const nul = await call('createPerson', { input: { name: 'a\u0000b' } }, accountId);
    expect(nul.outcome).toBe('typed error');
    expect(resultOf(nul.response)?.issues).toEqual([expect.objectContaining({ field: 'name' })]);
    // An empty id beside a real one.
    const emptyId = await call(
      'logInteraction',
      {
        input: {
          kind: 'CALL',
          occurredAt: new Date(NOW.getTime() - DAY_MS).toISOString(),
          personIds: ['', idOf('people')],
        },
      },
      accountId,
    );
    expect(resultOf(emptyId.response)?.__typename).toBe('NotFoundError');
    // An empty group id for a person who came from a group.
    const person = await call(
      'createPerson',
      { input: { name: 'From a group', originKind: 'GROUP', originGroupId: idOf('groups') } },
      accountId,
    );
    expect(person.outcome).toBe('success');
    const personId = (resultOf(person.response) as { id: string }).id;
    const emptyGroup = await call(
      'updatePerson',
      { id: personId, input: { originGroupId: '' } },
      accountId,
    );
    expect(resultOf(emptyGroup.response)?.issues).toEqual([
      expect.objectContaining({ field: 'originGroupId' }),
    ]);
    const afterPerson = await fingerprintOf(api, accountId, tables);
    expect(afterPerson.people?.rows).toBe((before.people?.rows ?? 0) + 1);
    // Settings with nothing in them.
    for (const input of [{}, { name: null }]) {
      expect((await call('updateSettings', { input }, accountId)).outcome).toBe('success');
    }
    // A search for a NUL character.
    expect((await call('people', { search: '\u0000' }, accountId)).outcome).toBe('success');
    expect(await fingerprintOf(api, accountId, tables)).toEqual(afterPerson);
    expect(rejections).toEqual([]);
  });
});

describe('ending the account or the session', () => {
  it('deleting the account deletes nothing without the password and e-mail, then everything with them', async () => {
    const { accountId, email } = await accountWithData();
    // A route, not a mutation (one password check per request): fuzzed as JSON bodies.
    const signedIn = await api.http('/auth/sign-in', { body: { email, password: TEST_PASSWORD } });
    const cookie = signedIn.sessionCookie;
    const fingerprint = await fingerprintOf(api, accountId, tables);
    expect(fingerprint.people?.rows).toBeGreaterThan(0);
    const text = fc.oneof(fc.string(), fc.constantFrom(email, email.toUpperCase(), ''));
    const inputs: unknown[] = [
      // Arbitrary bodies that never hold the password, then near misses.
      ...fc.sample(
        fc.oneof(
          fc.record({ password: text, confirmEmail: text }, { requiredKeys: [] }),
          fc.anything(),
        ),
        { seed: SEED, numRuns: 15 },
      ),
      { password: TEST_PASSWORD, confirmEmail: 'someone@else.example' },
      { password: 'not the password', confirmEmail: email },
      { password: `${TEST_PASSWORD} `, confirmEmail: email },
      { password: TEST_PASSWORD.toUpperCase(), confirmEmail: email },
      { password: TEST_PASSWORD, confirmEmail: '' },
      { password: TEST_PASSWORD },
      { password: 'x'.repeat(100_000), confirmEmail: email },
      { password: [TEST_PASSWORD], confirmEmail: email },
      null,
      {},
    ];
    for (const body of inputs) {
      const response = await api.http('/auth/delete-account', { method: 'POST', body, cookie });
      const label = `${shortJson(body)} answered ${response.status} ${shortJson(response.body)}`;
      // Refused (400), or over the per-account limit of wrong passwords (429).
      expect([400, 429], label).toContain(response.status);
      expect(await fingerprintOf(api, accountId, tables), label).toEqual(fingerprint);
    }

    // The wrong passwords above used up the account's attempts: the limit is tested elsewhere.
    await api.db.delete(rateLimits);
    const deleted = await api.http('/auth/delete-account', {
      body: { password: TEST_PASSWORD, confirmEmail: email },
      cookie,
    });
    expect(deleted.status).toBe(200);
    for (const [table, { rows }] of Object.entries(await fingerprintOf(api, accountId, tables))) {
      expect(rows, table).toBe(0);
    }
    expect((await api.gql(accountId, '{ viewer { id } }')).status).toBe(401);
    expect(rejections).toEqual([]);
  });

  it('signOutEverywhere ends no session on a malformed call, then every one', async () => {
    const { accountId, email } = await accountWithData();
    const other = await api.http('/auth/sign-in', {
      body: { email, password: TEST_PASSWORD },
    });
    expect(other.status).toBe(200);
    const fingerprint = await fingerprintOf(api, accountId, tables);
    expect(fingerprint.sessions?.rows).toBe(2);
    for (const query of [
      'mutation { signOutEverywhere(all: true) }',
      'mutation { signOutEverywhere { count } }',
      'mutation($x: Int!) { signOutEverywhere }',
      'mutation { signOutEverywhere',
      'query { signOutEverywhere }',
    ]) {
      const response = await api.gql(accountId, query, { x: 'not an int' });
      expect([200, 400], query).toContain(response.status);
      expect(response.errors, query).toBeDefined();
      expect(response.data ?? null, query).toBeNull();
      expect(await fingerprintOf(api, accountId, tables), query).toEqual(fingerprint);
    }
    // A mutation may not be sent as a GET (a link or an image could send it).
    const asGet = await api.http(
      `/graphql?query=${encodeURIComponent('mutation { signOutEverywhere }')}`,
      { cookie: other.sessionCookie },
    );
    expect(asGet.status).toBeGreaterThanOrEqual(400);
    expect(asGet.status).toBeLessThan(500);
    expect(await fingerprintOf(api, accountId, tables)).toEqual(fingerprint);

    const ended = await api.gql(accountId, 'mutation { result: signOutEverywhere }');
    expect(ended).toEqual({ status: 200, data: { result: 2 } });
    expect((await fingerprintOf(api, accountId, tables)).sessions?.rows).toBe(0);
    expect((await api.gql(accountId, '{ viewer { id } }')).status).toBe(401);
    expect(rejections).toEqual([]);
  });
});

it('found mutations to fuzz, and no unhandled rejection happened', () => {
  expect(MUTATIONS.length).toBeGreaterThan(0);
  expect(MUTATIONS.map((root) => root.field.name)).toEqual(
    expect.arrayContaining([
      'createPerson',
      'updatePerson',
      'logInteraction',
      'setDepthLevel',
      'createTargetBuyer',
      'updateTargetBuyer',
      'archiveTargetBuyer',
      'setKnows',
      'removeKnows',
      'tagPeopleKnows',
      'askForIntroduction',
      'recordReferral',
      'updateReferral',
      'moveReferralStatus',
      'deleteReferral',
      'thankForReferral',
      'createGroup',
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
    ]),
  );
  expect(rejections).toEqual([]);
});
