import {
  type CadenceDefaults,
  type CadenceSetting,
  cadenceAnchor,
  DAY_MS,
  DEFAULT_CADENCE_DAYS,
  DEFAULT_DEPTH_TOUCH_KINDS,
  dueState,
  INTERACTION_KINDS,
  type InteractionKind,
  nextDueFor,
  resolveCadence,
  startOfDayIn,
} from '@tend/domain';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, unwrap } from '../test/operations.ts';
import { createLongLivedAccount, loopClientFor, type ScheduleView } from '../test/weekly-loop.ts';

/**
 * The due-date index and the domain agree on who is due: people whose stored next due date is
 * past (what the `(account_id, next_due_at)` index and the prompts read) are exactly those
 * the domain calls DUE or OVERDUE, whatever the depth, cadence, touches, edits and settings
 * (the time zone among them: due dates are calendar days in it).
 */

/** When the touches are logged; every person was added before. */
const LOGGED_AT = new Date('2026-11-20T10:00:00Z').getTime();

const level = fc.integer({ min: 0, max: 5 });
const cadence = fc.oneof(
  fc.constant<CadenceSetting>({ cadenceMode: 'DEFAULT', cadenceDays: null }),
  fc.constant<CadenceSetting>({ cadenceMode: 'NONE', cadenceDays: null }),
  fc
    .integer({ min: 1, max: 120 })
    .map((days): CadenceSetting => ({ cadenceMode: 'CUSTOM', cadenceDays: days })),
);
/** A moment up to `maxDays` before the touches are logged, to the millisecond. */
const before = (maxDays: number) =>
  fc.integer({ min: 0, max: maxDays * DAY_MS }).map((back) => LOGGED_AT - back);
const kind = fc.constantFrom(...INTERACTION_KINDS);

const scenario = fc.record({
  people: fc.array(
    fc.record({ addedAt: before(200), trust: level, theirUnderstanding: level, cadence }),
    { minLength: 1, maxLength: 6 },
  ),
  touches: fc.array(
    fc.record({
      kind,
      occurredAt: before(150),
      who: fc.uniqueArray(fc.nat(5), { minLength: 1, maxLength: 3 }),
      /** What happens to the touch after it is logged. */
      afterwards: fc.oneof(
        fc.constant({ action: 'keep' as const }),
        fc.constant({ action: 'delete' as const }),
        fc.record({ action: fc.constant('edit' as const), kind, occurredAt: before(150) }),
      ),
    }),
    { maxLength: 8 },
  ),
  settings: fc.record({
    when: fc.constantFrom('never', 'before', 'after'),
    timezone: fc.constantFrom('UTC', 'America/New_York', 'Pacific/Auckland'),
    depthTouchKinds: fc.subarray([...INTERACTION_KINDS], { minLength: 1 }),
    cadenceDays: fc
      .tuple(
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 1, max: 150 }),
      )
      .map((days) => [...days].sort((a, b) => a - b)),
  }),
  /** Clocks to look at, besides each person's due and overdue instants: any time in 400 days. */
  looks: fc.array(fc.integer({ min: 0, max: 400 * DAY_MS }), { maxLength: 4 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: new Date(LOGGED_AT) });
});
afterAll(() => api.close());

const iso = (ms: number) => new Date(ms).toISOString();

