import type { Money } from '@tend/domain';
import { eq } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { GraphQLResponse, TestApi } from './harness.ts';

/** GraphQL documents and typed calls shared by the integration tests. */

export type FieldIssue = { field: string; message: string };
export type ValidationErrorResult = {
  __typename: 'ValidationError';
  message: string;
  issues: FieldIssue[];
};
export type NotFoundErrorResult = { __typename: 'NotFoundError'; message: string };
export type ErrorResult = ValidationErrorResult | NotFoundErrorResult;

type Named = { id: string; name: string };
type DepthLevelView = { level: number; label: string };

export type PersonView = {
  __typename: 'Person';
  id: string;
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  profession: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  originKind: 'GROUP' | 'PERSON' | 'OTHER';
  originGroup: Named | null;
  originPerson: Named | null;
  originNote: string | null;
  archived: boolean;
  isDemo: boolean;
  createdAt: string;
  lastDepthTouchAt: string | null;
  nextDueAt: string | null;
  dueState: 'NO_CADENCE' | 'OK' | 'DUE' | 'OVERDUE';
  readiness: number;
  cadence: { idealDays: number; maxDays: number } | null;
  trust: DepthLevelView;
  theirUnderstanding: DepthLevelView;
  myUnderstanding: DepthLevelView;
  nextStep: { kind: 'GIVE_FIRST' | 'BRIEF_THEM' | 'KEEP_IN_TOUCH'; title: string };
};

export type DepthChangeView = {
  dimension: DepthDimension;
  fromLevel: number;
  toLevel: number;
  toLabel: string;
  note: string | null;
  changedAt: string;
};

export type InteractionView = {
  __typename: 'Interaction';
  id: string;
  kind: string;
  kindLabel: string;
  isDepthTouch: boolean;
  occurredAt: string;
  durationMinutes: number | null;
  cost: Money | null;
  notes: string | null;
  people: Named[];
};

type PageInfo = { hasNextPage: boolean; endCursor: string | null };
export type TimelineView = {
  totalCount: number;
  nodes: InteractionView[];
  pageInfo: PageInfo;
};

/** Everything a person's page shows, to compare before and after an attempted change. */
export type PersonSnapshot = PersonView & {
  depthHistory: DepthChangeView[];
  timeline: TimelineView;
};

export type PersonResult = PersonView | ErrorResult;
export type InteractionResult = InteractionView | ErrorResult;
export type DepthDimension = 'trust' | 'theirUnderstanding' | 'myUnderstanding';
export type InteractionKind =
  | 'ONE_TO_ONE'
  | 'CALL'
  | 'VIDEO'
  | 'MESSAGE'
  | 'EMAIL'
  | 'SOCIAL'
  | 'GROUP_MEETING'
  | 'EVENT';

export type PersonInput = {
  name?: string | null;
  emails?: string[] | null;
  phones?: string[] | null;
  company?: string | null;
  role?: string | null;
  profession?: string | null;
  location?: string | null;
  notes?: string | null;
  tags?: string[] | null;
  originKind?: 'GROUP' | 'PERSON' | 'OTHER' | null;
  originGroupId?: string | null;
  originPersonId?: string | null;
  originNote?: string | null;
};

export type LogInteractionInput = {
  kind: InteractionKind;
  occurredAt: string;
  personIds: string[];
  durationMinutes?: number;
  cost?: Money | null;
  notes?: string;
};

const ERROR_FIELDS = /* GraphQL */ `
  ... on Error { message }
  ... on ValidationError { issues { field message } }
`;

const PERSON_FIELDS = /* GraphQL */ `
  fragment PersonFields on Person {
    id name emails phones company role profession location notes tags
    originKind originGroup { id name } originPerson { id name } originNote
    archived isDemo createdAt lastDepthTouchAt nextDueAt dueState readiness
    cadence { idealDays maxDays }
    trust { level label } theirUnderstanding { level label } myUnderstanding { level label }
    nextStep { kind title }
  }
`;

const INTERACTION_FIELDS = /* GraphQL */ `
  fragment InteractionFields on Interaction {
    id kind kindLabel isDepthTouch occurredAt durationMinutes cost { amount currency } notes people { id name }
  }
`;

const personResult = (field: string, args: string, params: string) => /* GraphQL */ `
  mutation(${params}) {
    result: ${field}(${args}) { __typename ...PersonFields ${ERROR_FIELDS} }
  }
  ${PERSON_FIELDS}
`;

