import { randomUUID } from 'node:crypto';
import { accounts, prompts } from '@tend/db';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, type ErrorResult, unwrap, validationError } from '../test/operations.ts';
import {
  at,
  createLongLivedAccount,
  loopClientFor,
  markKnowsTargetBuyer,
  type PromptView,
  plusMs,
} from '../test/weekly-loop.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = at('2026-11-20T10:00:00Z');
/**
 * Twelve days (on the calendar, in London) after NOW: someone added at NOW on a 10-day cadence
 * is due, since the start of 30 November.
 */
const LATER = at('2026-12-02T09:00:00Z');
const NOT_TOUCHED_REASON =
  '12 days since you added them, with no depth touch yet, against a cadence of 10 days; readiness 0.';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

const freshAccount = async () => {
  const accountId = await createLongLivedAccount(api);
  return { accountId, me: clientFor(api, accountId), loop: loopClientFor(api, accountId) };
};
type Account = Awaited<ReturnType<typeof freshAccount>>;

/** Someone added now on a 10-day cadence: due from NOW + 10 days. */
const addOnTenDays = async ({ me, loop }: Account, name: string) => {
  const person = await me.addPerson(name);
  await loop.setCadence(person.id, { mode: 'CUSTOM', days: 10 });
  return person;
};

const openPrompt = (
  person: { id: string; name: string },
  fields: Partial<PromptView> = {},
): PromptView => ({
  __typename: 'Prompt',
  id: expect.any(String),
  status: 'OPEN',
  reason: NOT_TOUCHED_REASON,
  dueAt: '2026-11-30T00:00:00.000Z',
  raisedAt: '2026-12-02T09:00:00.000Z',
  snoozedUntil: null,
  dismissedReason: null,
  closedAt: null,
  person: { id: person.id, name: person.name },
  ...fields,
});

const noPrompts = { openPrompts: [], openPromptCount: 0 };

/** The prompt as shown on a later day: its reason counts the days up to then. */
const counted = (prompt: PromptView, days: number): PromptView => ({
  ...prompt,
  reason: prompt.reason.replace(/^\d+ days?/, `${days} days`),
});

const notFoundPrompt = (id: string): ErrorResult => ({
  __typename: 'NotFoundError',
  message: `No open prompt with id ${id}`,
});

/** The one open prompt of an account, at `when`. */
const onlyPromptAt = async ({ loop }: Account, when: Date) => {
  await api.passTimeTo(when);
  const { openPrompts, openPromptCount } = await loop.openPrompts();
  expect(openPromptCount).toBe(1);
  const [prompt] = openPrompts;
  if (!prompt || openPrompts.length !== 1) throw new Error('Expected exactly one open prompt');
  return prompt;
};

