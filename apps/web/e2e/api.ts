import { expect, type Page } from '@playwright/test';

/**
 * A GraphQL call as the signed-in user (the page's session cookie, the client's CSRF header).
 * The query names its one field `result`, which is what comes back.
 */
export const gql = async <T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
) => {
  const response = await page.request.post('/graphql', {
    headers: { 'x-tend-csrf': '1' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: { result: T }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return (body.data as { result: T }).result;
};

/** Adds a person by name, or with more of the `PersonInput` fields. */
export const addPerson = (
  page: Page,
  input: string | ({ name: string } & Record<string, unknown>),
) =>
  gql<{ id: string }>(
    page,
    'mutation ($input: PersonInput!) { result: createPerson(input: $input) { ... on Person { id } } }',
    { input: typeof input === 'string' ? { name: input } : input },
  );

/** Creates a target buyer profile by name, or with more of the `TargetBuyerInput` fields. */
export const addProfile = (
  page: Page,
  input: string | ({ name: string } & Record<string, unknown>),
) =>
  gql<{ id: string }>(
    page,
    'mutation ($input: TargetBuyerInput!) { result: createTargetBuyer(input: $input) { ... on TargetBuyer { id } } }',
    { input: typeof input === 'string' ? { name: input } : input },
  );

/** Tags a person as knowing a target buyer profile. */
export const tag = (page: Page, personId: string, targetBuyerId: string, strength: string) =>
  gql(
    page,
    'mutation ($input: SetKnowsInput!) { result: setKnows(input: $input) { __typename } }',
    { input: { personId, targetBuyerId, strength } },
  );

export const setLevel = (page: Page, personId: string, dimension: string, level: number) =>
  gql(
    page,
    'mutation ($id: ID!, $input: SetDepthLevelInput!) { result: setDepthLevel(personId: $id, input: $input) { __typename } }',
    { id: personId, input: { dimension, level } },
  );

export const setOffer = (page: Page, offer: string) =>
  gql(
    page,
    'mutation ($offer: String!) { result: updateSettings(input: { myOffer: $offer }) { __typename } }',
    { offer },
  );

export const logInteraction = (page: Page, input: Record<string, unknown>) =>
  gql(
    page,
    'mutation ($input: LogInteractionInput!) { result: logInteraction(input: $input) { __typename } }',
    { input },
  );

export const recordReferral = (page: Page, input: Record<string, unknown>) =>
  gql(
    page,
    'mutation ($input: RecordReferralInput!) { result: recordReferral(input: $input) { __typename } }',
    { input },
  );

/** Creates a group with the usual costs of a meeting, in GBP, and answers its id. */
export const addGroup = (page: Page, name: string, extra: Record<string, unknown> = {}) =>
  gql<{ id: string }>(
    page,
    'mutation ($input: GroupInput!) { result: createGroup(input: $input) { ... on Group { id } } }',
    {
      input: {
        name,
        kind: 'REFERRAL_CLUB',
        onePerProfession: true,
        currency: 'GBP',
        feePeriod: 'YEAR',
        costPerMeeting: '14',
        travelCost: '6.20',
        prepMinutes: 0,
        travelMinutes: 30,
        meetingMinutes: 90,
        chatMinutes: 0,
        ...extra,
      },
    },
  );

/** Makes people of the account members of a group. */
export const addGroupMembers = (page: Page, groupId: string, personIds: string[]) =>
  gql<{ __typename: string }>(
    page,
    'mutation ($groupId: ID!, $input: AddGroupMembersInput!) { result: addGroupMembers(groupId: $groupId, input: $input) { __typename } }',
    { groupId, input: { members: personIds.map((personId) => ({ personId })) } },
  );