export const CREATE_PERSON = personResult('createPerson', 'input: $input', '$input: PersonInput!');
export const UPDATE_PERSON = personResult(
  'updatePerson',
  'id: $id, input: $input',
  '$id: ID!, $input: PersonInput!',
);
export const ARCHIVE_PERSON = personResult('archivePerson', 'id: $id', '$id: ID!');
export const UNARCHIVE_PERSON = personResult('unarchivePerson', 'id: $id', '$id: ID!');
export const DELETE_PERSON = /* GraphQL */ `
  mutation($id: ID!) {
    result: deletePerson(id: $id) {
      __typename ... on DeletedPerson { id name } ... on Error { message }
    }
  }
`;
export const SET_DEPTH_LEVEL = personResult(
  'setDepthLevel',
  'personId: $personId, input: $input',
  '$personId: ID!, $input: SetDepthLevelInput!',
);

export const LOG_INTERACTION = /* GraphQL */ `
  mutation($input: LogInteractionInput!) {
    result: logInteraction(input: $input) { __typename ...InteractionFields ${ERROR_FIELDS} }
  }
  ${INTERACTION_FIELDS}
`;

const CREATE_TARGET_BUYER = /* GraphQL */ `
  mutation($input: TargetBuyerInput!) {
    result: createTargetBuyer(input: $input) { __typename ... on TargetBuyer { id } ${ERROR_FIELDS} }
  }
`;

const SET_KNOWS = /* GraphQL */ `
  mutation($input: SetKnowsInput!) { result: setKnows(input: $input) { __typename ${ERROR_FIELDS} } }
`;

export const PERSON = /* GraphQL */ `
  query($id: ID!) {
    result: person(id: $id) { __typename ...PersonFields ... on NotFoundError { message } }
  }
  ${PERSON_FIELDS}
`;

const PERSON_SNAPSHOT = /* GraphQL */ `
  query($id: ID!) {
    result: person(id: $id) {
      __typename
      ...PersonFields
      ... on Person {
        depthHistory { dimension fromLevel toLevel toLabel note changedAt }
        timeline(first: 100, kinds: [TOUCH]) {
          totalCount
          nodes { __typename ...InteractionFields }
          pageInfo { hasNextPage endCursor }
        }
      }
      ... on NotFoundError { message }
    }
  }
  ${PERSON_FIELDS}
  ${INTERACTION_FIELDS}
`;

const TIMELINE = /* GraphQL */ `
  query($id: ID!, $first: Int, $after: String) {
    result: person(id: $id) {
      ... on Person {
        timeline(first: $first, after: $after, kinds: [TOUCH]) {
          totalCount
          nodes { __typename ...InteractionFields }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
  ${INTERACTION_FIELDS}
`;