describe('raising prompts', () => {
  it('raises one prompt once a person is due, saying why', async () => {
    const account = await freshAccount();
    const { loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');

    expect(await loop.openPrompts()).toEqual(noPrompts);
    // The moment before the due day starts is still on time, as the person's due state says.
    await api.passTimeTo(plusMs('2026-11-30T00:00:00Z', -1));
    expect(await loop.openPrompts()).toEqual(noPrompts);
    expect((await loop.schedule(priya.id)).dueState).toBe('OK');

    await api.passTimeTo(LATER);
    const expected = openPrompt(priya);
    expect(await loop.openPrompts()).toEqual({ openPrompts: [expected], openPromptCount: 1 });
    expect(await loop.personPrompts(priya.id)).toEqual([expected]);
    expect((await loop.schedule(priya.id)).dueState).toBe('DUE');
  });

  it('never raises a second prompt for the same due date', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const first = await onlyPromptAt(account, LATER);

    await api.passTimeTo(at('2026-12-03T09:00:00Z'));
    expect(await loop.openPrompts()).toEqual({
      openPrompts: [counted(first, 13)],
      openPromptCount: 1,
    });
    // Other changes that sync the person's prompt.
    await me.setDepthLevel(priya.id, { dimension: 'myUnderstanding', level: 0, note: 'Met' });
    await loop.updateSettings({ depthTouchKinds: ['ONE_TO_ONE', 'CALL', 'EMAIL'] });
    await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 10 });
    await api.passTimeTo(at('2026-12-04T09:00:00Z'));
    expect(await loop.openPrompts()).toEqual({
      openPrompts: [counted(first, 14)],
      openPromptCount: 1,
    });
    expect(await loop.personPrompts(priya.id)).toEqual([counted(first, 14)]);
  });

  it('counts the reason’s days when it is shown, and stops counting once it is closed', async () => {
    const account = await freshAccount();
    const { loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const raised = await onlyPromptAt(account, LATER);
    expect(raised.reason).toBe(NOT_TOUCHED_REASON);

    // A week later the same prompt says seven days more, wherever it is shown.
    const weekLater = await onlyPromptAt(account, at('2026-12-09T09:00:00Z'));
    expect(weekLater).toEqual({
      ...raised,
      reason:
        '19 days since you added them, with no depth touch yet, against a cadence of 10 days; readiness 0.',
    });
    expect(await loop.personPrompts(priya.id)).toEqual([weekLater]);

    // Dismissed on the 9th: its history keeps the count as of then.
    await loop.dismiss(raised.id, 'Travelling');
    await api.passTimeTo(at('2026-12-30T09:00:00Z'));
    expect((await loop.personPrompts(priya.id)).map((p) => p.reason)).toEqual([weekLater.reason]);
  });

  it('says how long since the last depth touch, the readiness and a known target buyer', async () => {
    const { accountId, me, loop } = await freshAccount();
    const ben = await me.addPerson('Ben Adeyemi');
    await me.setDepthLevel(ben.id, { dimension: 'trust', level: 3 });
    await me.setDepthLevel(ben.id, { dimension: 'theirUnderstanding', level: 4 });
    await markKnowsTargetBuyer(api, accountId, ben.id);
    expect(await loop.openPrompts()).toEqual(noPrompts);

    // A back-dated call puts him past his 30-day cadence at once.
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-10-01T12:00:00Z',
      personIds: [ben.id],
    });
    const expected = openPrompt(ben, {
      reason:
        '50 days since your last depth touch, against a cadence of 30 days; readiness 60; knows a target buyer.',
      dueAt: '2026-10-31T00:00:00.000Z',
      raisedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(await loop.personPrompts(ben.id)).toEqual([expected]);
    expect(await loop.openPrompts()).toEqual({ openPrompts: [expected], openPromptCount: 1 });
  });

  it('lists the most overdue first', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    await addOnTenDays(account, 'Priya Shah');
    const tom = await me.addPerson('Tom Okafor');
    await loop.setCadence(tom.id, { mode: 'CUSTOM', days: 7 });
    await api.passTimeTo(LATER);
    expect((await loop.openPrompts()).openPrompts.map((p) => [p.person.name, p.dueAt])).toEqual([
      ['Tom Okafor', '2026-11-27T00:00:00.000Z'],
      ['Priya Shah', '2026-11-30T00:00:00.000Z'],
    ]);
  });

  it('raises the prompt at once when a deeper tie tightens the cadence of someone overdue', async () => {
    const { me, loop } = await freshAccount();
    await api.passTimeTo(at('2026-09-01T09:00:00Z'));
    const cleo = await me.addPerson('Cleo Cole');
    await api.passTimeTo(NOW);
    expect(await loop.openPrompts()).toEqual(noPrompts);

    // Trust alone leaves readiness (and the 90-day outer cadence) where it was.
    await me.setDepthLevel(cleo.id, { dimension: 'trust', level: 3 });
    expect(await loop.personPrompts(cleo.id)).toEqual([]);

    // Understanding too: the inner tier's 30 days, so 80 days is far past the maximum gap.
    const result = unwrap(
      await me.setDepthLevel(cleo.id, { dimension: 'theirUnderstanding', level: 3 }),
    );
    expect(result).toMatchObject({
      readiness: 60,
      cadence: { idealDays: 30, maxDays: 45 },
      nextDueAt: '2026-09-30T23:00:00.000Z',
      dueState: 'OVERDUE',
    });
    const expected = openPrompt(cleo, {
      reason:
        '80 days since you added them, with no depth touch yet, against a cadence of 30 days; readiness 60.',
      dueAt: '2026-09-30T23:00:00.000Z',
      raisedAt: '2026-11-20T10:00:00.000Z',
    });
    // Raised by the change itself, in its transaction: the clock has not moved since the last
    // look, so looking again raises nothing new.
    expect(await loop.personPrompts(cleo.id)).toEqual([expected]);
    expect(await loop.openPrompts()).toEqual({ openPrompts: [expected], openPromptCount: 1 });
  });

  it('never prompts for a person with no cadence, and closes an open prompt when set to none', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const quiet = await me.addPerson('No Cadence');
    await loop.setCadence(quiet.id, { mode: 'NONE' });
    const priya = await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);

    await api.passTimeTo(at('2028-11-20T10:00:00Z'));
    expect((await loop.openPrompts()).openPrompts.map((p) => p.person.name)).toEqual([
      'Priya Shah',
    ]);
    expect(await loop.personPrompts(quiet.id)).toEqual([]);

    await loop.setCadence(priya.id, { mode: 'NONE' });
    expect(await loop.openPrompts()).toEqual(noPrompts);
    expect(await loop.personPrompts(priya.id)).toEqual([
      // Counted up to its closing: two years and a day (2028 is a leap year).
      { ...counted(prompt, 731), status: 'DONE', closedAt: '2028-11-20T10:00:00.000Z' },
    ]);
    expect(await loop.personPrompts(quiet.id)).toEqual([]);
  });

  it('does not list the prompt of an archived person, and lists it again once unarchived', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const tom = await addOnTenDays(account, 'Tom Okafor');
    await api.passTimeTo(LATER);
    expect((await loop.openPrompts()).openPromptCount).toBe(2);

    await me.archivePerson(tom.id);
    expect(await loop.openPrompts()).toEqual({
      openPrompts: [openPrompt(priya)],
      openPromptCount: 1,
    });

    await api.passTimeTo(at('2026-12-03T09:00:00Z'));
    await me.unarchivePerson(tom.id);
    const { openPrompts, openPromptCount } = await loop.openPrompts();
    expect(openPromptCount).toBe(2);
    // The same due date: in id order, so sorted here by name.
    expect(openPrompts.map((p) => [p.person.name, p.status, p.dueAt]).sort()).toEqual([
      ['Priya Shah', 'OPEN', '2026-11-30T00:00:00.000Z'],
      ['Tom Okafor', 'OPEN', '2026-11-30T00:00:00.000Z'],
    ]);
  });

  it('prompts for someone who fell due while archived once they are unarchived', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const tom = await addOnTenDays(account, 'Tom Okafor');
    await me.archivePerson(tom.id);
    await api.passTimeTo(LATER);
    expect(await loop.openPrompts()).toEqual(noPrompts);

    await api.passTimeTo(at('2026-12-03T09:00:00Z'));
    await me.unarchivePerson(tom.id);
    expect(await loop.openPrompts()).toEqual({
      openPrompts: [
        openPrompt(tom, {
          reason:
            '13 days since you added them, with no depth touch yet, against a cadence of 10 days; readiness 0.',
          raisedAt: '2026-12-03T09:00:00.000Z',
        }),
      ],
      openPromptCount: 1,
    });
  });
});

