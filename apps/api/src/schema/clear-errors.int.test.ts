import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, validationError } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
// Past 2^31 − 1, where GraphQL's Int would refuse the request before any field could say why.
const HUGE = 99_999_999_999;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

const ERROR_FIELDS =
  '... on Error { __typename message ... on ValidationError { issues { field message } } }';

const UPDATE_SETTINGS = /* GraphQL */ `
  mutation($input: AccountSettingsInput!) {
    result: updateSettings(input: $input) { __typename ${ERROR_FIELDS} }
  }
`;

const SET_CADENCE = /* GraphQL */ `
  mutation($personId: ID!, $input: CadenceInput!) {
    result: setCadence(personId: $personId, input: $input) { __typename ${ERROR_FIELDS} }
  }
`;

const SCHEDULE = /* GraphQL */ `
  mutation($personId: ID!, $input: ScheduleOneToOneInput!) {
    result: scheduleOneToOne(personId: $personId, input: $input) {
      __typename
      ... on ScheduleOneToOnePayload { oneToOne { id } }
      ${ERROR_FIELDS}
    }
  }
`;

const COMPLETE = /* GraphQL */ `
  mutation($id: ID!, $input: CompleteOneToOneInput) {
    result: completeOneToOne(id: $id, input: $input) { __typename ${ERROR_FIELDS} }
  }
`;

const MAIL_CONFIGURED = /* GraphQL */ `
  query { viewer { mailConfigured weeklyDigest } }
`;

type Result = { __typename: string; message?: string; issues?: unknown[] };

const freshAccount = async () => {
  const accountId = await api.createAccount();
  const call = async (query: string, variables: Record<string, unknown>) =>
    dataOf(await api.gql<{ result: Result }>(accountId, query, variables)).result;
  return { accountId, client: clientFor(api, accountId), call };
};

describe('a number too large for its field', () => {
  it.each([
    ['weeklyListSize', 'At most 20 people'],
    ['cadenceInnerDays', 'At most 730 days (two years)'],
    ['weekStart', 'Choose a day'],
  ])('is refused at the settings field %s with "%s"', async (field, message) => {
    const { call } = await freshAccount();
    expect(await call(UPDATE_SETTINGS, { input: { [field]: HUGE } })).toEqual(
      validationError(field, message),
    );
  });

  it('is refused at a person’s cadence days, and a fraction is refused there too', async () => {
    const { client, call } = await freshAccount();
    const { id } = await client.addPerson('Ada Lovelace');
    expect(
      await call(SET_CADENCE, { personId: id, input: { mode: 'CUSTOM', days: HUGE } }),
    ).toEqual(validationError('days', 'At most 730 days (two years)'));
    expect(await call(SET_CADENCE, { personId: id, input: { mode: 'CUSTOM', days: 1.5 } })).toEqual(
      validationError('days', 'Enter whole days'),
    );
  });

  it('is refused at a touch’s duration, written in the query or sent as a variable', async () => {
    const { client } = await freshAccount();
    const { id } = await client.addPerson('Ada Lovelace');
    const touch = { kind: 'CALL' as const, occurredAt: NOW.toISOString(), personIds: [id] };
    expect(await client.logInteraction({ ...touch, durationMinutes: HUGE })).toEqual(
      validationError('durationMinutes', 'Duration must be at most 24 hours'),
    );
    const { accountId } = await freshAccount();
    const inline = await api.gql<{ result: Result }>(
      accountId,
      `mutation { result: logInteraction(input: { kind: CALL, occurredAt: "${NOW.toISOString()}", personIds: ["${id}"], durationMinutes: ${HUGE} }) { __typename ${ERROR_FIELDS} } }`,
    );
    expect(dataOf(inline).result).toEqual(
      validationError('durationMinutes', 'Duration must be at most 24 hours'),
    );
  });

  it('that is no number at all is refused with what was expected, not a coercion error', async () => {
    const { call, accountId } = await freshAccount();
    await expect(call(UPDATE_SETTINGS, { input: { weeklyListSize: '5' } })).rejects.toThrow(
      'Expected a number, such as 30; got \\"5\\"',
    );
    const response = await api.gql(accountId, UPDATE_SETTINGS, { input: { weeklyListSize: '5' } });
    expect(JSON.stringify(response)).not.toContain('cannot represent');
  });
});

