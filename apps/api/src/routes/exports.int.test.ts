import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { accounts, interactionParticipants, interactions, oneToOnes, people } from '@tend/db';
import {
  EXPORT_SECTIONS,
  type ExportDocument,
  type ExportSection,
  parseExportDocument,
  unescapeCsvCell,
} from '@tend/domain';
import { eq, sql } from 'drizzle-orm';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fromBufferPromise } from 'yauzl';
import { accountTables, fingerprintOf } from '../test/account-rows.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { SESSION_COOKIE } from '../use-cases/accounts/session-tokens.ts';
import { exportAccount } from '../use-cases/exports/export-account.ts';
import { csvFileName } from '../use-cases/exports/export-sections.ts';
import { MAX_EXPORT_UPLOAD_BYTES } from '../use-cases/exports/read-export-file.ts';

/** Friday 20 November 2026, 10:00 in London. */
const NOW = new Date('2026-11-20T10:00:00Z');

/** Names in other scripts, kept exactly as stored: no normalising, no reordering. */
const UNICODE_NAMES = [
  'Zoë 👩🏽‍💻 Fernández',
  // "é" and "è" as a letter and a combining accent (NFD), which NFC would change.
  'Ame\u0301lie Le\u0300vesque',
  'محمد الأحمد',
  'דוד כהן',
  '=HYPERLINK("http://evil.example","click")',
];

let api: TestApi;
let owner: { accountId: string; cookie: string };

const download = async (cookie: string | undefined) =>
  fetch(`${api.url}/export`, {
    headers: cookie ? { cookie: `${SESSION_COOKIE}=${cookie}` } : {},
  });

/** Every file in the zip, by name. */
const unzip = async (zip: Buffer): Promise<Map<string, Buffer>> => {
  const files = new Map<string, Buffer>();
  const archive = await fromBufferPromise(zip, { lazyEntries: true });
  for await (const entry of archive.eachEntry()) {
    const chunks: Buffer[] = [];
    for await (const chunk of await archive.openReadStreamPromise(entry)) chunks.push(chunk);
    files.set(entry.fileName, Buffer.concat(chunks));
  }
  archive.close();
  return files;
};

const exportOf = async (cookie: string) => {
  const response = await download(cookie);
  expect(response.status).toBe(200);
  const zip = Buffer.from(await response.arrayBuffer());
  const files = await unzip(zip);
  const json = files.get('tend-export.json');
  if (!json) throw new Error('No tend-export.json');
  return { response, zip, files, document: parseExportDocument(JSON.parse(json.toString('utf8'))) };
};

const restore = (
  cookie: string,
  body: Buffer | string,
  { contentType = 'application/zip', csrf = true }: { contentType?: string; csrf?: boolean } = {},
) =>
  fetch(`${api.url}/export/restore`, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      cookie: `${SESSION_COOKIE}=${cookie}`,
      ...(csrf ? { 'x-tend-csrf': '1' } : {}),
    },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });

/**
 * The document with every id replaced by a label made from what its row says, and rows in a
 * stable order: two exports of the same data, restored under new ids, come out equal.
 */
