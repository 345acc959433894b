import { randomUUID } from 'node:crypto';
import { people } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  countRows,
  type PersonInput,
  personNotFound,
  unwrap,
  validationError,
} from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

/** A client on an account of its own, so each list starts empty. */
const freshAccount = async () => {
  const accountId = await api.createAccount();
  return { accountId, client: clientFor(api, accountId) };
};

const MEGABYTE = 'x'.repeat(1024 * 1024);

const BAD_INPUTS: [string, PersonInput, string, string][] = [
  ['an empty name', { name: '' }, 'name', 'Name is required'],
  [
    'a 201-character name',
    { name: 'n'.repeat(201) },
    'name',
    'Name must be at most 200 characters',
  ],
  ['an invalid e-mail', { emails: ['not-an-email'] }, 'emails.0', 'Enter a valid e-mail address'],
  ['1 MB of notes', { notes: MEGABYTE }, 'notes', 'Notes must be at most 10000 characters'],
  ['a group origin without a group', { originKind: 'GROUP' }, 'originGroupId', 'Choose the group'],
  [
    'an introducer who does not exist',
    { originKind: 'PERSON', originPersonId: randomUUID() },
    'originPersonId',
    'No such person',
  ],
];

describe('createPerson', () => {
  it.each(BAD_INPUTS)(
    'rejects %s naming the field, and writes nothing',
    async (_label, input, field, message) => {
      const { accountId, client } = await freshAccount();
      await client.addPerson('Already Here');

      expect(await client.createPerson({ name: 'Valid Name', ...input })).toEqual(
        validationError(field, message),
      );
      expect(await countRows(api, people, accountId)).toBe(1);
      expect((await client.people()).nodes.map((p) => p.name)).toEqual(['Already Here']);
    },
  );

  it('accepts a 200-character name', async () => {
    const { client } = await freshAccount();
    expect((await client.addPerson('n'.repeat(200))).name).toHaveLength(200);
  });
});

describe('updatePerson', () => {
  const fullDetails = async () => {
    const { client } = await freshAccount();
    const introducer = await client.addPerson('Tom Okafor');
    const person = await client.addPerson({
      name: 'Priya Shah',
      emails: ['priya@example.com'],
      phones: ['+44 20 7946 0000'],
      company: 'Shah & Co',
      role: 'Partner',
      profession: 'Accountant',
      location: 'Leeds',
      notes: 'Met at the breakfast club',
      tags: ['power partner'],
      originKind: 'PERSON',
      originPersonId: introducer.id,
      originNote: 'Over lunch',
    });
    await client.setDepthLevel(person.id, { dimension: 'trust', level: 2, note: 'Good start' });
    await client.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-18T09:00:00Z',
      personIds: [person.id],
    });
    return { client, introducer, id: person.id, before: unwrap(await client.snapshot(person.id)) };
  };

  it.each([...BAD_INPUTS, ['a blank name', { name: '   ' }, 'name', 'Name is required']] as const)(
    'rejects %s naming the field, and writes nothing',
    async (_label, input, field, message) => {
      const { client, id, before } = await fullDetails();
      expect(await client.updatePerson(id, input)).toEqual(validationError(field, message));
      expect(await client.snapshot(id)).toEqual(before);
    },
  );

  it('rejects a person as their own introducer', async () => {
    const { client, id, before } = await fullDetails();
    expect(await client.updatePerson(id, { originKind: 'PERSON', originPersonId: id })).toEqual(
      validationError('originPersonId', 'A person cannot introduce themselves'),
    );
    expect(await client.snapshot(id)).toEqual(before);
  });

  it('changes only the fields sent', async () => {
    const { client, introducer, id, before } = await fullDetails();
    expect(before).toMatchObject({
      originKind: 'PERSON',
      originPerson: { id: introducer.id, name: 'Tom Okafor' },
    });

    api.setNow(new Date('2026-11-21T10:00:00Z'));
    const updated = unwrap(await client.updatePerson(id, { company: '  Shah Partners LLP ' }));
    expect(updated.company).toBe('Shah Partners LLP');
    expect(await client.snapshot(id)).toEqual({ ...before, company: 'Shah Partners LLP' });

    await client.updatePerson(id, { role: null, tags: ['client', 'client', ''] });
    expect(await client.snapshot(id)).toEqual({
      ...before,
      company: 'Shah Partners LLP',
      role: null,
      tags: ['client'],
    });
  });

  it('answers NotFoundError for an unknown id', async () => {
    const { client } = await freshAccount();
    const id = randomUUID();
    expect(await client.updatePerson(id, { name: 'Nobody' })).toEqual(personNotFound(id));
  });
});