describe('an unlikely date', () => {
  it('refuses a touch in 1900, more than 100 years back, at its date', async () => {
    const { client } = await freshAccount();
    const { id } = await client.addPerson('Ada Lovelace');
    expect(
      await client.logInteraction({
        kind: 'CALL',
        occurredAt: '1900-06-01T12:00:00Z',
        personIds: [id],
      }),
    ).toEqual(validationError('occurredAt', 'Date must be within the last 100 years'));
    expect(
      await client.logInteraction({
        kind: 'CALL',
        occurredAt: '1927-01-01T12:00:00Z',
        personIds: [id],
      }),
    ).toMatchObject({ __typename: 'Interaction' });
  });
});

describe('text over its limit', () => {
  it('refuses a done one-to-one whose agenda is longer than a touch’s notes, never cutting it', async () => {
    const { client, call } = await freshAccount();
    const { id: personId } = await client.addPerson('Ada Lovelace');
    const part = 'x'.repeat(2000);
    const scheduled = await call(SCHEDULE, {
      personId,
      input: {
        startsAt: '2026-11-21T10:00:00Z',
        agenda: {
          learn: {
            goals: part,
            accomplishments: part,
            interests: part,
            networks: part,
            skills: part,
          },
          tell: part,
        },
      },
    });
    expect(scheduled.__typename).toBe('ScheduleOneToOnePayload');
    const { id } = (scheduled as unknown as { oneToOne: { id: string } }).oneToOne;
    api.setNow(new Date('2026-11-21T12:00:00Z'));
    expect(await call(COMPLETE, { id, input: {} })).toEqual({
      __typename: 'ValidationError',
      message: expect.stringContaining('notes: Notes must be at most 10000 characters'),
      issues: [
        {
          field: 'notes',
          message: expect.stringMatching(
            /^Notes must be at most 10000 characters, and the agenda is \d+: send shorter notes$/,
          ),
        },
      ],
    });
    expect(await call(COMPLETE, { id, input: { notes: 'Short notes' } })).toMatchObject({
      __typename: 'CompleteOneToOnePayload',
    });
  });

  it('refuses my offer over 500 characters with its limit', async () => {
    const { call } = await freshAccount();
    expect(await call(UPDATE_SETTINGS, { input: { myOffer: 'o'.repeat(501) } })).toEqual(
      validationError('myOffer', 'At most 500 characters'),
    );
  });
});

describe('a list of e-mails', () => {
  it('flags every bad one, each at its own place in the list', async () => {
    const { client } = await freshAccount();
    const result = await client.createPerson({
      name: 'Ada Lovelace',
      emails: ['first-bad', 'ada@example.com', 'second bad@x'],
    });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { field: 'emails.0', message: 'Enter a valid e-mail address' },
        { field: 'emails.2', message: 'Enter a valid e-mail address' },
      ],
    });
  });
});

describe('the weekly e-mail', () => {
  it('tells the settings that this server has no mail set up', async () => {
    const { accountId } = await freshAccount();
    expect(dataOf(await api.gql(accountId, MAIL_CONFIGURED))).toEqual({
      viewer: { mailConfigured: false, weeklyDigest: true },
    });
  });

  it('and that a server with SMTP_URL has', async () => {
    const mailing = await startTestApi({ now: NOW, mailConfigured: true });
    try {
      const accountId = await mailing.createAccount();
      expect(dataOf(await mailing.gql(accountId, MAIL_CONFIGURED))).toEqual({
        viewer: { mailConfigured: true, weeklyDigest: true },
      });
    } finally {
      await mailing.close();
    }
  });
});
