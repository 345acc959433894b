import { expect, type Locator, type Page, test } from '@playwright/test';
import { gql } from './api.ts';
import { signUp, signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { DAY_MS } from './london.ts';
import { expectFitsPhone } from './screen.ts';

const WIDTHS = [375, 1280] as const;

/** The first link on the page whose address matches, as a path with its real id. */
const linkPath = async (page: Page, pattern: RegExp) => {
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const path = hrefs.find((href) => pattern.test(href));
  expect(path, `a link matching ${pattern} on ${page.url()}`).toBeDefined();
  return path as string;
};

/** Waits until the page shows its heading and nothing is still loading. */
const settled = async (page: Page) => {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
};

/**
 * Opens a page at a phone's width and a laptop's, checking each fits and passes axe, with a
 * screenshot of each for a person to look over.
 */
const checkPage = async (page: Page, name: string, path: string) => {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(path);
    await settled(page);
    if (width === 375) await expectFitsPhone(page);
    await expectAccessible(page);
    await page.screenshot({ path: `test-results/screens/${name}-${width}.png`, fullPage: true });
  }
};

test('every page fits a phone, reads at a laptop width and passes axe', async ({ page }) => {
  test.setTimeout(300_000);
  await checkPage(page, 'sign-in', '/sign-in');
  await checkPage(page, 'sign-up', '/sign-up');

  await signUp(page);
  await checkPage(page, 'welcome', '/');
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await expect(page.getByRole('button', { name: 'Explore with demo data' })).toHaveCount(0);

  await checkPage(page, 'this-week', '/');
  await checkPage(page, 'past-weeks', '/weeks');
  await checkPage(page, 'people', '/people');
  const personPath = await linkPath(page, /^\/people\/[0-9a-f-]{36}$/);
  await checkPage(page, 'add-person', '/people/new');
  await checkPage(page, 'import', '/people/import');
  await checkPage(page, 'person', personPath);

  // A one-to-one planned with that person, so the upcoming list and its prep brief have one.
  const personId = personPath.split('/').at(-1) ?? '';
  const startsAt = new Date(Date.now() + 2 * DAY_MS);
  startsAt.setUTCHours(9, 30, 0, 0);
  await gql(
    page,
    'mutation ($personId: ID!, $input: ScheduleOneToOneInput!) { result: scheduleOneToOne(personId: $personId, input: $input) { __typename } }',
    { personId, input: { startsAt: startsAt.toISOString(), place: 'The Crown, Bath' } },
  );
  await checkPage(page, 'person-with-one-to-one', personPath);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/screens/person-edit-1280.png', fullPage: true });

  await checkPage(page, 'one-to-ones', '/one-to-ones');
  await checkPage(page, 'prep-brief', await linkPath(page, /^\/one-to-ones\/[^/]+\/brief$/));
  await checkPage(page, 'buyers', '/buyers');
  const buyerPath = await linkPath(page, /^\/buyers\/[0-9a-f-]{36}$/);
  await checkPage(page, 'buyer-gaps', '/buyers/gaps');
  await checkPage(page, 'buyer', buyerPath);
  await checkPage(page, 'referrals', '/referrals');
  await checkPage(page, 'groups', '/groups');
  const groupPath = await linkPath(page, /^\/groups\/[0-9a-f-]{36}$/);
  await checkPage(page, 'group', groupPath);
  await checkPage(page, 'group-review', `${groupPath}/review`);
  await checkPage(page, 'network-map', '/network');
  await checkPage(page, 'network-table', '/network?view=table');
  await checkPage(page, 'log-a-touch', '/log');
  await checkPage(page, 'went-today', '/went-today');
  await checkPage(page, 'settings', '/settings');
  await checkPage(page, 'not-found', '/no-such-page');
});

/** Presses Tab until the target has the focus, as someone without a mouse would. */
const tabTo = async (page: Page, target: Locator, limit = 150) => {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${target} not reached in ${limit} presses of Tab`);
};

test('keyboard only: add a person, log a touch, open and close a form with Escape', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);

  await tabTo(page, page.getByRole('link', { name: 'Add person' }).first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add person' })).toBeVisible();

  // Sent empty, the form says why out loud and puts the focus on the field to fix.
  const name = page.getByLabel('Name');
  await tabTo(page, name);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Name is required' })).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await page.keyboard.type('Ada Keyboard');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Ada Keyboard/ })).toBeVisible();

  const form = page.getByRole('form', { name: 'Log a touch' });
  await tabTo(page, form.getByLabel('Notes'));
  await page.keyboard.type('Coffee, planned by keyboard');
  await tabTo(page, form.getByRole('button', { name: 'Log touch' }), 5);
  await page.keyboard.press('Space');
  await expect(form.getByRole('status')).toContainText('Logged: One-to-one');
  await expect(page.getByText('Coffee, planned by keyboard')).toBeVisible();

  // Escape drops an opened form and gives the focus back to the button that opened it.
  const schedule = page.getByRole('button', { name: 'Schedule one-to-one' });
  await tabTo(page, schedule);
  await page.keyboard.press('Enter');
  const planning = page.getByRole('form', { name: 'Schedule a one-to-one with Ada Keyboard' });
  await expect(planning).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(planning).toHaveCount(0);
  await expect(schedule).toBeFocused();
  await expectAccessible(page);
});