const canonical = (document: ExportDocument) => {
  const labels = new Map<string, string>();
  const label = (id: string | null) => (id === null ? null : (labels.get(id) ?? `unknown ${id}`));
  const name = (section: string, id: string, text: string) => {
    const value = `${section}: ${text}`;
    expect([...labels.values()]).not.toContain(value);
    labels.set(id, value);
  };
  for (const row of document.groups) name('group', row.id, row.name);
  for (const row of document.targetBuyers) name('buyer', row.id, row.name);
  for (const row of document.people) name('person', row.id, `${row.name} ${row.createdAt}`);
  for (const row of document.interactions) {
    name(
      'touch',
      row.id,
      JSON.stringify([
        row.kind,
        row.occurredAt,
        row.createdAt,
        row.notes,
        label(row.groupId),
        row.participantIds.map(label).sort(),
      ]),
    );
  }
  for (const row of document.referrals) {
    name(
      'referral',
      row.id,
      JSON.stringify([label(row.personId), row.referredOn, row.referredName]),
    );
  }
  const relabel = (value: unknown): unknown => {
    if (typeof value === 'string') return labels.get(value) ?? value;
    if (Array.isArray(value)) return value.map(relabel);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, relabel(item)]));
    }
    return value;
  };
  const rowsOf = (section: ExportSection) =>
    (document[section] as Record<string, unknown>[])
      .map((row) => {
        const { id: _id, ...rest } = relabel(row) as Record<string, unknown>;
        if (Array.isArray(rest.participantIds))
          rest.participantIds = [...rest.participantIds].sort();
        if (Array.isArray(rest.items)) {
          rest.items = rest.items.map(({ id: _itemId, ...item }: Record<string, unknown>) => item);
        }
        return JSON.stringify(rest);
      })
      .sort();
  return {
    account: document.account,
    ...Object.fromEntries(EXPORT_SECTIONS.map((section) => [section, rowsOf(section)])),
  };
};

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  owner = await api.signUp('owner@example.com');
  await api.db
    .update(accounts)
    .set({ name: 'Sam Owner', timezone: 'Europe/London' })
    .where(eq(accounts.id, owner.accountId));
  // The demo network fills most tables; the week's list, a one-to-one, a paid touch and
  // people named in other scripts fill the rest.
  const onboarded = await api.gql(
    owner.accountId,
    'mutation { finishOnboarding(choice: DEMO) { id } }',
  );
  expect(onboarded.errors).toBeUndefined();
  const week = await api.gql(owner.accountId, '{ weeklyList { weekStartsOn } }');
  expect(week.errors).toBeUndefined();
  const added = await api.db
    .insert(people)
    .values(
      UNICODE_NAMES.map((name, i) => ({
        accountId: owner.accountId,
        name,
        emails: [`person${i}@example.com`],
        phones: ['+44 20 7946 0000'],
        tags: ['-tagged', 'ünï'],
        notes: `Line one\r\nline two 👋 ${name}`,
        createdAt: new Date(NOW.getTime() - i * 1000),
      })),
    )
    .returning({ id: people.id });
  const [first, second] = added;
  if (!first || !second) throw new Error('people were not added');
  // Introduced by a person added after them: restored whatever order the people come in.
  await api.db
    .update(people)
    .set({ originKind: 'PERSON', originPersonId: second.id })
    .where(eq(people.id, first.id));
  const [touch] = await api.db
    .insert(interactions)
    .values({
      accountId: owner.accountId,
      kind: 'ONE_TO_ONE',
      occurredAt: new Date('2026-11-18T12:30:00Z'),
      durationMinutes: 45,
      cost: '12.34',
      costCurrency: 'EUR',
      notes: 'Lunch 🍜 — «très bien»',
    })
    .returning({ id: interactions.id });
  if (!touch) throw new Error('the touch was not added');
  await api.db.insert(interactionParticipants).values(
    added.map(({ id }) => ({
      accountId: owner.accountId,
      interactionId: touch.id,
      personId: id,
    })),
  );
  await api.db.insert(oneToOnes).values({
    accountId: owner.accountId,
    personId: first.id,
    startsAt: new Date('2026-11-18T12:00:00Z'),
    durationMinutes: 60,
    place: 'Café Ñandú',
    agenda: {
      learn: {
        goals: 'גדילה',
        accomplishments: '',
        interests: 'e\u0301',
        networks: '',
        skills: '',
      },
      tell: '=SUM(1)',
    },
    status: 'DONE',
    interactionId: touch.id,
  });
});

afterAll(() => api.close());