describe('archiving', () => {
  it('hides a person from the list and shows them among the archived until unarchived', async () => {
    const { client } = await freshAccount();
    await client.addPerson('Alice Adams');
    const bob = await client.addPerson('Bob Brown');
    const names = async (args: { archived?: boolean; search?: string } = {}) => {
      const list = await client.people(args);
      return { totalCount: list.totalCount, names: list.nodes.map((p) => p.name) };
    };

    api.setNow(new Date('2026-11-22T10:00:00Z'));
    expect(unwrap(await client.archivePerson(bob.id)).archived).toBe(true);
    expect(await names()).toEqual({ totalCount: 1, names: ['Alice Adams'] });
    expect(await names({ search: 'bob' })).toEqual({ totalCount: 0, names: [] });
    expect(await names({ archived: true })).toEqual({ totalCount: 1, names: ['Bob Brown'] });
    expect(unwrap(await client.person(bob.id)).archived).toBe(true);

    expect(unwrap(await client.archivePerson(bob.id)).archived).toBe(true);
    expect(await names({ archived: true })).toEqual({ totalCount: 1, names: ['Bob Brown'] });

    expect(unwrap(await client.unarchivePerson(bob.id)).archived).toBe(false);
    expect(await names()).toEqual({ totalCount: 2, names: ['Alice Adams', 'Bob Brown'] });
    expect(await names({ archived: true })).toEqual({ totalCount: 0, names: [] });
  });

  it.each(['archivePerson', 'unarchivePerson'] as const)(
    '%s answers NotFoundError for an unknown id',
    async (mutation) => {
      const { client } = await freshAccount();
      const id = randomUUID();
      expect(await client[mutation](id)).toEqual(personNotFound(id));
    },
  );
});

describe('people', () => {
  it('sorts by next due date, with people without a cadence last', async () => {
    const { client } = await freshAccount();
    api.setNow(new Date('2026-11-01T10:00:00Z'));
    await client.addPerson('Old Olga');
    api.setNow(NOW);
    await client.addPerson('New Nina');
    const tara = await client.addPerson('Touched Tara');
    await client.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-19T10:00:00Z',
      personIds: [tara.id],
    });
    const dora = await client.addPerson('Deep Dora');
    await client.setDepthLevel(dora.id, { dimension: 'trust', level: 3 });
    await client.setDepthLevel(dora.id, { dimension: 'theirUnderstanding', level: 3 });
    for (const name of ['Nocadence Ned', 'Nocadence Nell']) {
      const { id } = await client.addPerson(name);
      // No mutation sets a cadence yet: write "no cadence" the way a cadence change will.
      await api.db
        .update(people)
        .set({ cadenceMode: 'NONE', nextDueAt: null })
        .where(eq(people.id, id));
    }

    const all = await client.people({ sort: 'NEXT_DUE' });
    // Due from the start of the day, in the account's zone (UTC here).
    expect(all.nodes.slice(0, 4).map((p) => [p.name, p.nextDueAt])).toEqual([
      ['Deep Dora', '2026-12-20T00:00:00.000Z'],
      ['Old Olga', '2027-01-30T00:00:00.000Z'],
      ['Touched Tara', '2027-02-17T00:00:00.000Z'],
      ['New Nina', '2027-02-18T00:00:00.000Z'],
    ]);
    expect(
      all.nodes
        .slice(4)
        .map((p) => [p.name, p.nextDueAt])
        .sort(),
    ).toEqual([
      ['Nocadence Ned', null],
      ['Nocadence Nell', null],
    ]);

    const paged: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const result = await client.people({ sort: 'NEXT_DUE', first: 2, after });
      paged.push(...result.nodes.map((p) => p.name));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(paged).toEqual(all.nodes.map((p) => p.name));

    expect((await client.people({ sort: 'NAME' })).nodes.map((p) => p.name)).toEqual([
      'Deep Dora',
      'New Nina',
      'Nocadence Ned',
      'Nocadence Nell',
      'Old Olga',
      'Touched Tara',
    ]);
  });

  it('searches for %, _ and \\ literally', async () => {
    const { client } = await freshAccount();
    for (const name of [
      '100% Organic',
      '1000 Organic',
      'Snake_Case Ltd',
      'SnakeXCase Ltd',
      'Back\\slash Bakery',
      'Backslash Bakery',
    ]) {
      await client.addPerson(name);
    }
    await client.addPerson({ name: 'Underscore Mail', emails: ['a_b@example.com'] });
    await client.addPerson({ name: 'Plain Mail', emails: ['axb@example.com'] });
    const search = async (text: string) =>
      (await client.people({ search: text })).nodes.map((p) => p.name);

    expect(await search('100%')).toEqual(['100% Organic']);
    expect(await search('%')).toEqual(['100% Organic']);
    expect(await search('e_C')).toEqual(['Snake_Case Ltd']);
    expect(await search('_')).toEqual(['Snake_Case Ltd', 'Underscore Mail']);
    expect(await search('k\\s')).toEqual(['Back\\slash Bakery']);
    expect(await search('a_b@')).toEqual(['Underscore Mail']);
    // How '%' sorts against digits depends on the database's collation.
    expect((await search('organic')).sort()).toEqual(['100% Organic', '1000 Organic']);
  });
});
