import { expect, test } from '@playwright/test';
import { addPerson, addProfile } from './api.ts';
import { signUpEmpty } from './auth.ts';

test('knows tags: tag two people from the people list, change and remove a tag on the contact page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);

  // With no profile yet, the contact page points to where profiles are made.
  const ada = await addPerson(page, 'Ada Knows');
  await addPerson(page, 'Ben Knows');
  await addPerson(page, 'Cy Untagged');
  await page.goto(`/people/${ada.id}`);
  const panel = page.getByRole('region', { name: 'Target buyers they can reach' });
  await expect(panel.getByText('Not tagged as knowing any target buyer yet.')).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Create a profile' })).toHaveAttribute(
    'href',
    '/buyers',
  );

  await addProfile(page, 'CFOs of B2B firms');

  // Bulk: choose two people, tag them at once, read the summary.
  await page.goto('/people');
  await page.getByRole('checkbox', { name: 'Select Ada Knows' }).check();
  await page.getByRole('checkbox', { name: 'Select Ben Knows' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Tag as knowing…' }).click();
  const bulk = page.getByRole('form', { name: 'Tag 2 people as knowing a profile' });
  await expect(bulk.getByLabel('Profile')).toHaveValue(/.+/);
  await bulk.getByLabel('Strength').selectOption('WORKS_WITH');
  await bulk.getByRole('button', { name: 'Tag 2 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 people' })).toHaveText(
    'Tagged 2 people as knowing CFOs of B2B firms: 2 people newly tagged.',
  );
  await expect(page.getByRole('checkbox', { name: 'Select Ada Knows' })).not.toBeChecked();

  // The contact page shows the profile Ada can reach.
  await page.getByRole('link', { name: 'Ada Knows' }).click();
  const row = panel.getByTestId('knows-row');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('CFOs of B2B firms — Works with');

  // Change it: a date in the future is refused at its field; then saved with a note.
  await row.getByRole('button', { name: 'Change tag for CFOs of B2B firms' }).click();
  const edit = panel.getByRole('form', { name: 'Change tag for CFOs of B2B firms' });
  await edit.getByLabel('Strength').selectOption('CAN_INTRODUCE');
  await edit.getByLabel('Date learned').fill('2999-01-01');
  await edit.getByRole('button', { name: 'Save tag' }).click();
  await expect(edit.getByText('Date learned cannot be in the future')).toBeVisible();
  await edit.getByLabel('Date learned').fill('2024-05-01');
  await edit.getByLabel('Note').fill('Sat on the board of two');
  await edit.getByRole('button', { name: 'Save tag' }).click();
  await expect(panel.getByRole('status')).toHaveText('Tag for CFOs of B2B firms changed.');
  await expect(row).toContainText('CFOs of B2B firms — Can introduce');
  await expect(row).toContainText('since 1 May 2024');
  await expect(row).toContainText('Sat on the board of two');

  // Saved: a reload shows the same.
  await page.reload();
  await expect(row).toContainText('Can introduce');

  // Remove it, after confirming.
  await row.getByRole('button', { name: 'Remove tag for CFOs of B2B firms' }).click();
  await row.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(panel.getByRole('status')).toHaveText('Tag for CFOs of B2B firms removed.');
  await expect(row).toHaveCount(0);
  await expect(panel.getByText('Not tagged as knowing any target buyer yet.')).toBeVisible();

  // A tag can be added from the contact page too.
  await panel.getByRole('button', { name: 'Add a profile they can reach' }).click();
  const add = panel.getByRole('form', { name: 'Add a profile they can reach' });
  await add.getByLabel('Strength').selectOption('KNOWS_OF');
  await add.getByRole('button', { name: 'Add tag' }).click();
  await expect(row).toContainText('CFOs of B2B firms — Knows of');
});
