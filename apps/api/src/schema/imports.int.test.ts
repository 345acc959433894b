import { accounts, groups, importBatches, interactions, people } from '@tend/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../server.ts';
import { type AccountTable, accountTables, fingerprintOf } from '../test/account-rows.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, countRows, dataOf, type TendClient, unwrap } from '../test/operations.ts';
import { SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';

// 10:00 in London on 20 November 2026.
const NOW = new Date('2026-11-20T10:00:00Z');

const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engines.example,Analytical Engines,Engineer,01 Dec 2026
Bob,Smith,https://www.linkedin.com/in/bob,,"Acme, Inc.",CEO,02 Dec 2026
,,https://www.linkedin.com/in/nobody,nobody@example.com,,,03 Dec 2026
Eve,Formula,https://x,eve@example.com,"=HYPERLINK(""http://evil.example"",""Click"")",Spy,04 Dec 2026
Ada,L.,https://www.linkedin.com/in/ada2,ADA@engines.example,,,05 Dec 2026
Carl,Bad,https://x,carl@,Carl Co,,06 Dec 2026
`;

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Zoë is already in the account (same e-mail, in capitals here); Jürgen is new. */
const VCARDS = crlf([
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Zoë Ünal',
  'EMAIL;TYPE=WORK:ZOE@UNAL.EXAMPLE',
  'EMAIL;TYPE=HOME:zoe.home@unal.example',
  'TEL;TYPE=CELL:+44 7700 900123',
  'ORG:Ünal & Co',
  'TITLE:Founder',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Kaffee in M=C3=BCn=',
  'chen',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Jürgen Müller',
  'EMAIL:juergen@mueller.example',
  'PHOTO:data:image/png;base64,iVBORw0KGgo=',
  'END:VCARD',
]);

const BATCH_FIELDS = /* GraphQL */ `
  id fileName format status importedAt undoneAt createdCount changedCount tag
  counts { create merge reject }
  columns { index header field samples }
  rows(limit: 200) {
    totalCount
    nodes {
      number action reasons skipped name emails phones company role location notes tags
      matchedBy mergeInto { id name }
      changes { field kind current incoming added }
    }
  }
`;
const ERRORS = `... on ValidationError { message issues { field message } } ... on NotFoundError { message }`;
const BATCH = `query ($id: ID!) { result: importBatch(id: $id) { __typename ... on ImportBatch { ${BATCH_FIELDS} } ... on NotFoundError { message } } }`;
const BATCHES = '{ importBatches { id fileName status counts { create merge reject } } }';
const SET_MAPPING = `mutation ($id: ID!, $mapping: [ImportField]!) {
  result: setImportMapping(id: $id, mapping: $mapping) { __typename ... on ImportBatch { ${BATCH_FIELDS} } ${ERRORS} } }`;
const COMMIT = `mutation ($id: ID!, $input: CommitImportInput) {
  result: commitImport(id: $id, input: $input) { __typename ... on ImportBatch { ${BATCH_FIELDS} } ${ERRORS} } }`;
const UNDO = `mutation ($id: ID!) {
  result: undoImport(id: $id) { __typename ... on ImportBatch { ${BATCH_FIELDS} } ${ERRORS} } }`;

type Row = {
  number: number;
  action: 'CREATE' | 'MERGE' | 'REJECT';
  reasons: string[];
  skipped: boolean;
  name: string;
  emails: string[];
  mergeInto: { id: string; name: string } | null;
  matchedBy: string | null;
  changes: {
    field: string;
    kind: string;
    current: string | null;
    incoming: string | null;
    added: string[];
  }[];
};
type Batch = {
  __typename: string;
  message?: string;
  issues?: { field: string; message: string }[];
  id: string;
  status: string;
  createdCount: number;
  changedCount: number;
  tag: string | null;
  counts: { create: number; merge: number; reject: number };
  columns: { index: number; header: string; field: string | null; samples: string[] }[] | null;
  rows: { totalCount: number; nodes: Row[] };
};

type Account = { id: string; cookie: string; client: TendClient };

/** What POST /imports answers: the import made, or why not. */
type UploadAnswer = {
  importBatch?: { id: string; fileName: string; format: string; counts: Record<string, number> };
  error?: { code: string; message: string };
};

let api: TestApi;
let tables: AccountTable[];
let accountCount = 0;

const newAccount = async (): Promise<Account> => {
  accountCount += 1;
  const { accountId, cookie } = await api.signUp(`importer${accountCount}@example.com`);
  await api.db
    .update(accounts)
    .set({ timezone: 'Europe/London', onboardedAt: NOW })
    .where(eq(accounts.id, accountId));
  return { id: accountId, cookie, client: clientFor(api, accountId) };
};

const upload = async (
  cookie: string | null,
  content: string | Uint8Array,
  fileName: string,
  options: { csrf?: boolean; contentType?: string } = {},
) => {
  const response = await fetch(`${api.url}/imports`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/octet-stream',
      'x-tend-file-name': encodeURIComponent(fileName),
      ...(options.csrf === false ? {} : { [CSRF_HEADER]: '1' }),
      ...(cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {}),
    },
    body: typeof content === 'string' ? content : new Blob([content as Uint8Array<ArrayBuffer>]),
  });
  return { status: response.status, body: (await response.json()) as UploadAnswer };
};

const uploaded = async (account: Account, content: string, fileName: string) => {
  const response = await upload(account.cookie, content, fileName);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  if (!response.body.importBatch) throw new Error('No import');
  return response.body.importBatch.id;
};

const call = async (account: Account, query: string, variables: Record<string, unknown>) =>
  dataOf(await api.gql<{ result: Batch }>(account.id, query, variables)).result;
const batchOf = (account: Account, id: string) => call(account, BATCH, { id });

const peopleOf = (accountId: string) =>
  api.db.select().from(people).where(eq(people.accountId, accountId)).orderBy(people.name);

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  tables = await accountTables(api);
});
afterAll(() => api?.close());

describe('uploading a file', () => {
  it('previews a LinkedIn export: its notes skipped, columns guessed, each row planned, nothing written', async () => {
    const me = await newAccount();
    const before = await fingerprintOf(api, me.id, tables);
    const response = await upload(me.cookie, LINKEDIN, 'Connections.csv');
    expect(response.status).toBe(201);
    if (!response.body.importBatch) throw new Error('No import');
    expect(response.body.importBatch).toEqual({
      id: expect.any(String),
      fileName: 'Connections.csv',
      format: 'CSV',
      counts: { create: 2, merge: 0, reject: 4 },
    });
    const batch = await batchOf(me, response.body.importBatch.id);
    expect(batch.status).toBe('PREVIEW');
    expect(batch.columns?.map((c) => [c.header, c.field])).toEqual([
      ['First Name', 'FIRST_NAME'],
      ['Last Name', 'LAST_NAME'],
      ['URL', null],
      ['Email Address', 'EMAIL'],
      ['Company', 'COMPANY'],
      ['Position', 'ROLE'],
      ['Connected On', null],
    ]);
    expect(batch.columns?.[4]?.samples.slice(0, 2)).toEqual(['Analytical Engines', 'Acme, Inc.']);
    expect(batch.rows.nodes.map((row) => [row.number, row.action, row.name, row.reasons])).toEqual([
      [1, 'CREATE', 'Ada Lovelace', []],
      [2, 'CREATE', 'Bob Smith', []],
      [3, 'REJECT', '', ['No name']],
      [
        4,
        'REJECT',
        'Eve Formula',
        [
          'The column “Company” holds a spreadsheet formula (“=HYPERLINK("http://evil.example","Click"…”); formulas are not imported',
        ],
      ],
      [
        5,
        'REJECT',
        'Ada L.',
        ['Duplicate of row 1 in this file (the same e-mail address ada@engines.example)'],
      ],
      [6, 'REJECT', 'Carl Bad', ['Malformed e-mail address “carl@”']],
    ]);
    // Only the import itself was saved.
    const after = await fingerprintOf(api, me.id, tables);
    expect({ ...after, import_batches: undefined }).toEqual({
      ...before,
      import_batches: undefined,
    });
    expect(after.import_batches?.rows).toBe(1);
  });

  it('previews a vCard file: a card of someone already in the account is a merge showing its changes', async () => {
    const me = await newAccount();
    const zoe = await me.client.addPerson({
      name: 'Zoë Ünal',
      emails: ['zoe@unal.example'],
      company: 'Unal Consulting',
    });
    const batch = await batchOf(me, await uploaded(me, VCARDS, 'contacts.vcf'));
    expect(batch.columns).toBeNull();
    expect(batch.counts).toEqual({ create: 1, merge: 1, reject: 0 });
    const [merge, create] = batch.rows.nodes;
    expect(merge).toMatchObject({
      action: 'MERGE',
      matchedBy: 'EMAIL',
      mergeInto: { id: zoe.id, name: 'Zoë Ünal' },
      changes: [
        { field: 'emails', kind: 'ADD', added: ['zoe.home@unal.example'] },
        { field: 'phones', kind: 'ADD', added: ['+44 7700 900123'] },
        { field: 'company', kind: 'KEEP', current: 'Unal Consulting', incoming: 'Ünal & Co' },
        { field: 'role', kind: 'FILL', incoming: 'Founder' },
        { field: 'notes', kind: 'FILL', incoming: 'Kaffee in München' },
      ],
    });
    expect(create).toMatchObject({ action: 'CREATE', name: 'Jürgen Müller' });
  });

  it.each([
    [
      'a 20 MB file',
      () => new Uint8Array(20 * 1024 * 1024).fill(0x41),
      413,
      'TOO_LARGE',
      'The file is 20.0 MB; Tend imports files of at most 10 MB.',
    ],
    [
      'a workbook renamed .csv',
      () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
      400,
      'NOT_TEXT',
      'This is not a text file: it is a zipped file, such as an Excel workbook (.xlsx).',
    ],
    [
      'a file in Windows-1252',
      () => new Uint8Array([...new TextEncoder().encode('Name\nZo'), 0xeb, 0x0a]),
      400,
      'NOT_UTF8',
      'This file is not saved as UTF-8 (it looks like Windows-1252 or ISO-8859-1 (Latin-1))',
    ],
    ['an empty file', () => new Uint8Array(), 400, 'EMPTY', 'The file is empty.'],
    [
      'a header alone',
      () => new TextEncoder().encode('Name,Email\n'),
      400,
      'NO_CONTACTS',
      'no contacts',
    ],
  ])(
    'refuses %s with a clear message, and saves nothing',
    async (_label, bytes, status, code, message) => {
      const me = await newAccount();
      const before = await fingerprintOf(api, me.id, tables);
      const response = await upload(me.cookie, bytes(), 'contacts.csv');
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ error: { code, message: expect.stringContaining(message) } });
      expect(await fingerprintOf(api, me.id, tables)).toEqual(before);
    },
  );

  it('refuses a file sent without its length once it passes the limit, and saves nothing', async () => {
    const me = await newAccount();
    const before = await fingerprintOf(api, me.id, tables);
    const chunk = new Uint8Array(1024 * 1024).fill(0x41);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1;
        if (sent > 12) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${api.url}/imports`, {
      method: 'POST',
      headers: { [CSRF_HEADER]: '1', cookie: `${SESSION_COOKIE}=${me.cookie}` },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: {
        code: 'TOO_LARGE',
        message:
          'The file is over 10 MB; Tend imports files of at most 10 MB. Split it into smaller files and import each.',
      },
    });
    expect(await fingerprintOf(api, me.id, tables)).toEqual(before);
  });

  it('takes any content type, and refuses a stranger or a request without the CSRF header', async () => {
    const me = await newAccount();
    const asJson = await upload(me.cookie, 'Name\nAda\n', 'a.csv', {
      contentType: 'application/json',
    });
    expect(asJson.status).toBe(201);
    const before = await fingerprintOf(api, me.id, tables);
    expect(await upload(null, 'Name\nAda\n', 'a.csv')).toEqual({
      status: 401,
      body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' } },
    });
    const forged = await upload(me.cookie, 'Name\nAda\n', 'a.csv', { csrf: false });
    expect(forged.status).toBe(403);
    expect(await fingerprintOf(api, me.id, tables)).toEqual(before);
  });
});

