import { accounts, digestDeliveries } from '@tend/db';
import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createSmtpMailer,
  type Mailer,
  type MailMessage,
  MailNotSentError,
} from '../../mail/mailer.ts';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { clientFor, dataOf, type PersonView } from '../../test/operations.ts';
import { type SmtpSink, startSmtpSink } from '../../test/smtp-sink.ts';
import { at, createLongLivedAccount, loopClientFor } from '../../test/weekly-loop.ts';
import { type DigestRunResult, sendWeeklyDigests } from './send-weekly-digests.ts';

/** The Message-ID every copy of an account's digest for the week of 23 November carries. */
const messageIdOf = (accountId: string) => `<digest-${accountId}-2026-11-23@tend.example.test>`;

/** People are added on Monday 2 November on a 10-day cadence: all overdue three weeks later. */
const PEOPLE_ADDED = at('2026-11-02T10:00:00Z');
/** Monday 23 November 2026, 07:00 in London (GMT, so 07:00 UTC): the digest is due. */
const MONDAY_SEVEN = at('2026-11-23T07:00:00Z');
const PUBLIC_URL = 'https://tend.example.test';
const SETTINGS = { publicUrl: PUBLIC_URL, hour: 7 };

let api: TestApi;
let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  [api, sink] = await Promise.all([startTestApi({ now: PEOPLE_ADDED }), startSmtpSink()]);
  mailer = createSmtpMailer({ smtpUrl: sink.url, from: 'Tend <tend@example.test>' });
});
afterAll(async () => {
  mailer?.close();
  await Promise.all([api?.close(), sink?.close()]);
});
// Each test looks at its own accounts only: the ones made before it get no more digests.
beforeEach(async () => {
  await api.db.update(accounts).set({ weeklyDigest: false });
  sink.clear();
  api.setNow(PEOPLE_ADDED);
});

// As the server's login, which lists accounts outside any account's transaction.
const run = (now: Date) => sendWeeklyDigests(api.serverDb, mailer, now, SETTINGS);

const outcome = (fields: Partial<DigestRunResult>): DigestRunResult => ({
  due: 0,
  sent: 0,
  empty: 0,
  alreadyDelivered: 0,
  failed: [],
  claimKept: [],
  ...fields,
});

/** The messages handed to a mailer, then passed on to it (or not, with `before`). */
const recording = (
  inner: Mailer,
  { before, after }: { before?: () => Promise<void>; after?: () => void } = {},
) => {
  const sent: MailMessage[] = [];
  const wrapped: Mailer = {
    send: async (message) => {
      sent.push(message);
      await before?.();
      await inner.send(message);
      after?.();
    },
    close: () => {},
  };
  return { mailer: wrapped, sent };
};

/** A London account (week starts Monday) with these people, all overdue by 23 November. */
const accountWith = async (names: string[]) => {
  api.setNow(PEOPLE_ADDED);
  const accountId = await createLongLivedAccount(api, { name: 'Sam Reid' });
  const me = clientFor(api, accountId);
  const loop = loopClientFor(api, accountId);
  const people: PersonView[] = [];
  for (const name of names) {
    const person = await me.addPerson(name);
    await loop.setCadence(person.id, { mode: 'CUSTOM', days: 10 });
    people.push(person);
  }
  return { accountId, me, loop, people };
};

const deliveriesOf = (accountId: string) =>
  api.db
    .select({ weekStartsOn: digestDeliveries.weekStartsOn })
    .from(digestDeliveries)
    .where(eq(digestDeliveries.accountId, accountId));

const htmlOf = (mail: ParsedMail): string => {
  if (typeof mail.html !== 'string') throw new Error('The e-mail has no HTML part');
  return mail.html;
};