describe('touches and prompts', () => {
  it('closes the prompt with a depth touch, not with a visibility touch', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);

    await me.logInteraction({
      kind: 'GROUP_MEETING',
      occurredAt: '2026-12-02T08:00:00Z',
      personIds: [priya.id],
    });
    expect(await loop.openPrompts()).toEqual({ openPrompts: [prompt], openPromptCount: 1 });

    await api.passTimeTo(at('2026-12-03T09:00:00Z'));
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-12-03T08:00:00Z',
      personIds: [priya.id],
    });
    expect(await loop.openPrompts()).toEqual(noPrompts);
    const done = { ...counted(prompt, 13), status: 'DONE', closedAt: '2026-12-03T09:00:00.000Z' };
    expect(await loop.personPrompts(priya.id)).toEqual([done]);

    // Due again ten days after the call: a new prompt, the history newest first.
    await api.passTimeTo(at('2026-12-14T09:00:00Z'));
    const again = openPrompt(priya, {
      reason: '11 days since your last depth touch, against a cadence of 10 days; readiness 0.',
      dueAt: '2026-12-13T00:00:00.000Z',
      raisedAt: '2026-12-14T09:00:00.000Z',
    });
    expect(await loop.openPrompts()).toEqual({ openPrompts: [again], openPromptCount: 1 });
    expect(await loop.personPrompts(priya.id)).toEqual([again, done]);
  });

  it('brings the prompt back when the touch that closed it is deleted', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);
    // Someone else's prompt stays open throughout.
    await api.passTimeTo(at('2026-12-02T08:00:00Z'));
    const tom = await addOnTenDays(account, 'Tom Okafor');
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2026-11-01T08:00:00Z',
      personIds: [tom.id],
    });
    await api.passTimeTo(LATER);
    const call = unwrap(
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-12-02T08:00:00Z',
        personIds: [priya.id],
      }),
    );
    expect((await loop.openPrompts()).openPrompts.map((p) => p.person.name)).toEqual([
      'Tom Okafor',
    ]);

    await api.passTimeTo(at('2026-12-02T09:30:00Z'));
    await loop.deleteInteraction(call.id);
    expect((await loop.schedule(priya.id)).dueState).toBe('DUE');
    const { openPrompts, openPromptCount } = await loop.openPrompts();
    expect(openPromptCount).toBe(2);
    expect(openPrompts.find((p) => p.person.id === priya.id)).toEqual(prompt);
    expect(await loop.personPrompts(priya.id)).toEqual([prompt]);
  });

  it('raises the prompt at once when a touch is moved back past the cadence', async () => {
    const { me, loop } = await freshAccount();
    const dee = await me.addPerson('Dee Dara');
    await loop.setCadence(dee.id, { mode: 'CUSTOM', days: 10 });
    const call = unwrap(
      await me.logInteraction({
        kind: 'CALL',
        occurredAt: '2026-11-19T09:00:00Z',
        personIds: [dee.id],
      }),
    );
    expect(await loop.openPrompts()).toEqual(noPrompts);

    await loop.updateInteraction(call.id, { kind: 'CALL', occurredAt: '2026-11-01T09:00:00Z' });
    const expected = openPrompt(dee, {
      reason: '19 days since your last depth touch, against a cadence of 10 days; readiness 0.',
      dueAt: '2026-11-11T00:00:00.000Z',
      raisedAt: '2026-11-20T10:00:00.000Z',
    });
    expect(await loop.personPrompts(dee.id)).toEqual([expected]);
    expect(await loop.openPrompts()).toEqual({ openPrompts: [expected], openPromptCount: 1 });

    // And closes it when moved forward again.
    await loop.updateInteraction(call.id, { kind: 'CALL', occurredAt: '2026-11-18T09:00:00Z' });
    expect(await loop.openPrompts()).toEqual(noPrompts);
  });
});

