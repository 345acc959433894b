import { knows, people, sessions, targetBuyers } from '@tend/db';
import { eq } from 'drizzle-orm';
import type { GraphQLResponse, TestApi } from './harness.ts';
import {
  dataOf,
  type ErrorResult,
  type InteractionKind,
  type InteractionResult,
} from './operations.ts';

/** GraphQL documents and typed calls for the weekly loop: cadences, prompts, weekly lists. */

const ERROR_FIELDS = /* GraphQL */ `
  ... on Error { message }
  ... on ValidationError { issues { field message } }
`;

export type DueState = 'NO_CADENCE' | 'OK' | 'DUE' | 'OVERDUE';
export type CadenceMode = 'DEFAULT' | 'CUSTOM' | 'NONE';

/** What a person's schedule looks like to the client. */
export type ScheduleView = {
  __typename: 'Person';
  id: string;
  name: string;
  createdAt: string;
  archived: boolean;
  cadenceMode: CadenceMode;
  cadenceDays: number | null;
  cadence: { idealDays: number; maxDays: number } | null;
  lastDepthTouchAt: string | null;
  nextDueAt: string | null;
  dueState: DueState;
  staleness: number | null;
  readiness: number;
  trust: { level: number };
  theirUnderstanding: { level: number };
};

const SCHEDULE_FIELDS = /* GraphQL */ `
  fragment ScheduleFields on Person {
    id name createdAt archived cadenceMode cadenceDays cadence { idealDays maxDays }
    lastDepthTouchAt nextDueAt dueState staleness readiness
    trust { level } theirUnderstanding { level }
  }
`;

const SET_CADENCE = /* GraphQL */ `
  mutation($personId: ID!, $input: CadenceInput!) {
    result: setCadence(personId: $personId, input: $input) {
      __typename ...ScheduleFields ${ERROR_FIELDS}
    }
  }
  ${SCHEDULE_FIELDS}
`;

const SCHEDULE = /* GraphQL */ `
  query($id: ID!) {
    result: person(id: $id) { __typename ...ScheduleFields ... on NotFoundError { message } }
  }
  ${SCHEDULE_FIELDS}
`;

const DUE_VIEW = /* GraphQL */ `
  query($after: String) {
    people(sort: NEXT_DUE, first: 100, after: $after) {
      nodes { ...ScheduleFields }
      pageInfo { hasNextPage endCursor }
    }
  }
  ${SCHEDULE_FIELDS}
`;

export type AccountSettingsView = {
  __typename: 'Account';
  name: string;
  timezone: string;
  weekStart: number;
  weeklyListSize: number;
  cadenceInnerDays: number;
  cadenceMiddleDays: number;
  cadenceOuterDays: number;
  depthTouchKinds: InteractionKind[];
};

const SETTINGS_FIELDS =
  'name timezone weekStart weeklyListSize cadenceInnerDays cadenceMiddleDays cadenceOuterDays depthTouchKinds';

const UPDATE_SETTINGS = /* GraphQL */ `
  mutation($input: AccountSettingsInput!) {
    result: updateSettings(input: $input) {
      __typename
      ... on Account { ${SETTINGS_FIELDS} }
      ${ERROR_FIELDS}
    }
  }
`;

const SETTINGS = `{ viewer { __typename ${SETTINGS_FIELDS} } }`;

export type SettingsInput = Partial<{
  name: string;
  timezone: string;
  weekStart: number;
  weeklyListSize: number;
  cadenceInnerDays: number;
  cadenceMiddleDays: number;
  cadenceOuterDays: number;
  depthTouchKinds: readonly InteractionKind[];
}>;

const INTERACTION_FIELDS = /* GraphQL */ `
  fragment TouchFields on Interaction {
    id kind kindLabel isDepthTouch occurredAt durationMinutes cost { amount currency } notes people { id name }
  }
`;

const UPDATE_INTERACTION = /* GraphQL */ `
  mutation($id: ID!, $input: UpdateInteractionInput!) {
    result: updateInteraction(id: $id, input: $input) {
      __typename ...TouchFields ${ERROR_FIELDS}
    }
  }
  ${INTERACTION_FIELDS}
`;

export type DeletedInteractionView = {
  __typename: 'DeletedInteraction';
  id: string;
  kind: InteractionKind;
  occurredAt: string;
  notes: string | null;
};

