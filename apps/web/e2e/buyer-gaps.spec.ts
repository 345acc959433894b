import { expect, type Page, test } from '@playwright/test';
import { signUp } from './auth.ts';

/** A GraphQL call as the signed-in user (the page's session cookie, the client's CSRF header). */
const gql = async <T>(page: Page, query: string, variables: Record<string, unknown>) => {
  const response = await page.request.post('/graphql', {
    headers: { 'x-tend-csrf': '1' },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { data: { result: T } }).data.result;
};

const addPerson = async (
  page: Page,
  name: string,
  trust: number,
  theirUnderstanding: number,
  introducedBy?: string,
) => {
  const { id } = await gql<{ id: string }>(
    page,
    'mutation ($input: PersonInput!) { result: createPerson(input: $input) { ... on Person { id } } }',
    {
      input: introducedBy ? { name, originKind: 'PERSON', originPersonId: introducedBy } : { name },
    },
  );
  for (const [dimension, level] of [
    ['trust', trust],
    ['theirUnderstanding', theirUnderstanding],
  ] as const) {
    await gql(
      page,
      'mutation ($id: ID!, $input: SetDepthLevelInput!) { result: setDepthLevel(personId: $id, input: $input) { __typename } }',
      { id, input: { dimension, level } },
    );
  }
  return id;
};

const addProfile = async (page: Page, name: string) =>
  (
    await gql<{ id: string }>(
      page,
      'mutation ($input: TargetBuyerInput!) { result: createTargetBuyer(input: $input) { ... on TargetBuyer { id } } }',
      { input: { name } },
    )
  ).id;

const tag = (page: Page, personId: string, targetBuyerId: string, strength: string) =>
  gql(
    page,
    'mutation ($input: SetKnowsInput!) { result: setKnows(input: $input) { __typename } }',
    { input: { personId, targetBuyerId, strength } },
  );

const fitsTheScreen = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

test('the gap list: what to do per gap, two-step paths, nobody-knows suggestions, the threshold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page).toHaveURL(/\/people$/);

  // No profiles yet: the gap list says so and points to where they are made.
  await page.goto('/buyers/gaps');
  await expect(page.getByText('No target buyer profiles yet.')).toBeVisible();

  const priya = await addPerson(page, 'Priya Shah', 4, 4);
  const tom = await addPerson(page, 'Tom Tie', 1, 2, priya);
  const cfos = await addProfile(page, 'CFOs of B2B firms');
  const founders = await addProfile(page, 'Fintech founders');
  const hr = await addProfile(page, 'Heads of HR');
  await tag(page, tom, cfos, 'WORKS_WITH');
  await tag(page, priya, founders, 'KNOWS_OF');

  await page.goto('/buyers');
  await page.getByRole('link', { name: 'Gaps: who nobody ready can reach' }).click();
  await expect(page).toHaveURL(/\/buyers\/gaps$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Gaps' })).toBeVisible();
  await expect(
    page.getByText('1 of 3 profiles has someone ready (readiness 60 or more).'),
  ).toBeVisible();

  const gaps = page.getByRole('list', { name: 'Gaps' });
  const cfosGap = gaps.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'CFOs of B2B firms' }),
  });
  await expect(cfosGap.getByText('1 person knows such buyers, none ready yet.')).toBeVisible();
  const tomRow = cfosGap.locator('.gap-person');
  await expect(tomRow).toContainText('Readiness 20');
  await expect(tomRow).toContainText('Give first');
  await expect(tomRow.getByRole('link', { name: 'Tom Tie' })).toHaveAttribute(
    'href',
    `/people/${tom}`,
  );
  await expect(cfosGap.locator('.gap-path').first()).toContainText(
    'Ask Priya Shah, who introduced you to Tom Tie, who works with CFOs of B2B firms.',
  );
  await expect(cfosGap.locator('.gap-path').first()).toContainText(
    'Path strength 75: the weaker link is Tom Tie’s tie to the profile (works with, 75).',
  );

  const hrGap = gaps.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Heads of HR' }),
  });
  await expect(
    hrGap.getByText('Nobody in your network is tagged as knowing such buyers yet.'),
  ).toBeVisible();
  await expect(hrGap).toContainText('Ask Priya Shah, who introduced you to 1 person');
  await fitsTheScreen(page);

  // Raising the threshold past Priya's readiness makes her profile a gap too.
  const threshold = page.getByRole('form', { name: 'Ready threshold' });
  await threshold.getByLabel(/Ready to introduce from readiness/).fill('101');
  await threshold.getByRole('button', { name: 'Save threshold' }).click();
  await expect(threshold.getByText('At most 100')).toBeVisible();
  await threshold.getByLabel(/Ready to introduce from readiness/).fill('90');
  await threshold.getByRole('button', { name: 'Save threshold' }).click();
  await expect(
    page.getByText('0 of 3 profiles have someone ready (readiness 90 or more).'),
  ).toBeVisible();
  const foundersGap = gaps.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: 'Fintech founders' }),
  });
  await expect(foundersGap.locator('.gap-person')).toContainText('Readiness 80');

  // The settings page shows the same threshold.
  await page.goto('/settings');
  const readiness = page.getByRole('region', { name: 'Referral readiness' });
  await expect(readiness.getByLabel(/Ready to introduce from readiness/)).toHaveValue('90');

  // With the threshold at 0 and the unknown profile archived, every profile is covered.
  await readiness.getByLabel(/Ready to introduce from readiness/).fill('0');
  await readiness.getByRole('button', { name: 'Save threshold' }).click();
  await expect(readiness.getByText('Threshold saved.')).toBeVisible();
  await gql(page, 'mutation ($id: ID!) { result: archiveTargetBuyer(id: $id) { __typename } }', {
    id: hr,
  });
  await page.goto('/buyers/gaps');
  await expect(page.getByText('Every profile has someone ready to introduce you.')).toBeVisible();
  await fitsTheScreen(page);
});