describe('mapping the columns', () => {
  it('plans the rows again with the new mapping, and refuses a mapping that does not fit', async () => {
    const me = await newAccount();
    const id = await uploaded(me, LINKEDIN, 'Connections.csv');
    const mapping = ['FIRST_NAME', 'LAST_NAME', 'NOTES', 'EMAIL', null, 'ROLE', null];
    const remapped = await call(me, SET_MAPPING, { id, mapping });
    expect(remapped.columns?.map((c) => c.field)).toEqual(mapping);
    expect(remapped.rows.nodes[0]).toMatchObject({ name: 'Ada Lovelace' });
    // Company dropped: Eve's formula is no longer imported, so neither refused.
    expect(remapped.counts).toEqual({ create: 3, merge: 0, reject: 3 });
    const [ada] = (await batchOf(me, id)).rows.nodes;
    expect(ada?.reasons).toEqual([]);
    expect(await call(me, SET_MAPPING, { id, mapping: ['NAME'] })).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: '', message: 'Give a field (or none) for each of the file’s 7 columns' }],
    });
    expect(
      await call(me, SET_MAPPING, { id, mapping: ['NAME', 'NAME', null, null, null, null, null] }),
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ message: 'Only one column can be the name' }],
    });
  });
});

describe('importing and undoing', () => {
  it('imports the ticked rows in one go with a tag, an origin and a cadence, and undoes it all', async () => {
    const me = await newAccount();
    const [group] = await api.db
      .insert(groups)
      .values({ accountId: me.id, name: 'Breakfast Club' })
      .returning();
    const zoe = await me.client.addPerson({
      name: 'Zoë Ünal',
      emails: ['zoe@unal.example'],
      company: 'Unal Consulting',
    });
    const csv = `Name,Email,Company,Role\nAna Ortiz,ana@ortiz.example,Ortiz SL,CTO\nZoe Unal,zoe@unal.example,Other,Founder\nSkip Me,skip@x.example,,\nBen New,ben@new.example,,\n`;
    const id = await uploaded(me, csv, 'sheet.csv');
    const planned = await batchOf(me, id);
    expect(planned.rows.nodes.map((row) => row.action)).toEqual([
      'CREATE',
      'MERGE',
      'CREATE',
      'CREATE',
    ]);

    const imported = await call(me, COMMIT, {
      id,
      input: {
        skipRows: [3],
        tag: 'Imported 2026',
        originKind: 'GROUP',
        originGroupId: group?.id,
        cadence: { mode: 'CUSTOM', days: 30 },
      },
    });
    expect(imported).toMatchObject({
      __typename: 'ImportBatch',
      status: 'IMPORTED',
      createdCount: 2,
      changedCount: 1,
      tag: 'Imported 2026',
      columns: null,
      counts: { create: 2, merge: 1, reject: 0 },
    });
    expect(imported.rows.nodes.map((row) => [row.name, row.action, row.skipped])).toEqual([
      ['Ana Ortiz', 'CREATE', false],
      ['Zoe Unal', 'MERGE', false],
      ['Skip Me', 'CREATE', true],
      ['Ben New', 'CREATE', false],
    ]);
    // The file's cells are not kept once imported.
    const [stored] = await api.db.select().from(importBatches).where(eq(importBatches.id, id));
    expect(stored?.source).toBeNull();

    const everyone = await peopleOf(me.id);
    expect(everyone.map((p) => p.name)).toEqual(['Ana Ortiz', 'Ben New', 'Zoë Ünal']);
    const ana = everyone.find((p) => p.name === 'Ana Ortiz');
    expect(ana).toMatchObject({
      emails: ['ana@ortiz.example'],
      company: 'Ortiz SL',
      role: 'CTO',
      tags: ['Imported 2026'],
      originKind: 'GROUP',
      originGroupId: group?.id,
      cadenceMode: 'CUSTOM',
      cadenceDays: 30,
      // 30 days on, from the start of the day in London.
      nextDueAt: new Date('2026-12-20T00:00:00Z'),
    });
    // Zoë keeps her company; her role is filled and the tag added.
    expect(everyone.find((p) => p.id === zoe.id)).toMatchObject({
      emails: ['zoe@unal.example'],
      company: 'Unal Consulting',
      role: 'Founder',
      tags: ['Imported 2026'],
      originKind: 'OTHER',
      cadenceMode: 'DEFAULT',
    });
    expect(await call(me, COMMIT, { id })).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          field: '',
          message: 'This file has been imported already; undo the import to change it.',
        },
      ],
    });

    // After the import: a touch with Ben alone, one with Ben and Zoë, and Zoë's phone typed in.
    const ben = everyone.find((p) => p.name === 'Ben New');
    if (!ben || !ana) throw new Error('Not imported');
    const alone = unwrap(
      await me.client.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-20T09:00:00Z',
        personIds: [ben.id],
      }),
    );
    const shared = unwrap(
      await me.client.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-20T09:30:00Z',
        personIds: [ben.id, zoe.id],
      }),
    );
    unwrap(await me.client.updatePerson(zoe.id, { phones: ['+44 1'] }));

    const undone = await call(me, UNDO, { id });
    expect(undone).toMatchObject({ __typename: 'ImportBatch', status: 'UNDONE' });
    // The record keeps what it did, not the file's contacts.
    expect(undone).toMatchObject({
      createdCount: 2,
      counts: { create: 2 },
      rows: { totalCount: 0 },
    });
    const left = await peopleOf(me.id);
    expect(left.map((p) => p.name)).toEqual(['Zoë Ünal']);
    expect(left[0]).toMatchObject({
      company: 'Unal Consulting',
      role: null,
      tags: [],
      phones: ['+44 1'],
    });
    const touches = await api.db
      .select({ id: interactions.id })
      .from(interactions)
      .where(eq(interactions.accountId, me.id));
    expect(touches.map((t) => t.id)).toEqual([shared.id]);
    expect(touches.map((t) => t.id)).not.toContain(alone.id);
    expect(await call(me, UNDO, { id })).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { field: '', message: 'This import was undone; upload the file again to import it.' },
      ],
    });
    const listed = dataOf(
      await api.gql<{ importBatches: { id: string; status: string }[] }>(me.id, BATCHES),
    );
    expect(listed.importBatches).toEqual([expect.objectContaining({ id, status: 'UNDONE' })]);
  });

  it('makes a new person of a merge when asked, and imports nothing when an input is refused', async () => {
    const me = await newAccount();
    await me.client.addPerson({ name: 'Zoë Ünal', emails: ['zoe@unal.example'] });
    const id = await uploaded(me, VCARDS, 'contacts.vcf');
    const before = await fingerprintOf(api, me.id, tables);
    expect(
      await call(me, COMMIT, {
        id,
        input: { originKind: 'PERSON', originPersonId: '00000000-0000-4000-8000-000000000000' },
      }),
    ).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'originPersonId', message: 'No such person' }],
    });
    expect(await call(me, COMMIT, { id, input: { tag: 'x'.repeat(51) } })).toMatchObject({
      __typename: 'ValidationError',
    });
    expect(await fingerprintOf(api, me.id, tables)).toEqual(before);

    const imported = await call(me, COMMIT, { id, input: { createNewRows: [1] } });
    expect(imported.counts).toEqual({ create: 2, merge: 0, reject: 0 });
    expect((await peopleOf(me.id)).map((p) => p.name)).toEqual([
      'Jürgen Müller',
      'Zoë Ünal',
      'Zoë Ünal',
    ]);
  });

  it('pages the rows, by action too', async () => {
    const me = await newAccount();
    const id = await uploaded(me, LINKEDIN, 'Connections.csv');
    const page = await api.gql<{
      importBatch: { rows: { totalCount: number; nodes: { number: number }[] } };
    }>(
      me.id,
      'query ($id: ID!) { importBatch(id: $id) { ... on ImportBatch { rows(offset: 1, limit: 2, action: REJECT) { totalCount nodes { number } } } } }',
      { id },
    );
    expect(dataOf(page).importBatch.rows).toEqual({
      totalCount: 4,
      nodes: [{ number: 4 }, { number: 5 }],
    });
    const bad = await api.gql(
      me.id,
      'query ($id: ID!) { importBatch(id: $id) { ... on ImportBatch { rows(limit: 1000) { totalCount } } } }',
      { id },
    );
    expect(bad.errors?.[0]?.message).toBe('limit: must be 0 to 200.');
  });
});

