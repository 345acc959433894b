import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { addPerson } from './api.ts';
import { signOut, signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

/** Names in other scripts, which must come back exactly as they went out. */
const PEOPLE = ['Zoë Fernández 👩🏽‍💻', 'محمد الأحمد', 'Grace Hopper'];

test('export everything, then restore it into a second account and find the same people', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  for (const name of PEOPLE) await addPerson(page, { name, company: 'Harbour & Co' });

  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Export and restore' });
  // This account holds people: restoring is not offered here, and it says why.
  await expect(
    section.getByText('An export can be restored only into an empty account'),
  ).toBeVisible();
  await expect(section.getByLabel('Export file')).toHaveCount(0);
  await expectFitsPhone(page);

  const exportButton = section.getByRole('button', { name: 'Export everything' });
  await exportButton.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^tend-export-\d{4}-\d{2}-\d{2}\.zip$/);
  const zipPath = await download.path();
  const zip = await readFile(zipPath);
  // A zip file: its local file header signature.
  expect(zip.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));

  await signOut(page);
  await signUpEmpty(page);
  await page.goto('/settings');
  const restore = page.getByRole('region', { name: 'Export and restore' });
  const fileInput = restore.getByLabel('Export file');
  // Nothing chosen yet: a clear message, nothing sent.
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore.getByRole('alert')).toHaveText('Choose the export file to restore.');
  // A file that is not an export is refused, with the server's reason.
  await fileInput.setInputFiles({
    name: 'contacts.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('name,email\r\nAnn,ann@example.com\r\n'),
  });
  await restore.getByRole('button', { name: 'Restore' }).click();
  await expect(restore.getByRole('alert')).toContainText('it is not JSON');
  await expectAccessible(page);

  await fileInput.setInputFiles(zipPath);
  await fileInput.focus();
  await page.keyboard.press('Tab');
  await expect(restore.getByRole('button', { name: 'Restore' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    restore.getByText(/^Restored 3 people, 0 touches, 0 groups and 0 referrals/),
  ).toBeVisible();
  // Now full, the account offers no second restore.
  await expect(restore.getByLabel('Export file')).toHaveCount(0);
  await expectFitsPhone(page);

  await page.goto('/people');
  for (const name of PEOPLE) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }
});