describe('snoozePrompt', () => {
  it('hides the prompt for a week, then it is open again', async () => {
    const account = await freshAccount();
    const { loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);

    // Back from the start of the day a week later in London, as a due date is.
    const snoozed = { ...prompt, status: 'SNOOZED', snoozedUntil: '2026-12-09T00:00:00.000Z' };
    expect(await loop.snooze(prompt.id, { choice: 'WEEK' })).toEqual(snoozed);
    expect(await loop.openPrompts()).toEqual(noPrompts);
    expect(await loop.personPrompts(priya.id)).toEqual([snoozed]);

    // The job's run two minutes before the snooze ends leaves it snoozed.
    await api.passTimeTo(at('2026-12-08T23:58:00Z'));
    expect(await loop.openPrompts()).toEqual(noPrompts);

    await api.passTimeTo(at('2026-12-09T00:00:00Z'));
    expect(await loop.openPrompts()).toEqual({
      openPrompts: [counted(prompt, 19)],
      openPromptCount: 1,
    });

    // A month is a calendar month: 9 December to 9 January.
    expect(await loop.snooze(prompt.id, { choice: 'MONTH' })).toMatchObject({
      status: 'SNOOZED',
      snoozedUntil: '2027-01-09T00:00:00.000Z',
    });
    await api.passTimeTo(at('2027-01-08T23:58:00Z'));
    expect(await loop.openPrompts()).toEqual(noPrompts);
    await api.passTimeTo(at('2027-01-09T00:00:00Z'));
    expect(await loop.openPrompts()).toEqual({
      openPrompts: [counted(prompt, 50)],
      openPromptCount: 1,
    });
  });

  it('snoozes until a chosen date up to a year ahead', async () => {
    const account = await freshAccount();
    const { loop } = account;
    await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);

    expect(
      await loop.snooze(prompt.id, { choice: 'UNTIL', until: '2027-12-02T09:00:00Z' }),
    ).toMatchObject({ status: 'SNOOZED', snoozedUntil: '2027-12-02T09:00:00.000Z' });
    await api.passTimeTo(at('2027-12-02T08:58:00Z'));
    expect(await loop.openPrompts()).toEqual(noPrompts);
    await api.passTimeTo(at('2027-12-02T09:00:00Z'));
    expect((await loop.openPrompts()).openPromptCount).toBe(1);
  });

  it.each([
    ['a date in the past', '2026-12-02T08:00:00Z', 'Choose a date in the future'],
    ['the present moment', '2026-12-02T09:00:00Z', 'Choose a date in the future'],
    ['a year and a millisecond ahead', '2027-12-02T09:00:00.001Z', 'Snooze for at most a year'],
    ['no date', null, 'Choose a date'],
  ])(
    'rejects UNTIL %s naming the field "until", and changes nothing',
    async (_, until, message) => {
      const account = await freshAccount();
      const { loop } = account;
      const priya = await addOnTenDays(account, 'Priya Shah');
      const prompt = await onlyPromptAt(account, LATER);

      expect(await loop.snooze(prompt.id, { choice: 'UNTIL', until })).toEqual(
        validationError('until', message),
      );
      expect(await loop.openPrompts()).toEqual({ openPrompts: [prompt], openPromptCount: 1 });
      expect(await loop.personPrompts(priya.id)).toEqual([prompt]);
    },
  );

  it('closes a snoozed prompt with a depth touch', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);
    await loop.snooze(prompt.id, { choice: 'WEEK' });
    await me.logInteraction({
      kind: 'VIDEO',
      occurredAt: '2026-12-02T08:00:00Z',
      personIds: [priya.id],
    });
    expect(await loop.personPrompts(priya.id)).toEqual([
      {
        ...prompt,
        status: 'DONE',
        snoozedUntil: '2026-12-09T00:00:00.000Z',
        closedAt: '2026-12-02T09:00:00.000Z',
      },
    ]);
    await api.passTimeTo(at('2026-12-09T09:00:00Z'));
    expect(await loop.openPrompts()).toEqual(noPrompts);
  });
});

