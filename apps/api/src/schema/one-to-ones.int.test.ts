import { randomUUID } from 'node:crypto';
import { accounts, oneToOnes } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, personNotFound } from '../test/operations.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = new Date('2026-11-20T10:00:00Z');

const ONE_TO_ONE_FIELDS = /* GraphQL */ `
  id
  startsAt
  durationMinutes
  place
  videoLink
  agenda { learn { goals accomplishments interests networks skills } tell }
  status
  sequence
  person { id name }
`;

const SCHEDULE = /* GraphQL */ `
  mutation Schedule($personId: ID!, $input: ScheduleOneToOneInput!) {
    result: scheduleOneToOne(personId: $personId, input: $input) {
      __typename
      ... on ScheduleOneToOnePayload {
        oneToOne { ${ONE_TO_ONE_FIELDS} }
        clashes { id startsAt person { id name } }
      }
      ... on ValidationError { message issues { field message } }
      ... on NotFoundError { message }
    }
  }
`;

const UPCOMING = /* GraphQL */ `
  query Upcoming {
    upcomingOneToOnes { id startsAt person { id } }
  }
`;

const NEXT_ONE_TO_ONE = /* GraphQL */ `
  query Next($id: ID!) {
    person(id: $id) {
      __typename
      ... on Person { nextOneToOne { id startsAt } }
    }
  }
`;

type OneToOneView = {
  id: string;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  videoLink: string | null;
  agenda: {
    learn: {
      goals: string;
      accomplishments: string;
      interests: string;
      networks: string;
      skills: string;
    };
    tell: string;
  };
  status: string;
  sequence: number;
  person: { id: string; name: string };
};
type ScheduleResult =
  | {
      __typename: 'ScheduleOneToOnePayload';
      oneToOne: OneToOneView;
      clashes: { id: string; startsAt: string; person: { id: string; name: string } }[];
    }
  | { __typename: 'ValidationError'; message: string; issues: { field: string; message: string }[] }
  | { __typename: 'NotFoundError'; message: string };

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

const freshAccount = async () => {
  const accountId = await api.createAccount();
  const me = clientFor(api, accountId);
  const schedule = async (personId: string, input: Record<string, unknown>) =>
    dataOf(await api.gql<{ result: ScheduleResult }>(accountId, SCHEDULE, { personId, input }))
      .result;
  const upcoming = async () =>
    dataOf(
      await api.gql<{
        upcomingOneToOnes: { id: string; startsAt: string; person: { id: string } }[];
      }>(accountId, UPCOMING),
    ).upcomingOneToOnes;
  const nextOneToOne = async (id: string) => {
    const { person } = dataOf(
      await api.gql<{ person: { nextOneToOne: { id: string; startsAt: string } | null } }>(
        accountId,
        NEXT_ONE_TO_ONE,
        { id },
      ),
    );
    return person.nextOneToOne;
  };
  const rows = () => api.db.$count(oneToOnes, eq(oneToOnes.accountId, accountId));
  return { accountId, me, schedule, upcoming, nextOneToOne, rows };
};

const scheduled = (result: ScheduleResult) => {
  if (result.__typename !== 'ScheduleOneToOnePayload') {
    throw new Error(`${result.__typename}: ${result.message}`);
  }
  return result;
};

