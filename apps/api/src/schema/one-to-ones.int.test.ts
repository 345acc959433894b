import { randomUUID } from 'node:crypto';
import { accounts, oneToOnes } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { clientFor, dataOf, personNotFound, validationError } from '../test/operations.ts';
import { createLongLivedAccount } from '../test/weekly-loop.ts';

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

const PLANNED_ONE_TO_ONES = /* GraphQL */ `
  query Planned($id: ID!) {
    person(id: $id) {
      __typename
      ... on Person { plannedOneToOnes { id status } }
    }
  }
`;

const CLASHES = /* GraphQL */ `
  query Clashes($startsAt: DateTime!, $durationMinutes: Int!, $excludeId: ID) {
    oneToOneClashes(startsAt: $startsAt, durationMinutes: $durationMinutes, excludeId: $excludeId) {
      id
      startsAt
      person { id }
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

// Long-lived, as some tests move the clock on by weeks.
const freshAccount = async () => {
  const accountId = await createLongLivedAccount(api);
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
  const plannedOneToOnes = async (id: string) => {
    const { person } = dataOf(
      await api.gql<{ person: { plannedOneToOnes: { id: string; status: string }[] } }>(
        accountId,
        PLANNED_ONE_TO_ONES,
        { id },
      ),
    );
    return person.plannedOneToOnes.map((oneToOne) => oneToOne.id);
  };
  const clashes = async (variables: {
    startsAt: string;
    durationMinutes: number;
    excludeId?: string;
  }) =>
    dataOf(
      await api.gql<{
        oneToOneClashes: { id: string; startsAt: string; person: { id: string } }[];
      }>(accountId, CLASHES, variables),
    ).oneToOneClashes.map((oneToOne) => oneToOne.id);
  const rows = () => api.db.$count(oneToOnes, eq(oneToOnes.accountId, accountId));
  return { accountId, me, schedule, upcoming, nextOneToOne, plannedOneToOnes, clashes, rows };
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

    // Once it has started it is no one's next, but stays listed until its outcome is told.
    api.setNow(new Date('2026-11-24T12:31:00Z'));
    expect((await upcoming()).map((o) => o.id)).toEqual([oneToOne.id]);
    expect(await nextOneToOne(priya.id)).toBeNull();
  });

  it('keeps started meetings within reach to mark done or no-show, for 30 days in the list', async () => {
    const { me, schedule, upcoming, nextOneToOne, plannedOneToOnes } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const sam = await me.addPerson('Sam Lee');
    const started = scheduled(await schedule(priya.id, { startsAt: '2026-11-20T11:00:00Z' }));
    const later = scheduled(await schedule(priya.id, { startsAt: '2026-12-01T09:00:00Z' }));
    const samsLater = scheduled(await schedule(sam.id, { startsAt: '2026-11-25T09:00:00Z' }));
    const ids = (...results: ScheduleResult[]) => results.map((r) => scheduled(r).oneToOne.id);

    api.setNow(new Date('2026-11-20T11:30:00Z'));
    // Started ones first (they await an outcome), then the ones to come, soonest first.
    expect((await upcoming()).map((o) => o.id)).toEqual(ids(started, samsLater, later));
    expect(await plannedOneToOnes(priya.id)).toEqual(ids(started, later));
    expect((await nextOneToOne(priya.id))?.id).toBe(later.oneToOne.id);

    // 30 days after its start it is left out of the list; the person still shows it.
    api.setNow(new Date('2026-12-20T11:00:00Z'));
    expect((await upcoming()).map((o) => o.id)).toEqual(ids(started, samsLater, later));
    api.setNow(new Date('2026-12-20T11:00:01Z'));
    expect((await upcoming()).map((o) => o.id)).toEqual(ids(samsLater, later));
    expect(await plannedOneToOnes(priya.id)).toEqual(ids(started, later));
    expect(await nextOneToOne(priya.id)).toBeNull();
  });

  it('lists at most 20 planned one-to-ones for a person, soonest first', async () => {
    const { me, schedule, plannedOneToOnes } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const planned: string[] = [];
    for (let day = 21; day >= 0; day -= 1) {
      const startsAt = new Date(Date.UTC(2026, 11, 1 + day, 9)).toISOString();
      planned.unshift(scheduled(await schedule(priya.id, { startsAt })).oneToOne.id);
    }
    expect(await plannedOneToOnes(priya.id)).toEqual(planned.slice(0, 20));
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

describe('checking a slot for clashes before saving', () => {
  it('lists the planned one-to-ones the slot overlaps, leaving out the one being moved', async () => {
    const { me, schedule, clashes, rows } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const sam = await me.addPerson('Sam Lee');
    const noon = scheduled(await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' }));
    const half = scheduled(
      await schedule(sam.id, { startsAt: '2026-11-24T12:30:00Z', durationMinutes: 30 }),
    );
    const slot = { startsAt: '2026-11-24T12:15:00Z', durationMinutes: 30 };

    expect(await clashes(slot)).toEqual([noon.oneToOne.id, half.oneToOne.id]);
    expect(await clashes({ ...slot, excludeId: noon.oneToOne.id })).toEqual([half.oneToOne.id]);
    // Back to back is no clash.
    expect(await clashes({ startsAt: '2026-11-24T13:00:00Z', durationMinutes: 60 })).toEqual([]);
    // An id that names nothing leaves nothing out.
    expect(await clashes({ ...slot, excludeId: 'nope' })).toHaveLength(2);
    expect(await rows()).toBe(2);
  });

  it('gives no clashes for a duration outside the scheduling limits: it is only a warning', async () => {
    const { me, schedule, clashes } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    scheduled(await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' }));
    for (const durationMinutes of [14, 481, 0, -30]) {
      expect(await clashes({ startsAt: '2026-11-24T12:00:00Z', durationMinutes })).toEqual([]);
    }
    expect(await clashes({ startsAt: '2026-11-24T12:00:00Z', durationMinutes: 15 })).toHaveLength(
      1,
    );
  });

  it('leaves out cancelled ones and other accounts’ ones', async () => {
    const a = await freshAccount();
    const b = await freshAccount();
    const priya = await a.me.addPerson('Priya Shah');
    const sam = await b.me.addPerson('Sam Lee');
    const mine = scheduled(await a.schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' }));
    scheduled(await b.schedule(sam.id, { startsAt: '2026-11-24T12:00:00Z' }));
    const slot = { startsAt: '2026-11-24T12:00:00Z', durationMinutes: 60 };
    expect(await a.clashes(slot)).toEqual([mine.oneToOne.id]);
    await api.db
      .update(oneToOnes)
      .set({ status: 'CANCELLED' })
      .where(eq(oneToOnes.id, mine.oneToOne.id));
    expect(await a.clashes(slot)).toEqual([]);
  });
});

describe('rejecting a one-to-one', () => {
  it('refuses an archived person, naming personId and writing nothing', async () => {
    const { me, schedule, rows } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    await me.archivePerson(priya.id);
    expect(await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' })).toEqual(
      validationError('personId', "Archived people can't get new one-to-ones; restore them first"),
    );
    expect(await rows()).toBe(0);

    await me.unarchivePerson(priya.id);
    scheduled(await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' }));
    expect(await rows()).toBe(1);
  });

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
