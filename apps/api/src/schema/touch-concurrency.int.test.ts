import { interactionParticipants, interactions, people } from '@tend/db';
import { DAY_MS, INTERACTION_KINDS, nextDueFor } from '@tend/domain';
import { and, asc, eq, inArray, max } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, unwrap } from '../test/operations.ts';
import { loopClientFor } from '../test/weekly-loop.ts';
import { loadAccountSettings } from '../use-cases/scope.ts';

/**
 * Touches edited and deleted at the same time still leave each person's last depth touch and
 * next due date as a recomputation from the touches that remain gives them. On Postgres the
 * requests run in parallel transactions; on the embedded database they run one at a time.
 */

const NOW = new Date('2026-11-20T10:00:00Z');
const TOUCHES = 50;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
afterAll(() => api.close());

/**
 * Runs the tasks with `width` of them in flight at a time, as that many clients would. The
 * server's pool (5 connections in tests) caps how many transactions race anyway; more requests
 * in flight would only queue for a connection, past its timeout on a busy machine.
 */
const inParallel = async <T>(tasks: (() => Promise<T>)[], width = 10): Promise<T[]> => {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const client = async () => {
    while (next < tasks.length) {
      const index = next;
      next += 1;
      results[index] = await (tasks[index] as () => Promise<T>)();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, client));
  return results;
};

const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY_MS).toISOString();

/**
 * The people's stored schedules beside a recomputation from the touches that remain and the
 * account's settings as they stand, both in id order.
 */
const scheduleCheck = async (accountId: string, personIds: string[]) => {
  const settings = await loadAccountSettings(api.db, accountId);
  const rows = await api.db
    .select()
    .from(people)
    .where(and(eq(people.accountId, accountId), inArray(people.id, personIds)))
    .orderBy(asc(people.id));
  const latest = await api.db
    .select({ personId: interactionParticipants.personId, at: max(interactions.occurredAt) })
    .from(interactionParticipants)
    .innerJoin(interactions, eq(interactions.id, interactionParticipants.interactionId))
    .where(
      and(
        eq(interactionParticipants.accountId, accountId),
        inArray(interactions.kind, settings.depthTouchKinds),
      ),
    )
    .groupBy(interactionParticipants.personId);
  return {
    stored: rows.map(({ id, lastDepthTouchAt, nextDueAt }) => ({
      id,
      lastDepthTouchAt,
      nextDueAt,
    })),
    recomputed: rows.map((person) => {
      const lastDepthTouchAt = latest.find((row) => row.personId === person.id)?.at ?? null;
      return {
        id: person.id,
        lastDepthTouchAt,
        nextDueAt: nextDueFor({ ...person, lastDepthTouchAt }, settings),
      };
    }),
  };
};

it('25 deletes and 25 edits in parallel leave the schedule a recomputation gives', async () => {
  const accountId = await api.createAccount();
  const me = clientFor(api, accountId);
  const loop = loopClientFor(api, accountId);
  const ada = await me.addPerson('Ada Lovelace');
  const ben = await me.addPerson('Ben Okri');

  // Every touch has Ada; every third also Ben, named in either order, so two people's rows are
  // locked by requests that list them differently.
  const touchIds: string[] = [];
  for (let i = 0; i < TOUCHES; i += 1) {
    const withBen = i % 3 === 0 ? (i % 2 === 0 ? [ada.id, ben.id] : [ben.id, ada.id]) : [ada.id];
    const touch = unwrap(
      await me.logInteraction({
        kind: INTERACTION_KINDS[i % INTERACTION_KINDS.length] ?? 'CALL',
        occurredAt: daysAgo(i + 1),
        personIds: withBen,
      }),
    );
    touchIds.push(touch.id);
  }

  // Every other touch is deleted, the newest among them (alone, each delete would fall back to
  // a touch another is deleting); the rest move back by two months or more, half of them
  // becoming visibility touches.
  const results = await inParallel<{ __typename: string }>(
    touchIds.map(
      (id, i) => () =>
        i % 2 === 0
          ? loop.deleteInteraction(id)
          : loop.updateInteraction(id, {
              kind: i % 4 === 1 ? 'ONE_TO_ONE' : 'GROUP_MEETING',
              occurredAt: daysAgo(60 + i),
            }),
    ),
  );
  expect(results.map((r) => r.__typename)).toEqual(
    touchIds.map((_, i) => (i % 2 === 0 ? 'DeletedInteraction' : 'Interaction')),
  );

  const { stored, recomputed } = await scheduleCheck(accountId, [ada.id, ben.id]);
  expect(stored).toEqual(recomputed);
  // Not trivially equal: both still have depth touches.
  expect(recomputed.map((p) => p.lastDepthTouchAt === null)).toEqual([false, false]);
}, 60_000);

it('touches logged while the cadence settings change all succeed, and leave the schedule right', async () => {
  const accountId = await api.createAccount();
  const me = clientFor(api, accountId);
  const loop = loopClientFor(api, accountId);
  const ada = await me.addPerson('Ada Lovelace');
  const ben = await me.addPerson('Ben Okri');

  // A settings change locks the account and then reschedules everyone; a touch locks its people
  // and then, inserting, checks the account exists. Neither may wait on the other in a cycle.
  const results = await inParallel<{ __typename: string }>(
    Array.from(
      { length: 20 },
      (_, i) => () =>
        i % 4 === 0
          ? loop.updateSettings({ cadenceOuterDays: 90 + i })
          : me.logInteraction({
              kind: 'CALL',
              occurredAt: daysAgo(i + 1),
              personIds: i % 2 === 0 ? [ada.id, ben.id] : [ben.id, ada.id],
            }),
    ),
  );
  expect(results.map((r) => r.__typename)).toEqual(
    Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? 'Account' : 'Interaction')),
  );
  const { stored, recomputed } = await scheduleCheck(accountId, [ada.id, ben.id]);
  expect(stored).toEqual(recomputed);
}, 60_000);