const hrefsOf = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('the weekly digest e-mail', () => {
  it('sends an account its weekly list on Monday from 07:00 London time, as text and HTML with links into Tend', async () => {
    const { accountId, me, loop } = await accountWith([
      'Ada Lovelace',
      'Ben Okafor',
      'Zoë <Ops> & "Co"',
    ]);

    expect(await run(MONDAY_SEVEN)).toEqual(outcome({ due: 1, sent: 1 }));
    const [mail, ...more] = await sink.waitFor(1);
    expect(more).toEqual([]);
    if (!mail) throw new Error('No e-mail');

    // The list the digest shows is the week's list in the app, made once for the week.
    api.setNow(MONDAY_SEVEN);
    const list = await loop.weeklyList();
    expect(list.weekStartsOn).toBe('2026-11-23');
    expect(list.items.map((item) => item.person.name).sort()).toEqual(
      ['Ada Lovelace', 'Ben Okafor', 'Zoë <Ops> & "Co"'].sort(),
    );
    const personUrls = list.items.map((item) => `${PUBLIC_URL}/people/${item.person.id}`);

    expect(mail.subject).toBe('This week in Tend: 3 people to reconnect with');
    expect(mail.from?.value).toEqual([{ address: 'tend@example.test', name: 'Tend' }]);
    expect(sink.senders).toEqual([{ user: 'tend', from: 'tend@example.test' }]);
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : mail.to).toEqual([
      { address: 'user1@example.com', name: 'Sam Reid' },
    ]);
    expect(mail.headerLines.find((header) => header.key === 'list-unsubscribe')?.line).toBe(
      `List-Unsubscribe: <${PUBLIC_URL}/settings>`,
    );

    // Plain text: each person in list order with the reason and a link, the week, the way out.
    const text = mail.text ?? '';
    expect(text).toContain('Hello Sam Reid,');
    expect(text).toContain('the week starting Monday 23 November 2026');
    let position = 0;
    for (const [index, item] of list.items.entries()) {
      const block = `${index + 1}. ${item.person.name}\n   ${item.reason}\n   ${personUrls[index]}\n`;
      expect(text.indexOf(block)).toBeGreaterThan(position);
      position = text.indexOf(block);
    }
    expect(text).toContain(`Open this week’s list in Tend: ${PUBLIC_URL}/`);
    expect(text).toContain(
      `To stop it, turn off the weekly digest in your settings: ${PUBLIC_URL}/settings`,
    );

    // HTML: the same people, escaped, each linked to their page; then the week and the settings.
    const html = htmlOf(mail);
    expect(html).toContain('Zoë &lt;Ops&gt; &amp; &quot;Co&quot;');
    expect(html).not.toContain('<Ops>');
    for (const item of list.items) expect(html).toContain(item.reason);
    expect(hrefsOf(html)).toEqual([...personUrls, `${PUBLIC_URL}/`, `${PUBLIC_URL}/settings`]);

    // Each person link in the e-mail opens that person's page: the id in it is theirs.
    const personLinks = hrefsOf(html).filter((href) => href?.startsWith(`${PUBLIC_URL}/people/`));
    expect(personLinks).toHaveLength(3);
    for (const [index, href] of personLinks.entries()) {
      const id = decodeURIComponent(new URL(href ?? '').pathname.replace('/people/', ''));
      expect(await me.person(id)).toMatchObject({
        __typename: 'Person',
        name: list.items[index]?.person.name,
      });
    }
    expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
  });

  it('sends one e-mail per account and week, however often and however concurrently it runs', async () => {
    const { accountId } = await accountWith(['Cleo Cole']);

    const [first, second] = await Promise.all([run(MONDAY_SEVEN), run(MONDAY_SEVEN)]);
    expect(first.sent + second.sent).toBe(1);
    expect(first.alreadyDelivered + second.alreadyDelivered).toBe(1);
    expect(await run(at('2026-11-23T07:15:00Z'))).toEqual(outcome({ due: 1, alreadyDelivered: 1 }));
    const later = await Promise.all([
      run(at('2026-11-23T12:00:00Z')),
      run(at('2026-11-23T12:00:00Z')),
    ]);
    expect(later).toEqual([
      outcome({ due: 1, alreadyDelivered: 1 }),
      outcome({ due: 1, alreadyDelivered: 1 }),
    ]);
    await sink.waitFor(1);
    expect(sink.messages).toHaveLength(1);
    expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);

    // The next week is a new digest.
    expect(await run(at('2026-11-30T07:00:00Z'))).toEqual(outcome({ due: 1, sent: 1 }));
    await sink.waitFor(2);
    expect(sink.messages).toHaveLength(2);
  });

  it('sends nothing before 07:00 local time or on another day of the week', async () => {
    const { accountId } = await accountWith(['Dev Patel']);
    for (const when of [
      '2026-11-23T06:59:59Z', // Monday, a second before seven
      '2026-11-22T07:00:00Z', // Sunday
      '2026-11-24T07:00:00Z', // Tuesday
      '2026-11-28T12:00:00Z', // Saturday
    ]) {
      expect({ when, result: await run(at(when)) }).toEqual({ when, result: outcome({}) });
    }

    // In New York the same Monday 07:00 UTC is 02:00; seven o'clock there is 12:00 UTC.
    await api.db
      .update(accounts)
      .set({ timezone: 'America/New_York' })
      .where(eq(accounts.id, accountId));
    expect(await run(MONDAY_SEVEN)).toEqual(outcome({}));
    expect(await run(at('2026-11-23T11:59:59Z'))).toEqual(outcome({}));
    expect(sink.messages).toEqual([]);
    expect(await deliveriesOf(accountId)).toEqual([]);
    expect(await run(at('2026-11-23T12:00:00Z'))).toEqual(outcome({ due: 1, sent: 1 }));
    await sink.waitFor(1);
  });

  it('sends nothing to an account that turned the digest off in its settings', async () => {
    const { accountId } = await accountWith(['Eve Adams']);
    const turnOff = await api.gql<{
      updateSettings: { __typename: string; weeklyDigest: boolean };
    }>(
      accountId,
      'mutation { updateSettings(input: { weeklyDigest: false }) { __typename ... on Account { weeklyDigest } } }',
    );
    expect(dataOf(turnOff).updateSettings).toEqual({ __typename: 'Account', weeklyDigest: false });

    expect(await run(MONDAY_SEVEN)).toEqual(outcome({}));
    expect(sink.messages).toEqual([]);
    expect(await deliveriesOf(accountId)).toEqual([]);
  });

  it('records an empty week as delivered without an e-mail', async () => {
    const { accountId } = await accountWith([]);
    expect(await run(MONDAY_SEVEN)).toEqual(outcome({ due: 1, empty: 1 }));
    expect(await run(at('2026-11-23T07:15:00Z'))).toEqual(outcome({ due: 1, alreadyDelivered: 1 }));
    expect(sink.messages).toEqual([]);
    expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
  });

  it('records nothing when the mail server refuses the message, and a later run sends it', async () => {
    const { accountId } = await accountWith(['Finn Murphy']);
    sink.refuseNext(1);
    const attempts = recording(mailer);

    const refused = await sendWeeklyDigests(api.serverDb, attempts.mailer, MONDAY_SEVEN, SETTINGS);
    expect(refused).toEqual(
      outcome({ due: 1, failed: [{ accountId, error: expect.stringMatching(/451/) }] }),
    );
    expect(sink.refusedCount()).toBe(1);
    expect(sink.messages).toEqual([]);
    expect(await deliveriesOf(accountId)).toEqual([]);

    expect(
      await sendWeeklyDigests(api.serverDb, attempts.mailer, at('2026-11-23T07:15:00Z'), SETTINGS),
    ).toEqual(outcome({ due: 1, sent: 1 }));
    const [mail] = await sink.waitFor(1);
    expect(mail?.text).toContain('1. Finn Murphy');
    expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
    // Built twice, the digest is the same message both times.
    expect(attempts.sent.map((message) => message.messageId)).toEqual([
      messageIdOf(accountId),
      messageIdOf(accountId),
    ]);
    expect(mail?.messageId).toBe(messageIdOf(accountId));
  });

  it('releases the claim when no mail server could be reached, and a later run sends it', async () => {
    const { accountId } = await accountWith(['Gus Lee']);
    const unreachable: Mailer = {
      send: async () => {
        throw new MailNotSentError(new Error('connect ECONNREFUSED 127.0.0.1:25'));
      },
      close: () => {},
    };
    expect(await sendWeeklyDigests(api.serverDb, unreachable, MONDAY_SEVEN, SETTINGS)).toEqual(
      outcome({ due: 1, failed: [{ accountId, error: 'connect ECONNREFUSED 127.0.0.1:25' }] }),
    );
    expect(await deliveriesOf(accountId)).toEqual([]);
    expect(await run(at('2026-11-23T07:15:00Z'))).toEqual(outcome({ due: 1, sent: 1 }));
    await sink.waitFor(1);
  });

  it('never sends again when the process dies after the mail server accepted the e-mail', async () => {
    const { accountId } = await accountWith(['Hal Berg']);
    // The server has the message; the process is killed before it could note that it was sent.
    const killed = recording(mailer, {
      after: () => {
        throw new DOMException('The process was killed', 'AbortError');
      },
    });
    expect(await sendWeeklyDigests(api.serverDb, killed.mailer, MONDAY_SEVEN, SETTINGS)).toEqual(
      outcome({ due: 1, claimKept: [{ accountId, error: 'The process was killed' }] }),
    );
    await sink.waitFor(1);

    // The runs after the restart find the week claimed, however many and however concurrent.
    const later = await Promise.all([
      run(at('2026-11-23T07:15:00Z')),
      run(at('2026-11-23T07:15:00Z')),
      run(at('2026-11-23T07:30:00Z')),
    ]);
    expect(later).toEqual([
      outcome({ due: 1, alreadyDelivered: 1 }),
      outcome({ due: 1, alreadyDelivered: 1 }),
      outcome({ due: 1, alreadyDelivered: 1 }),
    ]);
    expect(sink.messages).toHaveLength(1);
    expect(sink.messages[0]?.messageId).toBe(messageIdOf(accountId));
    expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
  });

  it('holds no transaction while sending: a run started meanwhile finds the claim and is done first', async () => {
    const { accountId } = await accountWith(['Ivy Chen']);
    // While the first run talks to the mail server a second one runs to its end. Were the claim
    // still uncommitted, the second would wait on it and the first would never get to send.
    let second: DigestRunResult | undefined;
    const slow = recording(mailer, {
      before: async () => {
        second = await run(MONDAY_SEVEN);
      },
    });
    const first = await sendWeeklyDigests(api.serverDb, slow.mailer, MONDAY_SEVEN, SETTINGS);
    expect(first).toEqual(outcome({ due: 1, sent: 1 }));
    expect(second).toEqual(outcome({ due: 1, alreadyDelivered: 1 }));
    await sink.waitFor(1);
    expect(sink.messages).toHaveLength(1);
    expect(await deliveriesOf(accountId)).toEqual([{ weekStartsOn: '2026-11-23' }]);
  });
});