describe('discarding a preview', () => {
  const DISCARD = `mutation ($id: ID!) {
    result: discardImportPreview(id: $id) { __typename ... on DiscardedImport { id fileName } ${ERRORS} } }`;

  it('deletes a preview and its file; an imported file, or another account’s, is refused', async () => {
    const me = await newAccount();
    const stranger = await newAccount();
    const id = await uploaded(me, LINKEDIN, 'Connections.csv');
    expect(await call(stranger, DISCARD, { id })).toMatchObject({ __typename: 'NotFoundError' });
    expect(await call(me, DISCARD, { id })).toEqual({
      __typename: 'DiscardedImport',
      id,
      fileName: 'Connections.csv',
    });
    expect(await api.db.$count(importBatches, eq(importBatches.accountId, me.id))).toBe(0);
    expect(await batchOf(me, id)).toMatchObject({ __typename: 'NotFoundError' });
    expect(await peopleOf(me.id)).toEqual([]);

    const imported = await uploaded(me, LINKEDIN, 'Connections.csv');
    expect(await call(me, COMMIT, { id: imported })).toMatchObject({ status: 'IMPORTED' });
    expect(await call(me, DISCARD, { id: imported })).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        {
          field: '',
          message: 'This file has been imported already; undo the import to change it.',
        },
      ],
    });
    expect(await batchOf(me, imported)).toMatchObject({ status: 'IMPORTED' });
  });
});