describe('dismissPrompt', () => {
  it('closes the prompt with the reason, and it stays closed until the person is due again after a new touch', async () => {
    const account = await freshAccount();
    const { me, loop } = account;
    const priya = await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);

    const dismissed = {
      ...prompt,
      status: 'DISMISSED',
      dismissedReason: 'Moved to Lisbon; we meet at the spring conference',
      closedAt: '2026-12-02T09:00:00.000Z',
    };
    expect(
      await loop.dismiss(prompt.id, '  Moved to Lisbon; we meet at the spring conference  '),
    ).toEqual(dismissed);
    expect(await loop.openPrompts()).toEqual(noPrompts);

    // More overdue by the week, but not raised again for the same due date.
    await api.passTimeTo(at('2027-01-15T09:00:00Z'));
    expect(await loop.openPrompts()).toEqual(noPrompts);
    expect(await loop.personPrompts(priya.id)).toEqual([dismissed]);
    expect(await loop.dismiss(prompt.id, 'Again')).toEqual(notFoundPrompt(prompt.id));
    expect(await loop.snooze(prompt.id, { choice: 'WEEK' })).toEqual(notFoundPrompt(prompt.id));

    // A new depth touch, then past the cadence again: a new prompt.
    await me.logInteraction({
      kind: 'CALL',
      occurredAt: '2027-01-15T08:00:00Z',
      personIds: [priya.id],
    });
    await api.passTimeTo(at('2027-01-24T23:59:00Z'));
    expect(await loop.openPrompts()).toEqual(noPrompts);
    await api.passTimeTo(at('2027-01-26T09:00:00Z'));
    const again = openPrompt(priya, {
      reason: '11 days since your last depth touch, against a cadence of 10 days; readiness 0.',
      dueAt: '2027-01-25T00:00:00.000Z',
      raisedAt: '2027-01-26T09:00:00.000Z',
    });
    expect(await loop.openPrompts()).toEqual({ openPrompts: [again], openPromptCount: 1 });
    expect(await loop.personPrompts(priya.id)).toEqual([again, dismissed]);
  });

  it.each([
    ['an empty reason', '', 'Say why, so you remember later'],
    ['a blank reason', '   ', 'Say why, so you remember later'],
    ['a 501-character reason', 'r'.repeat(501), 'At most 500 characters'],
  ])('rejects %s naming the field "reason", and changes nothing', async (_, reason, message) => {
    const account = await freshAccount();
    const { loop } = account;
    await addOnTenDays(account, 'Priya Shah');
    const prompt = await onlyPromptAt(account, LATER);

    expect(await loop.dismiss(prompt.id, reason)).toEqual(validationError('reason', message));
    expect(await loop.openPrompts()).toEqual({ openPrompts: [prompt], openPromptCount: 1 });
  });

  it('answers NotFoundError for an unknown prompt or another account’s', async () => {
    const account = await freshAccount();
    const other = await freshAccount();
    await addOnTenDays(other, 'Not Yours');
    const theirs = await onlyPromptAt(other, LATER);
    const unknown = randomUUID();

    expect(await account.loop.dismiss(unknown, 'No')).toEqual(notFoundPrompt(unknown));
    expect(await account.loop.dismiss('not-a-uuid', 'No')).toEqual(notFoundPrompt('not-a-uuid'));
    expect(await account.loop.dismiss(theirs.id, 'No')).toEqual(notFoundPrompt(theirs.id));
    expect(await account.loop.snooze(theirs.id, { choice: 'WEEK' })).toEqual(
      notFoundPrompt(theirs.id),
    );
    expect(await account.loop.openPrompts()).toEqual(noPrompts);
    expect(await other.loop.openPrompts()).toEqual({ openPrompts: [theirs], openPromptCount: 1 });
  });
});

