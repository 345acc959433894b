import { expect, test } from '@playwright/test';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';

test('target buyer profiles: empty state, create, edit, archive, restore, reload', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Buyers' })
    .click();
  await expect(page).toHaveURL(/\/buyers$/);
  await expect(page.getByText('A target buyer profile describes')).toBeVisible();
  await expect(
    page.getByText('CFOs of 50–500 person B2B firms in the North of England'),
  ).toBeVisible();

  // Bad input is named at its field and nothing is created.
  await page.getByRole('button', { name: 'New profile' }).click();
  const form = page.getByRole('form', { name: 'New target buyer profile' });
  await form.getByRole('button', { name: 'Create profile' }).click();
  await expect(form.getByText('Name is required')).toBeVisible();
  await form.getByLabel('Name').fill('CFOs of 50–500 person B2B firms');
  await form.getByLabel('Roles').fill('CFO, Finance Director');
  await form.getByLabel('Industries').fill('B2B software');
  await form.getByLabel('Company size from').fill('500');
  await form.getByLabel('Company size to').fill('50');
  await form.getByLabel('Regions').fill('North of England');
  await form.getByRole('button', { name: 'Create profile' }).click();
  await expect(form.getByText('Largest company size must be at least the smallest')).toBeVisible();
  await expect(form.getByLabel('Company size to')).toBeFocused();

  await form.getByLabel('Company size from').fill('50');
  await form.getByLabel('Company size to').fill('500');
  await form.getByRole('button', { name: 'Create profile' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'CFOs of 50–500 person B2B firms' }),
  ).toBeVisible();
  await expect(page.getByText('50–500 people')).toBeVisible();
  await expect(page.getByText('CFO, Finance Director')).toBeVisible();

  // Edit: a new name and regions; clearing the upper bound leaves an open range.
  await page.getByRole('button', { name: 'Edit profile' }).click();
  const edit = page.getByRole('form', { name: 'Edit target buyer profile' });
  await edit.getByLabel('Name').fill('Finance leads of growing B2B firms');
  await edit.getByLabel('Company size to').fill('');
  await edit.getByLabel('Regions').fill('North of England\nScotland');
  await edit.getByRole('button', { name: 'Save profile' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Finance leads of growing B2B firms' }),
  ).toBeVisible();
  await expect(page.getByText('50+ people')).toBeVisible();
  await expect(page.getByText('North of England, Scotland')).toBeVisible();
  await expectAccessible(page);

  // Archive asks first, then keeps the profile, shown apart in the list.
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('button', { name: 'Archive' }).first().click();
  await expect(page.getByText('Archived: not in your list of target buyers')).toBeVisible();
  await page.getByRole('link', { name: '← Target buyers' }).click();
  await expect(page.getByText('A target buyer profile describes')).toBeVisible();
  const archived = page.getByRole('list', { name: 'Archived profiles' });
  await expect(
    archived.getByRole('link', { name: 'Finance leads of growing B2B firms' }),
  ).toBeVisible();

  await page.reload();
  await expect(
    archived.getByRole('link', { name: 'Finance leads of growing B2B firms' }),
  ).toBeVisible();
  await archived
    .getByRole('button', { name: 'Restore Finance leads of growing B2B firms' })
    .click();
  const active = page.getByRole('list', { name: 'Target buyer profiles' });
  await expect(
    active.getByRole('link', { name: 'Finance leads of growing B2B firms' }),
  ).toBeVisible();
  await expect(archived).toHaveCount(0);

  await page.reload();
  await expect(active.getByText('CFO, Finance Director · 50+ people')).toBeVisible();
  await expectAccessible(page);
});