describe('another account', () => {
  it('can neither see nor change an import, nor merge into the people, of another', async () => {
    const a = await newAccount();
    const b = await newAccount();
    const priya = await a.client.addPerson({ name: 'Priya Shah', emails: ['priya@example.com'] });
    const previewed = await uploaded(
      a,
      'Name,Email\nPriya S,priya@example.com\nNew A,new@a.example\n',
      'a.csv',
    );
    const imported = await uploaded(a, 'Name\nImported A\n', 'b.csv');
    await call(a, COMMIT, { id: imported });
    const before = await fingerprintOf(api, a.id, tables);

    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const id of [previewed, imported]) {
      for (const [query, variables] of [
        [BATCH, {}],
        [SET_MAPPING, { mapping: ['NAME', null] }],
        [COMMIT, {}],
        [UNDO, {}],
      ] as const) {
        const theirs = await call(b, query, { id, ...variables });
        const nobodys = await call(b, query, { id: unknown, ...variables });
        expect(theirs).toEqual({ ...nobodys, message: nobodys.message?.replace(unknown, id) });
        expect(theirs.__typename).toBe('NotFoundError');
      }
    }
    const listed = dataOf(await api.gql<{ importBatches: unknown[] }>(b.id, BATCHES));
    expect(listed.importBatches).toEqual([]);

    // B's file names A's Priya: for B she is someone new.
    const own = await uploaded(b, 'Name,Email\nPriya S,priya@example.com\n', 'b.csv');
    const preview = await batchOf(b, own);
    expect(preview.rows.nodes[0]).toMatchObject({ action: 'CREATE', mergeInto: null });
    const done = await call(b, COMMIT, {
      id: own,
      input: { originKind: 'PERSON', originPersonId: priya.id },
    });
    expect(done).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'originPersonId' }],
    });
    await call(b, COMMIT, { id: own });
    await call(b, UNDO, { id: own });
    expect(await fingerprintOf(api, a.id, tables)).toEqual(before);
    expect(await countRows(api, people, b.id)).toBe(0);
    expect(
      await api.db
        .select()
        .from(people)
        .where(and(eq(people.accountId, a.id), eq(people.id, priya.id))),
    ).toHaveLength(1);
  });
});
