import { randomUUID } from 'node:crypto';
import { interactions, oneToOnes } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import {
  clientFor,
  countRows,
  dataOf,
  type ErrorResult,
  type InteractionView,
  type PersonView,
  validationError,
} from '../test/operations.ts';
import { at, createLongLivedAccount, loopClientFor } from '../test/weekly-loop.ts';

/** A Friday, 10:00 in London (GMT). */
const NOW = at('2026-11-20T10:00:00Z');

const ERROR_FIELDS = /* GraphQL */ `
  ... on Error { message }
  ... on ValidationError { issues { field message } }
`;
const ONE_TO_ONE_FIELDS = /* GraphQL */ `
  id startsAt durationMinutes place videoLink
  agenda { learn { goals accomplishments interests networks skills } tell } agendaText
  status sequence person { id }
`;

const SCHEDULE = /* GraphQL */ `
  mutation($personId: ID!, $input: ScheduleOneToOneInput!) {
    result: scheduleOneToOne(personId: $personId, input: $input) {
      __typename
      ... on ScheduleOneToOnePayload { oneToOne { ${ONE_TO_ONE_FIELDS} } clashes { id } }
      ${ERROR_FIELDS}
    }
  }
`;
const RESCHEDULE = /* GraphQL */ `
  mutation($id: ID!, $input: RescheduleOneToOneInput!) {
    result: rescheduleOneToOne(id: $id, input: $input) {
      __typename
      ... on ScheduleOneToOnePayload { oneToOne { ${ONE_TO_ONE_FIELDS} } clashes { id } }
      ${ERROR_FIELDS}
    }
  }
`;
const oneToOneStep = (field: string) => /* GraphQL */ `
  mutation($id: ID!) {
    result: ${field}(id: $id) { __typename ... on OneToOne { ${ONE_TO_ONE_FIELDS} } ${ERROR_FIELDS} }
  }
`;
const CANCEL = oneToOneStep('cancelOneToOne');
const NO_SHOW = oneToOneStep('markOneToOneNoShow');
const COMPLETE = /* GraphQL */ `
  mutation($id: ID!, $input: CompleteOneToOneInput) {
    result: completeOneToOne(id: $id, input: $input) {
      __typename
      ... on CompleteOneToOnePayload {
        oneToOne { ${ONE_TO_ONE_FIELDS} }
        interaction { id kind occurredAt durationMinutes notes people { id name } }
        person { id lastDepthTouchAt nextDueAt dueState trust { level } }
      }
      ${ERROR_FIELDS}
    }
  }
`;
const UPCOMING_AND_NEXT = /* GraphQL */ `
  query($id: ID!) {
    upcomingOneToOnes { id }
    person(id: $id) { ... on Person { nextOneToOne { id } } }
  }
`;
const PEOPLE_WITH_NEXT = /* GraphQL */ `
  query($after: String) {
    people(first: 2, after: $after) {
      nodes { id name nextOneToOne { id startsAt } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type OneToOneView = {
  id: string;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  videoLink: string | null;
  agenda: { learn: Record<string, string>; tell: string };
  agendaText: string;
  status: 'PLANNED' | 'DONE' | 'CANCELLED' | 'NO_SHOW';
  sequence: number;
  person: { id: string };
};
type PlanResult =
  | { __typename: 'ScheduleOneToOnePayload'; oneToOne: OneToOneView; clashes: { id: string }[] }
  | ErrorResult;
type StepResult = ({ __typename: 'OneToOne' } & OneToOneView) | ErrorResult;
type CompleteResult =
  | {
      __typename: 'CompleteOneToOnePayload';
      oneToOne: OneToOneView;
      interaction: Pick<
        InteractionView,
        'id' | 'kind' | 'occurredAt' | 'durationMinutes' | 'notes' | 'people'
      >;
      person: Pick<PersonView, 'id' | 'lastDepthTouchAt' | 'nextDueAt' | 'dueState'> & {
        trust: { level: number };
      };
    }
  | ErrorResult;

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
beforeEach(() => api.setNow(NOW));
afterAll(() => api.close());

const freshAccount = async () => {
  const accountId = await createLongLivedAccount(api);
  const me = clientFor(api, accountId);
  const loop = loopClientFor(api, accountId);
  const { call } = me;
  const schedule = async (personId: string, input: Record<string, unknown>) => {
    const result = await call<PlanResult>(SCHEDULE, { personId, input });
    if (result.__typename !== 'ScheduleOneToOnePayload') throw new Error(result.message);
    return result.oneToOne;
  };
  const upcomingAndNext = async (personId: string) => {
    const data = dataOf(
      await api.gql<{
        upcomingOneToOnes: { id: string }[];
        person: { nextOneToOne: { id: string } | null };
      }>(accountId, UPCOMING_AND_NEXT, { id: personId }),
    );
    return { upcoming: data.upcomingOneToOnes.map((o) => o.id), next: data.person.nextOneToOne };
  };
  /** Everything that a rejected step must leave as it was. */
  const stored = async () => ({
    oneToOnes: await api.db
      .select()
      .from(oneToOnes)
      .where(eq(oneToOnes.accountId, accountId))
      .orderBy(oneToOnes.id),
    interactions: await countRows(api, interactions, accountId),
  });
  return {
    accountId,
    me,
    loop,
    schedule,
    upcomingAndNext,
    stored,
    reschedule: (id: string, input: Record<string, unknown>) =>
      call<PlanResult>(RESCHEDULE, { id, input }),
    cancel: (id: string) => call<StepResult>(CANCEL, { id }),
    noShow: (id: string) => call<StepResult>(NO_SHOW, { id }),
    complete: (id: string, input?: Record<string, unknown>) =>
      call<CompleteResult>(COMPLETE, { id, input }),
  };
};

type PrepareQuery = (query: { sql: string }, ...rest: unknown[]) => unknown;

/**
 * Records the SQL of every statement the server prepares until stopped. Each transaction has a
 * session of the same class as the database's own, so its prototype sees them all.
 */
const watchStatements = () => {
  const { session } = api.db as unknown as { session: object };
  const prototype = Object.getPrototypeOf(session) as { prepareQuery: PrepareQuery };
  const original = prototype.prepareQuery;
  const list: string[] = [];
  prototype.prepareQuery = function (this: unknown, query, ...rest) {
    list.push(query.sql);
    return original.call(this, query, ...rest);
  };
  return {
    list,
    stop: () => {
      prototype.prepareQuery = original;
    },
  };
};

const notPlanned = (message: string) => validationError('id', message);
const oneToOneNotFound = (id: string): ErrorResult => ({
  __typename: 'NotFoundError',
  message: `No one-to-one with id ${id}`,
});

describe('rescheduling a one-to-one', () => {
  it('moves it, raising the sequence each time and reporting clashes', async () => {
    const { me, schedule, reschedule, upcomingAndNext } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const sam = await me.addPerson('Sam Lee');
    const meeting = await schedule(priya.id, {
      startsAt: '2026-11-24T12:00:00Z',
      place: 'The Crown',
      agenda: { learn: { goals: 'A second office' }, tell: 'Case study' },
    });
    const other = await schedule(sam.id, { startsAt: '2026-11-25T09:00:00Z' });

    const first = await reschedule(meeting.id, {
      startsAt: '2026-11-25T09:30:00Z',
      durationMinutes: 30,
      videoLink: 'https://meet.example.com/abc',
    });
    expect(first).toEqual({
      __typename: 'ScheduleOneToOnePayload',
      oneToOne: {
        ...meeting,
        startsAt: '2026-11-25T09:30:00.000Z',
        durationMinutes: 30,
        // Left out, the place and the agenda stay.
        place: 'The Crown',
        videoLink: 'https://meet.example.com/abc',
        agenda: meeting.agenda,
        sequence: 1,
      },
      clashes: [{ id: other.id }],
    });

    const second = await reschedule(meeting.id, {
      startsAt: '2026-11-26T09:00:00Z',
      agenda: { tell: 'New offer' },
    });
    if (second.__typename !== 'ScheduleOneToOnePayload') throw new Error(second.message);
    expect(second.clashes).toEqual([]);
    // Left out, the duration, place and link stay too.
    expect(second.oneToOne).toMatchObject({
      sequence: 2,
      durationMinutes: 30,
      place: 'The Crown',
      videoLink: 'https://meet.example.com/abc',
      status: 'PLANNED',
    });
    expect(second.oneToOne.agenda).toEqual({
      learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
      tell: 'New offer',
    });

    // Null clears the place and the link; a null duration or agenda keeps what is stored.
    const third = await reschedule(meeting.id, {
      startsAt: '2026-11-26T09:00:00Z',
      durationMinutes: null,
      place: null,
      videoLink: null,
      agenda: null,
    });
    if (third.__typename !== 'ScheduleOneToOnePayload') throw new Error(third.message);
    expect(third.oneToOne).toEqual({
      ...second.oneToOne,
      place: null,
      videoLink: null,
      sequence: 3,
    });
    expect(await upcomingAndNext(priya.id)).toEqual({
      upcoming: [other.id, meeting.id],
      next: { id: meeting.id },
    });
  });

  it('refuses a meeting with an archived person, naming id and writing nothing', async () => {
    const { me, schedule, reschedule, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });
    await me.archivePerson(priya.id);
    const before = await stored();
    expect(await reschedule(meeting.id, { startsAt: '2026-11-25T12:00:00Z' })).toEqual(
      validationError('id', "Archived people can't get new one-to-ones; restore them first"),
    );
    expect(await stored()).toEqual(before);

    await me.unarchivePerson(priya.id);
    expect(await reschedule(meeting.id, { startsAt: '2026-11-25T12:00:00Z' })).toMatchObject({
      oneToOne: { startsAt: '2026-11-25T12:00:00.000Z', sequence: 1 },
    });
  });

  it('rejects a start in the past, writing nothing', async () => {
    const { me, schedule, reschedule, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });
    const before = await stored();
    expect(await reschedule(meeting.id, { startsAt: '2026-11-19T12:00:00Z' })).toEqual(
      validationError('startsAt', 'Start must be in the future'),
    );
    expect(await stored()).toEqual(before);
  });
});

describe('cancelling a one-to-one', () => {
  it('cancels it with a raised sequence; it is no longer upcoming nor anyone’s next', async () => {
    const { me, schedule, cancel, complete, reschedule, upcomingAndNext, stored } =
      await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });

    expect(await cancel(meeting.id)).toEqual({
      __typename: 'OneToOne',
      ...meeting,
      status: 'CANCELLED',
      sequence: 1,
    });
    expect(await upcomingAndNext(priya.id)).toEqual({ upcoming: [], next: null });

    const before = await stored();
    const cancelled = notPlanned('This one-to-one was cancelled; schedule a new one');
    expect(await complete(meeting.id)).toEqual(cancelled);
    expect(await cancel(meeting.id)).toEqual(cancelled);
    expect(await reschedule(meeting.id, { startsAt: '2026-11-25T12:00:00Z' })).toEqual(cancelled);
    expect(await stored()).toEqual(before);
  });
});

describe('marking a one-to-one a no-show', () => {
  it('is only possible once it has started, and logs nothing', async () => {
    const { me, loop, schedule, noShow, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });
    const before = await stored();
    const scheduleBefore = await loop.schedule(priya.id);

    expect(await noShow(meeting.id)).toEqual(notPlanned('It has not started yet'));
    expect(await stored()).toEqual(before);

    api.setNow(at('2026-11-24T12:20:00Z'));
    expect(await noShow(meeting.id)).toMatchObject({ status: 'NO_SHOW', sequence: 0 });
    expect((await stored()).interactions).toBe(0);
    const scheduleAfter = await loop.schedule(priya.id);
    expect(scheduleAfter.lastDepthTouchAt).toBeNull();
    expect(scheduleAfter.nextDueAt).toBe(scheduleBefore.nextDueAt);
    expect(await noShow(meeting.id)).toEqual(
      notPlanned('This one-to-one was marked as a no-show; schedule a new one'),
    );
  });
});

describe('completing a one-to-one', () => {
  it('logs a one-to-one touch with the agenda as notes, restarting the clock and closing the prompt', async () => {
    const { me, loop, schedule, complete, upcomingAndNext, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    await loop.setCadence(priya.id, { mode: 'CUSTOM', days: 10 });
    const meeting = await schedule(priya.id, {
      startsAt: '2026-12-02T12:00:00Z',
      durationMinutes: 45,
      agenda: { learn: { goals: ' A second office ' }, tell: 'Brand strategy' },
    });

    // Past her 10-day cadence, a prompt is open for her when they meet.
    await api.passTimeTo(at('2026-12-02T13:00:00Z'));
    const { openPromptCount } = await loop.openPrompts();
    expect(openPromptCount).toBe(1);

    const done = await complete(meeting.id);
    if (done.__typename !== 'CompleteOneToOnePayload') throw new Error(done.message);
    expect(done.oneToOne).toEqual({ ...meeting, status: 'DONE' });
    const notes =
      'What to learn about them\n- Goals: A second office\n\nWhat to tell them\nBrand strategy';
    expect(meeting.agendaText).toBe(notes);
    expect(done.interaction).toEqual({
      id: expect.any(String),
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-12-02T12:00:00.000Z',
      durationMinutes: 45,
      notes,
      people: [{ id: priya.id, name: 'Priya Shah' }],
    });
    expect(done.person).toEqual({
      id: priya.id,
      lastDepthTouchAt: '2026-12-02T12:00:00.000Z',
      nextDueAt: '2026-12-12T00:00:00.000Z',
      dueState: 'OK',
      trust: { level: 0 },
    });
    const [row] = (await stored()).oneToOnes;
    expect(row?.interactionId).toBe(done.interaction.id);
    expect(await loop.openPrompts()).toMatchObject({ openPromptCount: 0 });
    expect((await me.timeline(priya.id)).nodes).toEqual([
      expect.objectContaining({ id: done.interaction.id, kind: 'ONE_TO_ONE', notes }),
    ]);
    expect(await upcomingAndNext(priya.id)).toEqual({ upcoming: [], next: null });

    // The client then asks whether trust or their understanding changed.
    expect(await me.setDepthLevel(priya.id, { dimension: 'trust', level: 2 })).toMatchObject({
      trust: { level: 2 },
    });
  });

  it('rejects completing twice, writing nothing', async () => {
    const { me, schedule, complete, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });
    api.setNow(at('2026-11-24T13:00:00Z'));
    expect(await complete(meeting.id, { notes: 'Went well' })).toMatchObject({
      interaction: { notes: 'Went well', durationMinutes: 60 },
    });
    const before = await stored();
    const snapshot = await me.snapshot(priya.id);
    expect(await complete(meeting.id, { notes: 'Again' })).toEqual(
      notPlanned('This one-to-one is already done; schedule a new one'),
    );
    expect(await stored()).toEqual(before);
    expect(await me.snapshot(priya.id)).toEqual(snapshot);
  });

  it('logs a meeting marked done before its start at its start, not now, with the notes and duration given', async () => {
    const { me, schedule, complete } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    // Tomorrow morning, within the day a touch may be ahead of now.
    const meeting = await schedule(priya.id, { startsAt: '2026-11-21T09:00:00Z' });
    expect(await complete(meeting.id, { notes: null, durationMinutes: 20 })).toMatchObject({
      oneToOne: { status: 'DONE', startsAt: '2026-11-21T09:00:00.000Z' },
      interaction: { occurredAt: '2026-11-21T09:00:00.000Z', durationMinutes: 20, notes: null },
      person: { lastDepthTouchAt: '2026-11-21T09:00:00.000Z' },
    });
  });

  it('refuses to complete a meeting more than a day off, naming id and writing nothing', async () => {
    const { me, schedule, complete, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-21T10:00:01Z' });
    const before = await stored();
    const snapshot = await me.snapshot(priya.id);
    expect(await complete(meeting.id, { notes: 'Met early' })).toEqual(
      validationError(
        'id',
        'It starts more than a day from now; mark it done once it has happened, or reschedule it to when you met',
      ),
    );
    expect(await stored()).toEqual(before);
    expect(await me.snapshot(priya.id)).toEqual(snapshot);
  });

  it('rejects notes over the limit, writing nothing', async () => {
    const { me, schedule, complete, stored } = await freshAccount();
    const priya = await me.addPerson('Priya Shah');
    const meeting = await schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });
    api.setNow(at('2026-11-24T13:00:00Z'));
    const before = await stored();
    expect(await complete(meeting.id, { notes: 'x'.repeat(1_000_000) })).toEqual(
      validationError('notes', 'Notes must be at most 10000 characters'),
    );
    expect(await stored()).toEqual(before);
  });
});

describe('a one-to-one that is not the account’s', () => {
  it('answers NotFoundError to every step, writing nothing', async () => {
    const a = await freshAccount();
    const b = await freshAccount();
    const priya = await a.me.addPerson('Priya Shah');
    const meeting = await a.schedule(priya.id, { startsAt: '2026-11-24T12:00:00Z' });
    api.setNow(at('2026-11-24T13:00:00Z'));
    const before = await a.stored();
    for (const id of [meeting.id, randomUUID(), 'nope']) {
      const notFound = oneToOneNotFound(id);
      expect(await b.reschedule(id, { startsAt: '2026-11-25T12:00:00Z' })).toEqual(notFound);
      expect(await b.cancel(id)).toEqual(notFound);
      expect(await b.noShow(id)).toEqual(notFound);
      expect(await b.complete(id)).toEqual(notFound);
    }
    expect(await a.stored()).toEqual(before);
    expect(await b.stored()).toEqual({ oneToOnes: [], interactions: 0 });
  });
});

describe('each person’s next one-to-one in lists', () => {
  it('shows the soonest planned one still to come for each person of a page', async () => {
    const { accountId, me, schedule, cancel } = await freshAccount();
    const [ana, ben, cat] = [
      await me.addPerson('Ana'),
      await me.addPerson('Ben'),
      await me.addPerson('Cat'),
    ];
    await schedule(ana.id, { startsAt: '2026-12-10T09:00:00Z' });
    const anaSooner = await schedule(ana.id, { startsAt: '2026-12-01T09:00:00Z' });
    const benCancelled = await schedule(ben.id, { startsAt: '2026-11-23T09:00:00Z' });
    const benNext = await schedule(ben.id, { startsAt: '2026-11-30T09:00:00Z' });
    await cancel(benCancelled.id);
    // Cat's only one-to-one has started by the time the list is read.
    await schedule(cat.id, { startsAt: '2026-11-20T11:00:00Z' });
    api.setNow(at('2026-11-20T11:30:00Z'));

    type Page = {
      people: {
        nodes: {
          id: string;
          name: string;
          nextOneToOne: { id: string; startsAt: string } | null;
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const first = dataOf(await api.gql<Page>(accountId, PEOPLE_WITH_NEXT)).people;
    const second = dataOf(
      await api.gql<Page>(accountId, PEOPLE_WITH_NEXT, { after: first.pageInfo.endCursor }),
    ).people;
    expect([...first.nodes, ...second.nodes]).toEqual([
      { id: ana.id, name: 'Ana', nextOneToOne: { id: anaSooner.id, startsAt: anaSooner.startsAt } },
      { id: ben.id, name: 'Ben', nextOneToOne: { id: benNext.id, startsAt: benNext.startsAt } },
      { id: cat.id, name: 'Cat', nextOneToOne: null },
    ]);
  });

  it('loads the next and planned one-to-ones of a whole page together, never one query a person', async () => {
    const { accountId, me, schedule } = await freshAccount();
    for (const name of ['Ana', 'Ben', 'Cat', 'Dev', 'Eve']) {
      const person = await me.addPerson(name);
      await schedule(person.id, { startsAt: '2026-12-01T09:00:00Z' });
    }
    type Page = {
      people: {
        nodes: { nextOneToOne?: { id: string } | null; plannedOneToOnes?: { id: string }[] }[];
      };
    };
    /** The page with these person fields, and how many statements read one-to-ones for it. */
    const load = async (fields: string) => {
      const statements = watchStatements();
      try {
        const { people } = dataOf(
          await api.gql<Page>(accountId, `{ people(first: 10) { nodes { id ${fields} } } }`),
        );
        // The watcher does see the server's statements (the people query among them).
        expect(statements.list.some((sql) => sql.includes('"people"'))).toBe(true);
        return {
          nodes: people.nodes,
          queries: statements.list.filter((sql) => sql.includes('one_to_ones')).length,
        };
      } finally {
        statements.stop();
      }
    };

    const next = await load('nextOneToOne { id startsAt }');
    expect(next.nodes.filter((person) => person.nextOneToOne)).toHaveLength(5);
    expect(next.queries).toBe(1);
    const planned = await load('plannedOneToOnes { id }');
    expect(planned.nodes.map((person) => person.plannedOneToOnes?.length)).toEqual([1, 1, 1, 1, 1]);
    expect(planned.queries).toBe(1);
    // Both differ in which one-to-ones they load, so the second is one more query for the page.
    const both = await load('nextOneToOne { id } plannedOneToOnes { id }');
    expect(both.nodes.filter((person) => person.nextOneToOne)).toHaveLength(5);
    expect(both.nodes.map((person) => person.plannedOneToOnes?.length)).toEqual([1, 1, 1, 1, 1]);
    expect(both.queries).toBe(2);
  });
});