const DELETE_INTERACTION = /* GraphQL */ `
  mutation($id: ID!) {
    result: deleteInteraction(id: $id) {
      __typename
      ... on DeletedInteraction { id kind occurredAt notes }
      ${ERROR_FIELDS}
    }
  }
`;

export type PromptStatus = 'OPEN' | 'SNOOZED' | 'DISMISSED' | 'DONE';
export type PromptView = {
  __typename: 'Prompt';
  id: string;
  status: PromptStatus;
  reason: string;
  dueAt: string;
  raisedAt: string;
  snoozedUntil: string | null;
  dismissedReason: string | null;
  closedAt: string | null;
  person: { id: string; name: string };
};

const PROMPT_FIELDS = /* GraphQL */ `
  fragment PromptFields on Prompt {
    __typename id status reason dueAt raisedAt snoozedUntil dismissedReason closedAt
    person { id name }
  }
`;

const OPEN_PROMPTS = /* GraphQL */ `
  { openPrompts { ...PromptFields } openPromptCount }
  ${PROMPT_FIELDS}
`;

const PERSON_PROMPTS = /* GraphQL */ `
  query($id: ID!) {
    result: person(id: $id) { ... on Person { prompts { ...PromptFields } } }
  }
  ${PROMPT_FIELDS}
`;

const SNOOZE_PROMPT = /* GraphQL */ `
  mutation($id: ID!, $input: SnoozePromptInput!) {
    result: snoozePrompt(id: $id, input: $input) { __typename ...PromptFields ${ERROR_FIELDS} }
  }
  ${PROMPT_FIELDS}
`;

const DISMISS_PROMPT = /* GraphQL */ `
  mutation($id: ID!, $input: DismissPromptInput!) {
    result: dismissPrompt(id: $id, input: $input) { __typename ...PromptFields ${ERROR_FIELDS} }
  }
  ${PROMPT_FIELDS}
`;

export type WeeklyItemStatus = 'PENDING' | 'DONE' | 'SKIPPED';
export type WeeklyItemView = {
  __typename: 'WeeklyListItem';
  id: string;
  position: number;
  reason: string;
  status: WeeklyItemStatus;
  actedAt: string | null;
  person: { id: string; name: string };
};
export type WeeklyListView = {
  id: string;
  weekStartsOn: string;
  completionRate: number;
  items: WeeklyItemView[];
};

const WEEKLY_ITEM_FIELDS = /* GraphQL */ `
  fragment WeeklyItemFields on WeeklyListItem {
    __typename id position reason status actedAt person { id name }
  }
`;

const WEEKLY_LIST = /* GraphQL */ `
  { weeklyList { id weekStartsOn completionRate items { ...WeeklyItemFields } } }
  ${WEEKLY_ITEM_FIELDS}
`;

const PAST_WEEKLY_LISTS = /* GraphQL */ `
  query($limit: Int) {
    pastWeeklyLists(limit: $limit) {
      id weekStartsOn completionRate items { ...WeeklyItemFields }
    }
  }
  ${WEEKLY_ITEM_FIELDS}
`;

const MARK_WEEKLY_ITEM = /* GraphQL */ `
  mutation($id: ID!, $status: WeeklyItemStatus!) {
    result: markWeeklyItem(id: $id, status: $status) {
      __typename ...WeeklyItemFields ${ERROR_FIELDS}
    }
  }
  ${WEEKLY_ITEM_FIELDS}
`;

