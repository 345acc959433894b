import { randomUUID } from 'node:crypto';
import { groupMemberships, groups, interactions, knows, referrals, targetBuyers } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type AccountTable,
  accountTables,
  fingerprintOf,
  rowsOfAccount,
} from '../test/account-rows.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  type PersonInput,
  personNotFound,
  unwrap,
  validationError,
} from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const ADDED = new Date('2026-06-01T10:00:00Z');

let api: TestApi;
let tables: AccountTable[];

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  tables = await accountTables(api);
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

/** The tables (of the account's) with a row that names the id anywhere, and how many rows. */
const rowsNaming = async (accountId: string, id: string) => {
  const rows = await rowsOfAccount(api, accountId, tables);
  return Object.fromEntries(
    Object.entries(rows)
      .map(([table, content]) => [
        table,
        content.filter((row) => JSON.stringify(row).includes(id)).length,
      ])
      .filter(([, count]) => count !== 0),
  );
};

/**
 * An account where Priya has a row in every table that can hold one of a person's: depth
 * history, touches (one alone, one with Rui), a one-to-one, a prompt, a weekly list item, a
 * target buyer she knows, referrals (hers, and one of Rui's naming her), a group membership, and
 * Quinn, whom she introduced. Everyone was added in June, so all are overdue (the touches are
 * not depth touches) and the reads raise their prompts and make the week's list.
 */
const networkWithPriya = async () => {
  const accountId = await api.createAccount();
  const client = clientFor(api, accountId);
  api.setNow(ADDED);
  const priya = await client.addPerson({ name: 'Priya Shah', emails: ['priya@example.com'] });
  const rui = await client.addPerson('Rui Costa');
  const quinn = await client.addPerson({
    name: 'Quinn Introduced',
    originKind: 'PERSON',
    originPersonId: priya.id,
    originNote: 'Over lunch',
  });
  api.setNow(NOW);
  unwrap(await client.setDepthLevel(priya.id, { dimension: 'trust', level: 3 }));
  const alone = unwrap(
    await client.logInteraction({
      kind: 'MESSAGE',
      occurredAt: '2026-11-18T09:00:00Z',
      notes: 'Priya alone',
      personIds: [priya.id],
    }),
  );
  const shared = unwrap(
    await client.logInteraction({
      kind: 'EVENT',
      occurredAt: '2026-11-19T19:00:00Z',
      notes: 'Dinner with both',
      personIds: [priya.id, rui.id],
    }),
  );
  const scheduled = await api.gql<{ result: { __typename: string } }>(
    accountId,
    `mutation($personId: ID!, $input: ScheduleOneToOneInput!) {
      result: scheduleOneToOne(personId: $personId, input: $input) { __typename }
    }`,
    { personId: priya.id, input: { startsAt: '2026-11-25T12:00:00Z' } },
  );
  expect(scheduled.data?.result.__typename).toBe('ScheduleOneToOnePayload');
  const reads = await api.gql(accountId, '{ openPrompts { id } weeklyList { id } }');
  expect(reads.errors).toBeUndefined();
  // No API makes these yet.
  const [group] = await api.db
    .insert(groups)
    .values({ accountId, name: 'Breakfast club' })
    .returning();
  const [buyer] = await api.db
    .insert(targetBuyers)
    .values({ accountId, name: 'CFOs of mid-size firms' })
    .returning();
  if (!group || !buyer) throw new Error('Setup rows were not made');
  await api.db
    .insert(groupMemberships)
    .values({ accountId, groupId: group.id, personId: priya.id });
  await api.db
    .insert(knows)
    .values({ accountId, personId: priya.id, targetBuyerId: buyer.id, strength: 'WORKS_WITH' });
  await api.db.insert(referrals).values([
    { accountId, direction: 'RECEIVED', personId: priya.id, referredOn: '2026-11-01' },
    {
      accountId,
      direction: 'GIVEN',
      personId: rui.id,
      referredPersonId: priya.id,
      referredOn: '2026-11-02',
    },
  ]);
  return { accountId, client, priya, rui, quinn, alone, shared };
};