describe('GET /export', () => {
  it('asks a stranger to sign in', async () => {
    const response = await download(undefined);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { message: 'Sign in to continue.' } });
  });

  it('downloads a zip named for the day, with the JSON, a CSV per kind and the vCards', async () => {
    const { response, files, document } = await exportOf(owner.cookie);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="tend-export-2026-11-20.zip"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect([...files.keys()]).toEqual([
      'tend-export.json',
      ...EXPORT_SECTIONS.map(csvFileName),
      'weekly-list-items.csv',
      'people.vcf',
    ]);
    expect(document.format).toBe('tend-export');
    expect(document.version).toBe(1);
    expect(document.exportedAt).toBe(NOW.toISOString());
    expect(document.account.name).toBe('Sam Owner');
    // Every section has rows, so each is exported (and restored) for real.
    for (const section of EXPORT_SECTIONS) {
      expect(document[section].length, section).toBeGreaterThan(0);
    }
    expect(document.people.map((person) => person.name)).toEqual(
      expect.arrayContaining(UNICODE_NAMES),
    );
    const paid = document.interactions.find(
      (touch) => touch.cost !== null && touch.costCurrency === 'EUR',
    );
    expect(paid).toMatchObject({
      cost: '12.34',
      costCurrency: 'EUR',
      occurredAt: '2026-11-18T12:30:00.000Z',
    });
    expect(paid?.participantIds).toHaveLength(UNICODE_NAMES.length);
    expect(
      document.groups.some((group) => group.fee !== null && /^\d+\.\d{2}$/.test(group.fee)),
    ).toBe(true);
    expect(document.weeklyLists[0]?.items.length).toBeGreaterThan(0);
  });

  it('never holds the password hash, the e-mail, a session or a calendar feed token', async () => {
    await api.gql(owner.accountId, 'mutation { createCalendarFeed { __typename } }');
    const { files } = await exportOf(owner.cookie);
    const [account] = await api.db.select().from(accounts).where(eq(accounts.id, owner.accountId));
    const secrets = (await api.db.execute(
      sql`select token_hash from sessions where account_id = ${owner.accountId}
          union all select token_hash from calendar_feeds where account_id = ${owner.accountId}`,
    )) as unknown as { rows: { token_hash: string }[] };
    const forbidden = [
      account?.passwordHash ?? 'no hash',
      'owner@example.com',
      owner.cookie,
      ...secrets.rows.map((row) => row.token_hash),
    ];
    expect(secrets.rows.length).toBeGreaterThanOrEqual(2);
    for (const [name, content] of files) {
      const text = content.toString('utf8');
      for (const secret of forbidden) expect(text.includes(secret), `${name}`).toBe(false);
    }
  });

  it('writes CSV a spreadsheet reads as text: formulas escaped, UTF-8 marked', async () => {
    const { files, document } = await exportOf(owner.cookie);
    const csv = files.get('people.csv')?.toString('utf8') ?? '';
    expect(csv.startsWith('\uFEFFid,name,emails,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(document.people.length);
    for (const row of rows) {
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.map((row) => unescapeCsvCell(row.name ?? ''))).toEqual(
      document.people.map((person) => person.name),
    );
    const touches = files.get('interactions.csv')?.toString('utf8') ?? '';
    expect(touches).toContain('12.34,EUR');
  });

  it('writes every person as a vCard 4.0', async () => {
    const { files, document } = await exportOf(owner.cookie);
    const vcf = files.get('people.vcf')?.toString('utf8') ?? '';
    expect(vcf.match(/^BEGIN:VCARD\r\nVERSION:4\.0\r\n/gm)).toHaveLength(document.people.length);
    expect(vcf).toContain('FN:Zoë 👩🏽‍💻 Fernández\r\n');
  });

  it('reads page by page to the same document as in one page', async () => {
    const { document } = await exportOf(owner.cookie);
    const paged = await exportAccount(api.serverDb, owner.accountId, NOW, { batchSize: 2 });
    const chunks: Buffer[] = [];
    for await (const chunk of paged.stream) chunks.push(chunk as Buffer);
    const files = await unzip(Buffer.concat(chunks));
    expect(JSON.parse(files.get('tend-export.json')?.toString('utf8') ?? '')).toEqual(document);
  });

  it('lets go of its snapshot when a download is abandoned, and leaves no files behind', async () => {
    const folders = async () =>
      (await readdir(tmpdir())).filter((name) => name.startsWith('tend-export-')).sort();
    const before = await folders();
    // Pages of one row: the export is still reading when the download is dropped.
    const { stream } = await exportAccount(api.serverDb, owner.accountId, NOW, { batchSize: 1 });
    for await (const _chunk of stream) break;
    // The next export gets a connection (PGlite has only one) and finishes.
    expect((await exportOf(owner.cookie)).document.people.length).toBeGreaterThan(0);
    await vi.waitFor(async () => expect(await folders()).toEqual(before));
  });

  it('exports only the account’s own rows', async () => {
    const other = await api.signUp('other@example.com');
    await api.db.insert(people).values({ accountId: other.accountId, name: 'Somebody Else' });
    const mine = await exportOf(owner.cookie);
    const theirs = await exportOf(other.cookie);
    expect(theirs.document.people.map((person) => person.name)).toEqual(['Somebody Else']);
    expect(mine.document.people.map((person) => person.name)).not.toContain('Somebody Else');
  });

  it('covers every table that holds an account’s rows, or says why it leaves it out', async () => {
    const exported = [
      'people',
      'depth_changes',
      'interactions',
      'interaction_participants',
      'one_to_ones',
      'prompts',
      'weekly_lists',
      'weekly_list_items',
      'target_buyers',
      'knows',
      'introduction_asks',
      'referrals',
      'referral_status_changes',
      'groups',
      'group_memberships',
      'group_meetings',
      'group_enjoyment_ratings',
    ];
    const leftOut = {
      sessions: 'signing in, never exported',
      calendar_feeds: 'a secret address, never exported',
      digest_deliveries: 'which weekly e-mails went out: the server’s record, not the user’s data',
      // Its people come out as people; a restored account's people were restored, not imported,
      // so there is no import of them to undo there.
      import_batches: 'the record of an import, kept to undo it in this account',
    };
    const tables = (await accountTables(api)).map((table) => table.name).sort();
    expect(tables).toEqual([...exported, ...Object.keys(leftOut)].sort());
  });
});