/** The calls of the weekly loop one account makes, each returning the field's result. */
export const loopClientFor = (api: TestApi, accountId: string) => {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await api.gql<{ result: T }>(accountId, query, variables)).result;
  const schedule = async (id: string) => {
    const result = await call<ScheduleView | ErrorResult>(SCHEDULE, { id });
    if (result.__typename !== 'Person') throw new Error(`No person ${id}: ${result.message}`);
    return result;
  };
  return {
    /** The raw response, to see errors GraphQL itself reports (before any resolver runs). */
    raw: <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}) =>
      api.gql<T>(accountId, query, variables) as Promise<GraphQLResponse<T>>,
    setCadence: (personId: string, input: { mode: CadenceMode; days?: number | null }) =>
      call<ScheduleView | ErrorResult>(SET_CADENCE, { personId, input }),
    schedule,
    /** Every person (not archived), soonest due first, as the due-date index orders them. */
    dueView: async () => {
      const nodes: ScheduleView[] = [];
      let after: string | null = null;
      for (;;) {
        const page: {
          people: { nodes: ScheduleView[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
        } = dataOf(await api.gql(accountId, DUE_VIEW, { after }));
        nodes.push(...page.people.nodes);
        if (!page.people.pageInfo.hasNextPage) return nodes;
        after = page.people.pageInfo.endCursor;
      }
    },
    settings: async () =>
      dataOf(await api.gql<{ viewer: AccountSettingsView }>(accountId, SETTINGS)).viewer,
    updateSettings: (input: SettingsInput) =>
      call<AccountSettingsView | ErrorResult>(UPDATE_SETTINGS, { input }),
    updateInteraction: (
      id: string,
      input: { kind: InteractionKind; occurredAt: string; notes?: string },
    ) => call<InteractionResult>(UPDATE_INTERACTION, { id, input }),
    deleteInteraction: (id: string) =>
      call<DeletedInteractionView | ErrorResult>(DELETE_INTERACTION, { id }),
    openPrompts: async () =>
      dataOf(
        await api.gql<{ openPrompts: PromptView[]; openPromptCount: number }>(
          accountId,
          OPEN_PROMPTS,
        ),
      ),
    personPrompts: async (id: string) => {
      const result = await call<{ prompts?: PromptView[] }>(PERSON_PROMPTS, { id });
      if (!result.prompts) throw new Error(`No person ${id}`);
      return result.prompts;
    },
    snooze: (id: string, input: { choice: 'WEEK' | 'MONTH' | 'UNTIL'; until?: string | null }) =>
      call<PromptView | ErrorResult>(SNOOZE_PROMPT, { id, input }),
    dismiss: (id: string, reason: string) =>
      call<PromptView | ErrorResult>(DISMISS_PROMPT, { id, input: { reason } }),
    weeklyList: async () =>
      dataOf(await api.gql<{ weeklyList: WeeklyListView }>(accountId, WEEKLY_LIST)).weeklyList,
    pastWeeklyLists: async (limit?: number) =>
      dataOf(
        await api.gql<{ pastWeeklyLists: WeeklyListView[] }>(accountId, PAST_WEEKLY_LISTS, {
          limit,
        }),
      ).pastWeeklyLists,
    markWeeklyItem: (id: string, status: WeeklyItemStatus) =>
      call<WeeklyItemView | ErrorResult>(MARK_WEEKLY_ITEM, { id, status }),
  };
};

export type LoopClient = ReturnType<typeof loopClientFor>;

const FAR_FUTURE = new Date('2100-01-01T00:00:00Z');

/**
 * A signed-in account whose session neither idles out nor expires before 2100, so a test can
 * move the clock on by months between requests.
 */
export const createLongLivedAccount = async (
  api: TestApi,
  options?: Parameters<TestApi['createAccount']>[0],
) => {
  const accountId = await api.createAccount(options);
  await api.db
    .update(sessions)
    .set({ lastSeenAt: FAR_FUTURE, expiresAt: FAR_FUTURE })
    .where(eq(sessions.accountId, accountId));
  return accountId;
};

/** Marks a person as knowing a target buyer, straight in the tables (no API for it yet). */
export const markKnowsTargetBuyer = async (api: TestApi, accountId: string, personId: string) => {
  const [buyer] = await api.db
    .insert(targetBuyers)
    .values({ accountId, name: 'CFOs of 50–500 person B2B firms', roles: ['CFO'] })
    .returning();
  if (!buyer) throw new Error('Insert returned no target buyer');
  await api.db
    .insert(knows)
    .values({ accountId, personId, targetBuyerId: buyer.id, strength: 'CAN_INTRODUCE' });
};

/** A person's row as stored, to show a rejected change wrote nothing. */
export const storedPerson = async (api: TestApi, personId: string) => {
  const [row] = await api.db.select().from(people).where(eq(people.id, personId));
  if (!row) throw new Error(`No person row ${personId}`);
  return row;
};

export const at = (iso: string): Date => new Date(iso);
export const plusMs = (iso: string, ms: number): Date => new Date(new Date(iso).getTime() + ms);