describe('deletePerson', () => {
  it('removes the person’s rows in every table, and only theirs', async () => {
    const { accountId, client, priya, rui, quinn, alone, shared } = await networkWithPriya();
    const other = await api.createAccount();
    const otherClient = clientFor(api, other);
    await otherClient.addPerson('Bea Bystander');
    const othersBefore = await fingerprintOf(api, other, tables);

    expect(await rowsNaming(accountId, priya.id)).toEqual({
      people: 2, // her own row, and Quinn's origin
      depth_changes: 1,
      interaction_participants: 2,
      one_to_ones: 1,
      prompts: 1,
      weekly_list_items: 1,
      knows: 1,
      referrals: 2,
      group_memberships: 1,
    });

    expect(await client.deletePerson(priya.id)).toEqual({
      __typename: 'DeletedPerson',
      id: priya.id,
      name: 'Priya Shah',
    });

    expect(await rowsNaming(accountId, priya.id)).toEqual({});
    expect(await client.person(priya.id)).toEqual(personNotFound(priya.id));
    // The touch she was alone in went with her; the shared one keeps Rui.
    const touchIds = (
      await api.db
        .select({ id: interactions.id })
        .from(interactions)
        .where(eq(interactions.accountId, accountId))
    ).map(({ id }) => id);
    expect(touchIds).not.toContain(alone.id);
    expect(touchIds).toContain(shared.id);
    expect((await client.timeline(rui.id)).nodes).toEqual([
      expect.objectContaining({ id: shared.id, people: [{ id: rui.id, name: 'Rui Costa' }] }),
    ]);
    // Quinn stays, with no origin but her own note.
    expect(unwrap(await client.person(quinn.id))).toMatchObject({
      originKind: 'OTHER',
      originPerson: null,
      originNote: 'Over lunch',
    });
    // Rui's referral stays, no longer naming her; the others stay on the week's list.
    const left = await rowsOfAccount(api, accountId, tables);
    expect(left.referrals).toEqual([
      expect.objectContaining({ person_id: rui.id, referred_person_id: null }),
    ]);
    expect(
      (left.weekly_list_items as { person_id: string }[]).map((item) => item.person_id).sort(),
    ).toEqual([quinn.id, rui.id].sort());
    expect(left.groups).toHaveLength(1);
    expect(left.target_buyers).toHaveLength(1);
    expect((await client.people()).nodes.map(({ name }) => name)).toEqual([
      'Quinn Introduced',
      'Rui Costa',
    ]);
    expect(await fingerprintOf(api, other, tables)).toEqual(othersBefore);
  });

  it('answers NotFoundError to another account, an unknown id or a deleted person, and deletes nothing', async () => {
    const { accountId, priya } = await networkWithPriya();
    const stranger = clientFor(api, await api.createAccount());
    const before = await fingerprintOf(api, accountId, tables);

    expect(await stranger.deletePerson(priya.id)).toEqual(personNotFound(priya.id));
    expect(await stranger.deletePerson(priya.id.toUpperCase())).toEqual(
      personNotFound(priya.id.toUpperCase()),
    );
    const unknown = randomUUID();
    expect(await stranger.deletePerson(unknown)).toEqual(personNotFound(unknown));
    expect(await stranger.deletePerson('not-an-id')).toEqual(personNotFound('not-an-id'));
    expect(await fingerprintOf(api, accountId, tables)).toEqual(before);

    const owner = clientFor(api, accountId);
    expect((await owner.deletePerson(priya.id)).__typename).toBe('DeletedPerson');
    expect(await owner.deletePerson(priya.id)).toEqual(personNotFound(priya.id));
  });
});

describe('updatePerson from the edit form', () => {
  /** What the form sends: every field, cleared ones as null or empty lists. */
  const everything = (overrides: PersonInput): PersonInput => ({
    name: 'Priya Shah-Patel',
    emails: ['priya@shah.example', 'p.shah@example.com'],
    phones: ['+44 113 496 0000'],
    company: 'Shah Partners',
    role: null,
    profession: 'Accountant',
    location: 'Leeds',
    notes: null,
    tags: ['power partner'],
    originKind: 'OTHER',
    originGroupId: null,
    originPersonId: null,
    originNote: 'Former colleague',
    ...overrides,
  });

  it('saves every field, and a new origin replaces the introducer', async () => {
    const { client, quinn } = await networkWithPriya();
    unwrap(await client.updatePerson(quinn.id, everything({})));
    expect(unwrap(await client.person(quinn.id))).toMatchObject({
      name: 'Priya Shah-Patel',
      emails: ['priya@shah.example', 'p.shah@example.com'],
      phones: ['+44 113 496 0000'],
      company: 'Shah Partners',
      role: null,
      profession: 'Accountant',
      location: 'Leeds',
      notes: null,
      tags: ['power partner'],
      originKind: 'OTHER',
      originPerson: null,
      originNote: 'Former colleague',
    });
  });

  it('rejects a bad entry among good ones, naming it, and changes nothing', async () => {
    const { client, quinn } = await networkWithPriya();
    const before = unwrap(await client.snapshot(quinn.id));
    expect(
      await client.updatePerson(
        quinn.id,
        everything({ emails: ['priya@shah.example', 'not an e-mail'] }),
      ),
    ).toEqual(validationError('emails.1', 'Enter a valid e-mail address'));
    expect(await client.updatePerson(quinn.id, everything({ name: '  ' }))).toEqual(
      validationError('name', 'Name is required'),
    );
    expect(await client.snapshot(quinn.id)).toEqual(before);
  });

  it('answers NotFoundError to another account and changes nothing', async () => {
    const { accountId, quinn } = await networkWithPriya();
    const stranger = clientFor(api, await api.createAccount());
    const before = await fingerprintOf(api, accountId, tables);
    expect(await stranger.updatePerson(quinn.id, everything({}))).toEqual(personNotFound(quinn.id));
    expect(await fingerprintOf(api, accountId, tables)).toEqual(before);
  });
});