describe('POST /export/restore', () => {
  it('restores an export into a new account: exported again, the same data, unicode byte for byte', async () => {
    const first = await exportOf(owner.cookie);
    const target = await api.signUp('restored@example.com');
    const canRestore = async (accountId: string) =>
      (await api.gql<{ canRestoreExport: boolean }>(accountId, '{ canRestoreExport }')).data
        ?.canRestoreExport;
    expect(await canRestore(target.accountId)).toBe(true);
    expect(await canRestore(owner.accountId)).toBe(false);
    const response = await restore(target.cookie, first.zip);
    expect(response.status).toBe(200);
    const { restored } = (await response.json()) as { restored: Record<string, number> };
    expect(restored.people).toBe(first.document.people.length);
    expect(await canRestore(target.accountId)).toBe(false);

    const again = await exportOf(target.cookie);
    expect(canonical(again.document)).toEqual(canonical(first.document));
    const sourceIds = new Set(first.document.people.map((person) => person.id));
    expect(again.document.people.some((person) => sourceIds.has(person.id))).toBe(false);
    // The same code units, not merely the same-looking text.
    const bytes = (document: ExportDocument) =>
      document.people.map((person) => Buffer.from(person.name, 'utf8').toString('hex')).sort();
    expect(bytes(again.document)).toEqual(bytes(first.document));
    expect(again.document.people.map((person) => person.name)).toContain(
      'Ame\u0301lie Le\u0300vesque',
    );
    // Past the first screen: the restored network is shown at once.
    const [account] = await api.db.select().from(accounts).where(eq(accounts.id, target.accountId));
    expect(account?.onboardedAt).toEqual(NOW);
    expect(account?.email).toBe('restored@example.com');
  });

  it('takes the JSON file on its own too, whatever its content type says', async () => {
    const { files, document } = await exportOf(owner.cookie);
    const target = await api.signUp('from-json@example.com');
    const json = files.get('tend-export.json') ?? Buffer.alloc(0);
    const response = await restore(target.cookie, json, { contentType: 'text/plain' });
    expect(response.status).toBe(200);
    expect(canonical((await exportOf(target.cookie)).document)).toEqual(canonical(document));
  });

  it('refuses an account that already holds data, and changes nothing', async () => {
    const { zip } = await exportOf(owner.cookie);
    const tables = await accountTables(api);
    const before = await fingerprintOf(api, owner.accountId, tables);
    const response = await restore(owner.cookie, zip);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /only be restored into an empty account/,
    );
    expect(await fingerprintOf(api, owner.accountId, tables)).toEqual(before);
  });

  it('says what is wrong with a file that is not an export, and changes nothing', async () => {
    const { files } = await exportOf(owner.cookie);
    const document = JSON.parse(files.get('tend-export.json')?.toString('utf8') ?? '{}');
    const target = await api.signUp('bad-files@example.com');
    const tables = await accountTables(api);
    const before = await fingerprintOf(api, target.accountId, tables);
    const cases: [Buffer | string, number, RegExp][] = [
      ['', 400, /The file is empty/],
      ['{"format":"tend-export"', 400, /it is not JSON/],
      [Buffer.from([0xff, 0xfe, 0x7b, 0x00]), 400, /not UTF-8 text/],
      ['name,email\r\nAnn,ann@example.com\r\n', 400, /it is not JSON/],
      [JSON.stringify({ people: [] }), 422, /This is not a Tend export/],
      [JSON.stringify({ ...document, version: 2 }), 422, /version 2, made by a newer Tend/],
      [
        JSON.stringify({ ...document, people: [{ ...document.people[0], trust: 9 }] }),
        422,
        /people\.0\.trust/,
      ],
      [
        JSON.stringify({
          ...document,
          knows: [{ ...document.knows[0], targetBuyerId: '00000000-0000-4000-8000-000000000000' }],
        }),
        422,
        /No target buyer profile with the id 00000000-0000-4000-8000-000000000000/,
      ],
      [
        JSON.stringify({ ...document, knows: [document.knows[0], document.knows[0]] }),
        422,
        /does not hold together, so nothing was restored/,
      ],
      [Buffer.from('PK\u0003\u0004 not really a zip'), 400, /zip file is damaged/],
    ];
    for (const [body, status, message] of cases) {
      const response = await restore(target.cookie, body, { contentType: 'application/json' });
      const answer = (await response.json()) as { error: { message: string } };
      expect({ status: response.status, message: answer.error.message }).toEqual({
        status,
        message: expect.stringMatching(message),
      });
    }
    expect(await fingerprintOf(api, target.accountId, tables)).toEqual(before);
  });

  it('refuses a zip without the export in it', async () => {
    const { files } = await exportOf(owner.cookie);
    const target = await api.signUp('no-json@example.com');
    // A zip of the CSV files alone, as yazl writes any zip.
    const { ZipFile } = await import('yazl');
    const zip = new ZipFile();
    zip.addBuffer(files.get('people.csv') ?? Buffer.alloc(0), 'people.csv');
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const response = await restore(target.cookie, Buffer.concat(chunks));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(
      /The zip has no tend-export.json in it/,
    );
  });

  it('refuses a file over its limit before reading it', async () => {
    const target = await api.signUp('too-large@example.com');
    const response = await restore(target.cookie, Buffer.alloc(MAX_EXPORT_UPLOAD_BYTES + 1, 32));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'The file is larger than a restore takes (100 MB).',
    );
  });

  it('needs the CSRF header and a session', async () => {
    const target = await api.signUp('csrf@example.com');
    const forged = await restore(target.cookie, '{}', { csrf: false });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toEqual({
      error: { message: 'Requests that change data must send the x-tend-csrf header.' },
    });
    const stranger = await fetch(`${api.url}/export/restore`, {
      method: 'POST',
      headers: { 'x-tend-csrf': '1', 'content-type': 'application/json' },
      body: '{}',
    });
    expect(stranger.status).toBe(401);
  });
});