describe('scheduling a one-to-one', () => {
  it('plans it, and it shows as upcoming and as the person’s next one-to-one', async () => {
    const { accountId, me, schedule, upcoming, nextOneToOne } = await freshAccount();
    await api.db
      .update(accounts)
      .set({ myOffer: 'I help accounting firms win clients' })
      .where(eq(accounts.id, accountId));
    const priya = await me.addPerson('Priya Shah');

    const { oneToOne, clashes } = scheduled(
      await schedule(priya.id, {
        startsAt: '2026-11-24T12:30:00Z',
        place: 'The Crown',
        videoLink: 'https://meet.example.com/abc',
      }),
    );

    expect(oneToOne).toEqual({
      id: expect.any(String),
      startsAt: '2026-11-24T12:30:00.000Z',
      durationMinutes: 60,
      place: 'The Crown',
      videoLink: 'https://meet.example.com/abc',
      agenda: {
        learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
        tell: 'I help accounting firms win clients',
      },
      status: 'PLANNED',
      sequence: 0,
      person: { id: priya.id, name: 'Priya Shah' },
    });
    expect(clashes).toEqual([]);
    expect(await upcoming()).toEqual([
      { id: oneToOne.id, startsAt: '2026-11-24T12:30:00.000Z', person: { id: priya.id } },
    ]);
    expect(await nextOneToOne(priya.id)).toEqual({
      id: oneToOne.id,
      startsAt: '2026-11-24T12:30:00.000Z',
    });

    // Once it has started it is no longer upcoming.
    api.setNow(new Date('2026-11-24T12:31:00Z'));
    expect(await upcoming()).toEqual([]);
    expect(await nextOneToOne(priya.id)).toBeNull();
  });

  it('keeps the agenda given, soonest upcoming first', async () => {
    const { me, schedule, upcoming, nextOneToOne } = await freshAccount();
    const sam = await me.addPerson('Sam Lee');
    const later = scheduled(await schedule(sam.id, { startsAt: '2026-12-10T09:00:00Z' }));
    const sooner = scheduled(
      await schedule(sam.id, {
        startsAt: '2026-12-01T09:00:00Z',
        durationMinutes: 30,
        agenda: { learn: { goals: 'Open an office in Leeds' }, tell: 'Case study' },
      }),
    );
    expect(sooner.oneToOne.durationMinutes).toBe(30);
    expect(sooner.oneToOne.agenda).toEqual({
      learn: {
        goals: 'Open an office in Leeds',
        accomplishments: '',
        interests: '',
        networks: '',
        skills: '',
      },
      tell: 'Case study',
    });
    expect((await upcoming()).map((o) => o.id)).toEqual([sooner.oneToOne.id, later.oneToOne.id]);
    expect((await nextOneToOne(sam.id))?.id).toBe(sooner.oneToOne.id);
  });

  it('lists the planned one-to-ones a new one overlaps', async () => {
    const { me, schedule } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const sam = await me.addPerson('Sam Lee');
    const first = scheduled(await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' }));

    const second = scheduled(
      await schedule(sam.id, { startsAt: '2026-11-24T12:30:00Z', durationMinutes: 45 }),
    );
    expect(second.clashes).toEqual([
      {
        id: first.oneToOne.id,
        startsAt: '2026-11-24T12:00:00.000Z',
        person: { id: priya.id, name: 'Priya Shah' },
      },
    ]);

    // Back to back is no clash.
    const third = scheduled(await schedule(sam.id, { startsAt: '2026-11-24T13:15:00Z' }));
    expect(third.clashes).toEqual([]);
  });

  it('does not report another account’s one-to-ones as clashes', async () => {
    const a = await freshAccount();
    const b = await freshAccount();
    const priya = await a.me.addPerson('Priya Shah');
    const sam = await b.me.addPerson('Sam Lee');
    scheduled(await a.schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' }));
    const mine = scheduled(await b.schedule(sam.id, { startsAt: '2026-11-24T12:00:00Z' }));
    expect(mine.clashes).toEqual([]);
    expect(await b.upcoming()).toHaveLength(1);
  });
});

describe('rejecting a one-to-one', () => {
  const invalidCases: [string, Record<string, unknown>, string][] = [
    ['a start in the past', { startsAt: '2026-11-20T09:00:00Z' }, 'startsAt'],
    [
      'a video link that is not http(s)',
      { startsAt: '2026-11-24T12:00:00Z', videoLink: 'javascript:alert(1)' },
      'videoLink',
    ],
    [
      'a 1 MB agenda text',
      { startsAt: '2026-11-24T12:00:00Z', agenda: { learn: { goals: 'x'.repeat(1_000_000) } } },
      'agenda.learn.goals',
    ],
    [
      'a 1 MB text to tell',
      { startsAt: '2026-11-24T12:00:00Z', agenda: { tell: 'y'.repeat(1_000_000) } },
      'agenda.tell',
    ],
    [
      'a duration under 15 minutes',
      { startsAt: '2026-11-24T12:00:00Z', durationMinutes: 5 },
      'durationMinutes',
    ],
  ];

  it.each(invalidCases)(
    'rejects %s, naming the field and writing nothing',
    async (_name, input, field) => {
      const { me, schedule, rows } = await freshAccount();
      const priya = await me.addPerson('Priya Shah');
      const result = await schedule(priya.id, input);
      expect(result.__typename).toBe('ValidationError');
      if (result.__typename !== 'ValidationError') return;
      expect(result.issues.map((issue) => issue.field)).toEqual([field]);
      expect(await rows()).toBe(0);
    },
  );

  it('answers NotFoundError for another account’s person, writing nothing', async () => {
    const a = await freshAccount();
    const b = await freshAccount();
    const priya = await a.me.addPerson('Priya Shah');
    expect(await b.schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' })).toEqual(
      personNotFound(priya.id),
    );
    expect(await a.rows()).toBe(0);
    expect(await b.rows()).toBe(0);
  });

  it('answers NotFoundError for an unknown or malformed person id', async () => {
    const { schedule, rows } = await freshAccount();
    const unknown = randomUUID();
    expect(await schedule(unknown, { startsAt: '2026-11-24T12:00:00Z' })).toEqual(
      personNotFound(unknown),
    );
    expect(await schedule('nope', { startsAt: '2026-11-24T12:00:00Z' })).toEqual(
      personNotFound('nope'),
    );
    expect(await rows()).toBe(0);
  });
});
