import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf } from '../test/operations.ts';
import { at, createLongLivedAccount, loopClientFor } from '../test/weekly-loop.ts';

/** Friday 20 November 2026, 10:00 in London (GMT): the week of Monday 16 November. */
const NOW = at('2026-11-20T10:00:00Z');
/** Saturday, later in the same week. */
const SATURDAY = at('2026-11-21T09:00:00Z');

/** The list as the home page reads it: each row with its person's open prompt, if any. */
const WEEKLY_LIST = /* GraphQL */ `
  {
    weeklyList {
      id weekStartsOn completionRate
      items { position reason status person { id name openPrompt { id status } } }
    }
  }
`;

type ListView = {
  id: string;
  weekStartsOn: string;
  completionRate: number;
  items: {
    position: number;
    reason: string;
    status: string;
    person: { id: string; name: string; openPrompt: { id: string; status: string } | null };
  }[];
};

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

const freshAccount = async (options: { weeklyListSize?: number; onboarded?: boolean } = {}) => {
  const accountId = await createLongLivedAccount(api, { onboarded: options.onboarded ?? true });
  const me = clientFor(api, accountId);
  const loop = loopClientFor(api, accountId);
  if (options.weeklyListSize) await loop.updateSettings({ weeklyListSize: options.weeklyListSize });
  const weeklyList = async () =>
    dataOf(await api.gql<{ weeklyList: ListView }>(accountId, WEEKLY_LIST)).weeklyList;
  /** Someone on a 30-day cadence whose last depth touch (a call) was `daysAgo` days before now. */
  const addContact = async (name: string, daysAgo?: number) => {
    const person = await me.addPerson(name);
    await loop.setCadence(person.id, { mode: 'CUSTOM', days: 30 });
    if (daysAgo !== undefined) {
      const occurredAt = new Date(NOW.getTime() - daysAgo * 86_400_000 + 2 * 3_600_000);
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: occurredAt.toISOString(),
        personIds: [person.id],
      });
    }
    return person;
  };
  return { accountId, me, loop, weeklyList, addContact };
};

const rows = (list: ListView) =>
  list.items.map(({ position, person, status }) => [position, person.name, status]);

