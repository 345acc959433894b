import { expect, test } from '@playwright/test';
import { signUp } from './auth.ts';

test('a touch’s cost is exact money, and search finds a name without its accents', async ({
  page,
}) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page.getByText('No people yet')).toBeVisible();
  await page.getByRole('link', { name: 'Add person' }).first().click();
  // Typed decomposed: "e" and a combining acute accent.
  await page.getByLabel('Name').fill('Zoe\u0301 Dupont');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Zoé Dupont/ })).toBeVisible();

  // The browser's locale (en-GB) picks the currency; a third decimal place is refused at the field.
  const form = page.getByRole('form', { name: 'Log a touch' });
  await expect(form.getByLabel('Currency')).toHaveValue('GBP');
  await form.getByLabel('Cost').fill('12.345');
  await form.getByRole('button', { name: 'Log touch' }).click();
  await expect(form.getByText('Cost can have at most 2 decimal places')).toBeVisible();
  await expect(form.getByLabel('Cost')).toBeFocused();
  await form.getByLabel('Cost').fill('12.3');
  await expect(form.getByText('Cost can have at most 2 decimal places')).toHaveCount(0);
  await form.getByLabel('Notes').fill('Lunch at the Lantern');
  await form.getByRole('button', { name: 'Log touch' }).click();

  const timeline = page.getByRole('region', { name: /^Timeline/ });
  const entry = timeline.getByRole('listitem').filter({ hasText: 'Lunch at the Lantern' });
  await expect(entry).toContainText('cost £12.30');

  // An edit keeps the cost, and changes its currency; the server's rule for yen shows at the field.
  await entry.getByRole('button', { name: /^Edit / }).click();
  const editForm = timeline.getByRole('form', { name: 'Edit touch' });
  await expect(editForm.getByLabel('Cost')).toHaveValue('12.30');
  await editForm.getByLabel('Currency').selectOption('JPY');
  await editForm.getByRole('button', { name: 'Save touch' }).click();
  await expect(editForm.getByText('JPY amounts are whole, with no decimal places')).toBeVisible();
  await editForm.getByLabel('Cost').fill('1500');
  await editForm.getByRole('button', { name: 'Save touch' }).click();
  await expect(entry).toContainText('cost JP¥1,500');
  await page.reload();
  await expect(
    page.getByRole('region', { name: /^Timeline/ }).getByText('cost JP¥1,500'),
  ).toBeVisible();

  // Search: no accent, another case, either Unicode form.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  const search = page.getByLabel('Search people');
  for (const query of ['zoe', 'ZOÉ', 'Zoe\u0301']) {
    await search.fill(query);
    await expect(page.getByRole('link', { name: 'Zoé Dupont' })).toBeVisible();
  }
  await search.fill('zoey');
  await expect(page.getByRole('link', { name: 'Zoé Dupont' })).toHaveCount(0);
});