const run = async ({ people, touches, settings, looks }: Scenario) => {
  const first = Math.min(LOGGED_AT, ...people.map((p) => p.addedAt));
  api.setNow(new Date(first));
  const accountId = await createLongLivedAccount(api);
  const me = clientFor(api, accountId);
  const loop = loopClientFor(api, accountId);
  const [inner = 30, middle = 60, outer = 90] = settings.cadenceDays;
  const changeSettings = async () => {
    const result = await loop.updateSettings({
      timezone: settings.timezone,
      depthTouchKinds: settings.depthTouchKinds as InteractionKind[],
      cadenceInnerDays: inner,
      cadenceMiddleDays: middle,
      cadenceOuterDays: outer,
    });
    expect(result.__typename).toBe('Account');
  };
  if (settings.when === 'before') await changeSettings();

  const ids: string[] = [];
  for (const [index, person] of people.entries()) {
    api.setNow(new Date(person.addedAt));
    const { id } = await me.addPerson(`Person ${index}`);
    ids.push(id);
    const { cadenceMode, cadenceDays } = person.cadence;
    await loop.setCadence(id, { mode: cadenceMode, days: cadenceDays });
    if (person.trust) await me.setDepthLevel(id, { dimension: 'trust', level: person.trust });
    if (person.theirUnderstanding) {
      await me.setDepthLevel(id, {
        dimension: 'theirUnderstanding',
        level: person.theirUnderstanding,
      });
    }
  }

  api.setNow(new Date(LOGGED_AT));
  /** The touches as they stand at the end: kind, date and who, or deleted. */
  const final: { kind: InteractionKind; occurredAt: number; who: string[] }[] = [];
  for (const touch of touches) {
    const who = [...new Set(touch.who.map((i) => ids[i % ids.length] as string))];
    const logged = unwrap(
      await me.logInteraction({
        kind: touch.kind,
        occurredAt: iso(touch.occurredAt),
        personIds: who,
      }),
    );
    if (touch.afterwards.action === 'keep') final.push({ ...touch, who });
    if (touch.afterwards.action === 'edit') {
      const { kind: edited, occurredAt } = touch.afterwards;
      const result = await loop.updateInteraction(logged.id, {
        kind: edited,
        occurredAt: iso(occurredAt),
      });
      expect(result.__typename).toBe('Interaction');
      final.push({ kind: edited, occurredAt, who });
    }
    if (touch.afterwards.action === 'delete') {
      expect((await loop.deleteInteraction(logged.id)).__typename).toBe('DeletedInteraction');
    }
  }
  if (settings.when === 'after') await changeSettings();

  const changed = settings.when !== 'never';
  const depthKinds = changed
    ? (settings.depthTouchKinds as InteractionKind[])
    : DEFAULT_DEPTH_TOUCH_KINDS;
  const defaults: CadenceDefaults = changed
    ? { INNER: inner, MIDDLE: middle, OUTER: outer }
    : DEFAULT_CADENCE_DAYS;
  // Test accounts start in London.
  const timezone = changed ? settings.timezone : 'Europe/London';
  /** The schedule the domain gives each person from what was done to them. */
  const expected = people.map((person, index) => {
    const id = ids[index] as string;
    const depthTouches = final
      .filter((t) => t.who.includes(id) && depthKinds.includes(t.kind))
      .map((t) => t.occurredAt);
    const lastDepthTouchAt = depthTouches.length > 0 ? new Date(Math.max(...depthTouches)) : null;
    const createdAt = new Date(person.addedAt);
    const depth = { trust: person.trust, theirUnderstanding: person.theirUnderstanding };
    const resolved = resolveCadence(person.cadence, depth, defaults);
    return {
      id,
      lastDepthTouchAt,
      createdAt,
      cadence: resolved,
      nextDueAt: nextDueFor(
        { ...person.cadence, ...depth, lastDepthTouchAt, createdAt },
        { timezone, cadenceDefaults: defaults },
      ),
    };
  });

  // The instants a person falls due and overdue (the start of a day in the zone), and a
  // millisecond before: the boundaries where the index (a stored date) and the domain (calendar
  // days) could disagree.
  const boundaries = expected.flatMap((person) => {
    if (!person.cadence) return [];
    const anchor = cadenceAnchor(person.lastDepthTouchAt, person.createdAt);
    return [person.cadence.idealDays, person.cadence.maxDays].flatMap((days) => {
      const start = startOfDayIn(anchor, timezone, { days }).getTime();
      return [start - 1, start];
    });
  });
  const instants = [...new Set([...looks.map((look) => LOGGED_AT + look), ...boundaries])]
    .filter((instant) => instant >= LOGGED_AT)
    .sort((a, b) => a - b);

  for (const now of instants) {
    api.setNow(new Date(now));
    const view = await loop.dueView();

    // The stored schedule is the domain's.
    const byId = new Map(view.map((node) => [node.id, node]));
    expect(view).toHaveLength(people.length);
    for (const person of expected) {
      const node = byId.get(person.id) as ScheduleView;
      expect({
        lastDepthTouchAt: node.lastDepthTouchAt,
        nextDueAt: node.nextDueAt,
        cadence: node.cadence,
        dueState: node.dueState,
      }).toEqual({
        lastDepthTouchAt: person.lastDepthTouchAt?.toISOString() ?? null,
        nextDueAt: person.nextDueAt?.toISOString() ?? null,
        cadence: person.cadence,
        dueState: dueState(
          new Date(now),
          cadenceAnchor(person.lastDepthTouchAt, person.createdAt),
          person.cadence,
          timezone,
        ),
      });
    }

    // The index order: soonest due first, people without a cadence last.
    const dueKeys = view.map((node) => node.nextDueAt ?? '9999');
    expect(dueKeys).toEqual([...dueKeys].sort());

    // Who is due by the index (next due date reached) is who is due by the domain, recomputed
    // from the fields returned as well as by the field itself. Reached, not passed: the due date
    // is the start of the due day, and the person is due from then.
    const byIndex = view
      .filter((node) => node.nextDueAt !== null && Date.parse(node.nextDueAt) <= now)
      .map((node) => node.id);
    const byField = view
      .filter((node) => node.dueState === 'DUE' || node.dueState === 'OVERDUE')
      .map((node) => node.id);
    const byDomain = view
      .filter((node) => {
        const state = dueState(
          new Date(now),
          cadenceAnchor(
            node.lastDepthTouchAt ? new Date(node.lastDepthTouchAt) : null,
            new Date(node.createdAt),
          ),
          resolveCadence(
            { cadenceMode: node.cadenceMode, cadenceDays: node.cadenceDays },
            { trust: node.trust.level, theirUnderstanding: node.theirUnderstanding.level },
            defaults,
          ),
          timezone,
        );
        return state === 'DUE' || state === 'OVERDUE';
      })
      .map((node) => node.id);
    expect(byField).toEqual(byIndex);
    expect(byDomain).toEqual(byIndex);
    // In index order, the due people come first.
    expect(view.slice(0, byIndex.length).map((node) => node.id)).toEqual(byIndex);

    // The prompts job raises them from the index: one open prompt for each person due, and
    // none for anyone else.
    await api.raisePrompts();
    const { openPrompts, openPromptCount } = await loop.openPrompts();
    expect(openPrompts.map((p) => p.person.id).sort()).toEqual([...byIndex].sort());
    expect(openPromptCount).toBe(byIndex.length);
  }
};

// Fifteen accounts' worth of requests: about 30 s on a busy two-core machine, so time to spare.
it('agrees with the domain on who is due, for random people, touches and clocks', {
  timeout: 180_000,
}, async () => {
  await fc.assert(fc.asyncProperty(scenario, run), { numRuns: 15, seed: 20261120 });
});
