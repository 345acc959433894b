import { expect, type Page, test } from '@playwright/test';
import { signUp } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

const startWithDemo = async (page: Page) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await expect(page.getByRole('button', { name: 'Explore with demo data' })).toBeHidden();
};

const regionCount = (page: Page, title: string) =>
  page
    .getByRole('list', { name: 'People per region' })
    .getByRole('listitem')
    .filter({ hasText: title });

/** The demo network at the default ready threshold (60: level 3 and up counts as high). */
const DEMO_COUNTS = {
  'Ready to refer': 7,
  'Brief them': 3,
  'Give first': 1,
  Acquaintance: 7,
};

test('network map: the demo network by region, a filter narrows it, keyboard and click open a person, the table sorts', async ({
  page,
}) => {
  await startWithDemo(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Map' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Network map' })).toBeVisible();

  for (const [title, count] of Object.entries(DEMO_COUNTS)) {
    await expect(regionCount(page, title)).toContainText(`${count} ${title}`);
  }
  const map = page.getByRole('group', { name: /^Network map of 18 people/ });
  await expect(map.getByRole('link')).toHaveCount(18);
  // The region's name and count are drawn on the map too.
  await expect(map.getByText('Ready to refer · 7')).toBeAttached();
  await expect(page.getByText('From Thursday Breakfast Club')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/network-map-1280.png', fullPage: true });
  await expectAccessible(page);

  // One tab stop for the whole map; the arrow keys walk it, the tooltip follows focus.
  const emma = map.getByRole('link', { name: /^Emma Clarke: readiness 100, ready to refer/ });
  await emma.focus();
  const tooltip = page.locator('.map-tooltip');
  await expect(tooltip).toContainText('Emma Clarke');
  await expect(tooltip).toContainText('Readiness 100 · Ready to refer');
  await expect(tooltip).toContainText('Next step: Keep the relationship warm');
  await page.keyboard.press('ArrowRight');
  await expect(emma).not.toBeFocused();
  await expect(map.locator('a[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(emma).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Emma Clarke' })).toBeVisible();
  await page.goBack();

  // A filter narrows the map and its counts, and stays in the address.
  await page.getByLabel('Tag').selectOption('power partner');
  await expect(page).toHaveURL(/tag=power/);
  await expect(page.getByRole('group', { name: /^Network map of 3 people/ })).toBeVisible();
  await expect(regionCount(page, 'Ready to refer')).toContainText('3 Ready to refer');
  await expect(regionCount(page, 'Acquaintance')).toContainText('0 Acquaintance');
  await page.getByLabel('Group').selectOption({ label: 'Riverside Chamber of Commerce' });
  const narrowed = page.getByRole('group', { name: /^Network map of 2 people/ });
  await expect(narrowed.getByRole('link')).toHaveCount(2);
  await narrowed.getByRole('link', { name: /^Grace Mensah/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Mensah' })).toBeVisible();
  await page.goBack();

  // Filters nobody matches say so, and clear in one click.
  await page.getByLabel('Tag').selectOption('same profession');
  await expect(page.getByText('Nobody in your network matches these filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).toHaveURL(/\/network$/);
  await expect(page.getByRole('group', { name: /^Network map of 18 people/ })).toBeVisible();

  // The same people as a table, sortable, for screen readers and for sorting.
  await page.getByRole('button', { name: 'Table' }).click();
  await expect(page.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table', { name: 'Everyone on the map' });
  await expect(table.getByRole('row')).toHaveCount(19);
  const firstName = () => table.getByRole('row').nth(1).getByRole('rowheader');
  await expect(firstName()).toHaveText('Emma Clarke');
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(table.getByRole('columnheader', { name: 'Name' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(firstName()).toHaveText('Aisha Karim');
  await table.getByRole('button', { name: 'Name' }).click();
  await expect(firstName()).toHaveText('Tom Okafor');
  await expectAccessible(page);

  // A phone: the map and the table fit, with no sideways scroll of the page.
  await page.setViewportSize({ width: 375, height: 800 });
  await expectFitsPhone(page);
  await page.getByRole('button', { name: 'Map' }).click();
  const phoneMap = page.getByRole('group', { name: /^Network map of 18 people/ });
  await expect(phoneMap).toBeVisible();
  // From the view toggle, the map is two tabs away: its one tab stop is the first person.
  await page.getByRole('button', { name: 'Map' }).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(phoneMap.getByRole('link').first()).toBeFocused();
  await expect(tooltip).toBeVisible();
  await expectFitsPhone(page);
  await page.screenshot({ path: 'test-results/screens/network-map-375.png', fullPage: true });
});

test('network map: an empty network points to adding people', async ({ page }) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await page.goto('/network');
  await expect(page.getByText('Your map is empty')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Add a person' }).last()).toBeVisible();
  await expect(page.getByRole('list', { name: 'People per region' })).toHaveCount(0);
  await expectAccessible(page);
});