describe('reads raise nothing', () => {
  const storedPrompts = (accountId: string) =>
    api.db.select().from(prompts).where(eq(prompts.accountId, accountId)).orderBy(asc(prompts.id));
  const checkedAt = async (accountId: string) =>
    (
      await api.db
        .select({ checkedAt: accounts.promptsCheckedAt })
        .from(accounts)
        .where(eq(accounts.id, accountId))
    )[0]?.checkedAt;
  /** Every read that once raised prompts, with the person's open prompt on the list. */
  const readEverything = async ({ me, loop }: Account, personId: string) => {
    const open = await loop.openPrompts();
    const list = await loop.weeklyList();
    const person = await me.person(personId);
    return { open, list, person };
  };

  it('leaves a fallen-due person without a prompt, and the last check where it was, until the job runs', async () => {
    const account = await freshAccount();
    const person = await addOnTenDays(account, 'Quinn Adebayo');
    await api.raisePrompts();
    const checkedBefore = await checkedAt(account.accountId);
    expect(checkedBefore).toEqual(NOW);

    api.setNow(LATER);
    const { open } = await readEverything(account, person.id);
    expect(open).toEqual(noPrompts);
    expect(await storedPrompts(account.accountId)).toEqual([]);
    expect(await checkedAt(account.accountId)).toEqual(checkedBefore);

    // The job's run at that minute raises it, and the next read shows it.
    expect(await api.raisePrompts()).toMatchObject({ failed: [] });
    expect(await checkedAt(account.accountId)).toEqual(LATER);
    expect(await account.loop.openPrompts()).toEqual({
      openPrompts: [openPrompt(person)],
      openPromptCount: 1,
    });
  });

  it('leaves a prompt snoozed past its end, until the job runs', async () => {
    const account = await freshAccount();
    const person = await addOnTenDays(account, 'Rosa Lindqvist');
    const prompt = await onlyPromptAt(account, LATER);
    await account.loop.snooze(prompt.id, { choice: 'WEEK' });
    const before = await storedPrompts(account.accountId);
    const checkedBefore = await checkedAt(account.accountId);

    api.setNow(at('2026-12-10T09:00:00Z'));
    expect((await readEverything(account, person.id)).open).toEqual(noPrompts);
    expect(await storedPrompts(account.accountId)).toEqual(before);
    expect(await checkedAt(account.accountId)).toEqual(checkedBefore);

    await api.raisePrompts();
    expect((await account.loop.openPrompts()).openPromptCount).toBe(1);
  });

  it('raises the demo’s prompts with the onboarding choice itself', async () => {
    const accountId = await createLongLivedAccount(api, { onboarded: false });
    const me = clientFor(api, accountId);
    await me.finishOnboarding('DEMO');
    const { openPromptCount } = await loopClientFor(api, accountId).openPrompts();
    expect(openPromptCount).toBeGreaterThan(0);
    expect(await checkedAt(accountId)).toEqual(NOW);
  });
});