const PEOPLE = /* GraphQL */ `
  query($search: String, $sort: PersonSort, $archived: Boolean, $first: Int, $after: String) {
    people(search: $search, sort: $sort, archived: $archived, first: $first, after: $after) {
      totalCount
      nodes { id name nextDueAt isDemo archived originGroup { id name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

const ACCOUNT_FIELDS = 'id onboarded hasDemoData';
const VIEWER = `{ viewer { ${ACCOUNT_FIELDS} } }`;
const GROUPS = '{ groups { id name kind isDemo } }';
const FINISH_ONBOARDING = `mutation($choice: OnboardingChoice!) { result: finishOnboarding(choice: $choice) { ${ACCOUNT_FIELDS} } }`;
const REMOVE_DEMO_DATA = `mutation { result: removeDemoData { ${ACCOUNT_FIELDS} } }`;

export type PeopleView = {
  totalCount: number;
  nodes: (Named & {
    nextDueAt: string | null;
    isDemo: boolean;
    archived: boolean;
    originGroup: Named | null;
  })[];
  pageInfo: PageInfo;
};
export type AccountView = { id: string; onboarded: boolean; hasDemoData: boolean };
export type GroupView = Named & { kind: string; isDemo: boolean };

/** The data of a response that must have succeeded at the GraphQL level. */
export const dataOf = <T>(response: GraphQLResponse<T>): T => {
  if (response.errors || !response.data) {
    throw new Error(`GraphQL errors (${response.status}): ${JSON.stringify(response.errors)}`);
  }
  return response.data;
};

export const validationError = (field: string, message: string): ValidationErrorResult => ({
  __typename: 'ValidationError',
  message: `${field}: ${message}`,
  issues: [{ field, message }],
});

export const personNotFound = (id: string): NotFoundErrorResult => ({
  __typename: 'NotFoundError',
  message: `No person with id ${id}`,
});

/** The successful result of a call, or a thrown error with the message of the one returned. */
export const unwrap = <T extends { __typename: 'Person' | 'Interaction' }>(
  result: T | ErrorResult,
): T => {
  if (result.__typename === 'ValidationError' || result.__typename === 'NotFoundError') {
    throw new Error(`${result.__typename}: ${result.message}`);
  }
  return result;
};

/** The calls one account makes, each returning the field's result. */
export const clientFor = (api: TestApi, accountId: string) => {
  const call = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    dataOf(await api.gql<{ result: T }>(accountId, query, variables)).result;
  const createPerson = (input: PersonInput) => call<PersonResult>(CREATE_PERSON, { input });
  return {
    call,
    createPerson,
    addPerson: async (input: PersonInput | string) =>
      unwrap(await createPerson(typeof input === 'string' ? { name: input } : input)),
    updatePerson: (id: string, input: PersonInput) =>
      call<PersonResult>(UPDATE_PERSON, { id, input }),
    archivePerson: (id: string) => call<PersonResult>(ARCHIVE_PERSON, { id }),
    unarchivePerson: (id: string) => call<PersonResult>(UNARCHIVE_PERSON, { id }),
    deletePerson: (id: string) =>
      call<{ __typename: 'DeletedPerson'; id: string; name: string } | NotFoundErrorResult>(
        DELETE_PERSON,
        { id },
      ),
    setDepthLevel: (
      personId: string,
      input: { dimension: DepthDimension; level: number; note?: string },
    ) => call<PersonResult>(SET_DEPTH_LEVEL, { personId, input }),
    logInteraction: (input: LogInteractionInput) =>
      call<InteractionResult>(LOG_INTERACTION, { input }),
    /** Creates a target buyer profile (by name, or with more fields) and answers its id. */
    addProfile: async (input: string | ({ name: string } & Record<string, unknown>)) => {
      const result = await call<{ __typename: string; id?: string; message?: string }>(
        CREATE_TARGET_BUYER,
        { input: typeof input === 'string' ? { name: input } : input },
      );
      if (!result.id) throw new Error(`${result.__typename}: ${result.message}`);
      return result.id;
    },
    /** Tags a person as knowing a target buyer profile. */
    tag: (personId: string, targetBuyerId: string, strength: string) =>
      call<{ __typename: string }>(SET_KNOWS, { input: { personId, targetBuyerId, strength } }),
    person: (id: string) => call<PersonView | NotFoundErrorResult>(PERSON, { id }),
    snapshot: (id: string) => call<PersonSnapshot | NotFoundErrorResult>(PERSON_SNAPSHOT, { id }),
    timeline: async (id: string, page: { first?: number; after?: string | null } = {}) => {
      const result = await call<{ timeline?: TimelineView }>(TIMELINE, { id, ...page });
      if (!result.timeline) throw new Error(`No person ${id}`);
      return result.timeline;
    },
    people: async (
      args: {
        search?: string;
        sort?: 'NAME' | 'NEXT_DUE';
        archived?: boolean;
        first?: number;
        after?: string | null;
      } = {},
    ) => dataOf(await api.gql<{ people: PeopleView }>(accountId, PEOPLE, args)).people,
    viewer: async () => dataOf(await api.gql<{ viewer: AccountView }>(accountId, VIEWER)).viewer,
    groups: async () => dataOf(await api.gql<{ groups: GroupView[] }>(accountId, GROUPS)).groups,
    finishOnboarding: (choice: 'DEMO' | 'EMPTY') =>
      call<AccountView>(FINISH_ONBOARDING, { choice }),
    removeDemoData: () => call<AccountView>(REMOVE_DEMO_DATA),
  };
};

export type TendClient = ReturnType<typeof clientFor>;

type AccountTable = PgTable & { accountId: AnyPgColumn };

/** Rows the account holds in a table, read straight from the database. */
export const countRows = (api: TestApi, table: AccountTable, accountId: string) =>
  api.db.$count(table, eq(table.accountId, accountId));
