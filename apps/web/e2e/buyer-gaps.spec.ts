import { expect, type Page, test } from '@playwright/test';
import { addPerson, addProfile, gql, setLevel, tag } from './api.ts';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

/** A person at these trust and their-understanding levels, optionally introduced by another. */
const addPersonWithDepth = async (
  page: Page,
  name: string,
  trust: number,
  theirUnderstanding: number,
  introducedBy?: string,
) => {
  const { id } = await addPerson(
    page,
    introducedBy ? { name, originKind: 'PERSON', originPersonId: introducedBy } : { name },
  );
  await setLevel(page, id, 'trust', trust);
  await setLevel(page, id, 'theirUnderstanding', theirUnderstanding);
  return id;
};

test('the gap list: what to do per gap, two-step paths, nobody-knows suggestions, the threshold', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);

  // No profiles yet: the gap list says so and points to where they are made.
  await page.goto('/buyers/gaps');
  await expect(page.getByText('No target buyer profiles yet.')).toBeVisible();

  const priya = await addPersonWithDepth(page, 'Priya Shah', 4, 4);
  const tom = await addPersonWithDepth(page, 'Tom Tie', 1, 2, priya);
  const { id: cfos } = await addProfile(page, 'CFOs of B2B firms');
  const { id: founders } = await addProfile(page, 'Fintech founders');
  const { id: hr } = await addProfile(page, 'Heads of HR');
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
  await expectFitsPhone(page);

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
  await expectAccessible(page);

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
  await expectFitsPhone(page);
});