describe('the week’s list when people leave it', () => {
  it('gives archived people’s places to the most overdue people not on it, keeping the rest as marked', async () => {
    const { me, weeklyList, addContact } = await freshAccount({ weeklyListSize: 3 });
    const ana = await addContact('Ana Alves', 70);
    const ben = await addContact('Ben Bright', 60);
    const cy = await addContact('Cy Cole', 55);
    await addContact('Dee Dara', 50);
    await addContact('Fay Fox', 40);
    await addContact('Gus Green', 10);

    const first = await weeklyList();
    expect(rows(first)).toEqual([
      [0, 'Ana Alves', 'PENDING'],
      [1, 'Ben Bright', 'PENDING'],
      [2, 'Cy Cole', 'PENDING'],
    ]);
    // A touch with Ben ticks him off.
    await me.logInteraction({
      kind: 'ONE_TO_ONE',
      occurredAt: NOW.toISOString(),
      personIds: [ben.id],
    });

    api.setNow(SATURDAY);
    await me.archivePerson(ana.id);
    await me.archivePerson(cy.id);
    const refilled = await weeklyList();
    expect(refilled.id).toBe(first.id);
    expect(
      refilled.items.map(({ position, person, status, reason }) => ({
        position,
        name: person.name,
        status,
        reason,
      })),
    ).toEqual([
      {
        position: 0,
        name: 'Ben Bright',
        status: 'DONE',
        reason: '60 days since your last depth touch (cadence 30 days); readiness 0.',
      },
      // Ranked as a new list is; the reasons count to the day they joined.
      {
        position: 1,
        name: 'Dee Dara',
        status: 'PENDING',
        reason: '51 days since your last depth touch (cadence 30 days); readiness 0.',
      },
      {
        position: 2,
        name: 'Fay Fox',
        status: 'PENDING',
        reason: '41 days since your last depth touch (cadence 30 days); readiness 0.',
      },
    ]);
    expect(refilled.completionRate).toBeCloseTo(1 / 3);

    // Full again, the list stays as it is: Ana back from the archive does not push anyone out.
    await me.unarchivePerson(ana.id);
    expect(await weeklyList()).toEqual(refilled);
  });

  it('gives a deleted person’s place to the next one due, and looks made at once agree', async () => {
    const { me, weeklyList, addContact } = await freshAccount({ weeklyListSize: 2 });
    const ana = await addContact('Ana Alves', 70);
    await addContact('Ben Bright', 60);
    await addContact('Cy Cole', 55);
    expect(rows(await weeklyList())).toEqual([
      [0, 'Ana Alves', 'PENDING'],
      [1, 'Ben Bright', 'PENDING'],
    ]);

    expect(await me.deletePerson(ana.id)).toMatchObject({ __typename: 'DeletedPerson' });
    const [one, two] = await Promise.all([weeklyList(), weeklyList()]);
    expect(one).toEqual(two);
    expect(rows(one)).toEqual([
      [0, 'Ben Bright', 'PENDING'],
      [1, 'Cy Cole', 'PENDING'],
    ]);
  });

  it('refills from your own due people when the demo data is removed, and their prompts ride on their rows', async () => {
    const { me, loop, weeklyList, addContact } = await freshAccount({ onboarded: false });
    await me.finishOnboarding('DEMO');
    const demoList = await weeklyList();
    expect(demoList.items).toHaveLength(5);
    // The overdue demo people's prompts are on their rows.
    const demoPrompts = (await loop.openPrompts()).openPrompts;
    for (const item of demoList.items) {
      const prompt = demoPrompts.find((p) => p.person.id === item.person.id);
      expect(item.person.openPrompt, item.person.name).toEqual(
        prompt ? { id: prompt.id, status: 'OPEN' } : null,
      );
    }
    expect(demoList.items.some((item) => item.person.openPrompt)).toBe(true);

    // Your own people, overdue after the list was made: the list is full, so they wait.
    const olu = await addContact('Olu Own', 100);
    const pia = await addContact('Pia Own', 80);
    await addContact('Quin Own', 5);
    expect((await weeklyList()).items.map((i) => i.person.name)).not.toContain('Olu Own');

    api.setNow(SATURDAY);
    await me.removeDemoData();
    const mine = await weeklyList();
    expect(mine.id).toBe(demoList.id);
    expect(rows(mine)).toEqual([
      [0, 'Olu Own', 'PENDING'],
      [1, 'Pia Own', 'PENDING'],
    ]);
    const prompts = (await loop.openPrompts()).openPrompts;
    expect(prompts.map((p) => p.person.name).sort()).toEqual(['Olu Own', 'Pia Own']);
    expect(mine.items.map((i) => i.person.openPrompt?.id)).toEqual(
      [olu.id, pia.id].map((id) => prompts.find((p) => p.person.id === id)?.id),
    );
  });

  it('is never empty while someone is due: a free place takes whoever falls due later in the week', async () => {
    const { me, loop, weeklyList, addContact } = await freshAccount();
    await addContact('Fresh Contact');
    const empty = await weeklyList();
    expect(empty.items).toEqual([]);

    // Added on Saturday with a touch long ago: overdue at once.
    api.setNow(SATURDAY);
    const late = await addContact('Lee Late', 90);
    const list = await weeklyList();
    expect(list.id).toBe(empty.id);
    expect(rows(list)).toEqual([[0, 'Lee Late', 'PENDING']]);
    expect((await loop.openPrompts()).openPrompts.map((p) => p.person.id)).toEqual([late.id]);

    // Snoozed, the prompt leaves the row; the person stays on the list.
    const [prompt] = (await loop.openPrompts()).openPrompts;
    await loop.snooze(prompt?.id ?? '', { choice: 'WEEK' });
    expect((await weeklyList()).items.map((i) => [i.person.name, i.person.openPrompt])).toEqual([
      ['Lee Late', null],
    ]);
    // Archived, nobody is due any more: only then is the list empty.
    await me.archivePerson(late.id);
    expect((await weeklyList()).items).toEqual([]);
  });
});
