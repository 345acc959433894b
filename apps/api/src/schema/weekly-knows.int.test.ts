import { knows, prompts, targetBuyers, weeklyListItems } from '@tend/db';
import type { KnowsStrength } from '@tend/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor } from '../test/operations.ts';
import { at, createLongLivedAccount, loopClientFor } from '../test/weekly-loop.ts';

/** Friday 20 November 2026, 10:00 in London: the week of Monday 16 November. */
const NOW = at('2026-11-20T10:00:00Z');

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
afterAll(() => api.close());

const profile = async (accountId: string, name: string, archived = false) => {
  const [buyer] = await api.db
    .insert(targetBuyers)
    .values({ accountId, name, archivedAt: archived ? NOW : null })
    .returning();
  if (!buyer) throw new Error('Insert returned no target buyer');
  return buyer.id;
};

describe('the weekly list and prompts weigh the strongest knows tag of a working profile', () => {
  it('ranks an introducer above someone who only knows of a buyer, and ignores archived profiles', async () => {
    const accountId = await createLongLivedAccount(api);
    const me = clientFor(api, accountId);
    const loop = loopClientFor(api, accountId);
    await loop.updateSettings({ weeklyListSize: 2 });
    const working = await profile(accountId, 'CFOs');
    const other = await profile(accountId, 'Founders');
    const archived = await profile(accountId, 'Old profile', true);
    // Alike but for their tags: the same last call, cadence and depth.
    const add = async (name: string, tags: [string, KnowsStrength][]) => {
      const person = await me.addPerson(name);
      // Tagged before the touch that makes them due, so the prompt it raises sees the tags.
      for (const [targetBuyerId, strength] of tags) {
        await api.db
          .insert(knows)
          .values({ accountId, personId: person.id, targetBuyerId, strength });
      }
      await loop.setCadence(person.id, { mode: 'CUSTOM', days: 30 });
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-10-09T00:00:00Z',
        personIds: [person.id],
      });
      return person;
    };
    // Named so that ties by id or name would put them the other way round.
    const archivedOnly = await add('Aaron Archived-Profile', [[archived, 'CAN_INTRODUCE']]);
    const knowsOf = await add('Bea Knows-Of', [[working, 'KNOWS_OF']]);
    const introducer = await add('Zed Introducer', [
      [working, 'KNOWS_PERSONALLY'],
      [other, 'CAN_INTRODUCE'],
      [archived, 'KNOWS_OF'],
    ]);

    const list = await loop.weeklyList();
    expect(list.items.map((item) => item.person.name)).toEqual(['Zed Introducer', 'Bea Knows-Of']);
    const stored = await api.db
      .select({
        personId: weeklyListItems.personId,
        knowsStrength: weeklyListItems.knowsStrength,
      })
      .from(weeklyListItems)
      .where(eq(weeklyListItems.accountId, accountId));
    expect(stored).toEqual(
      expect.arrayContaining([
        { personId: introducer.id, knowsStrength: 'CAN_INTRODUCE' },
        { personId: knowsOf.id, knowsStrength: 'KNOWS_OF' },
      ]),
    );

    await loop.openPrompts();
    const raised = await api.db
      .select({
        personId: prompts.personId,
        knowsStrength: prompts.knowsStrength,
      })
      .from(prompts)
      .where(eq(prompts.accountId, accountId));
    expect(raised).toHaveLength(3);
    expect(raised).toEqual(
      expect.arrayContaining([
        { personId: introducer.id, knowsStrength: 'CAN_INTRODUCE' },
        { personId: knowsOf.id, knowsStrength: 'KNOWS_OF' },
        { personId: archivedOnly.id, knowsStrength: null },
      ]),
    );
  });
});
