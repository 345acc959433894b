import { expect, test } from '@playwright/test';
import { addPerson } from './api.ts';
import { signUp } from './auth.ts';
import { expectAccessible } from './axe.ts';

const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada,ada@engines.example,Analytical Engines,Engineer,01 Dec 2026
Zoe,Unal,https://www.linkedin.com/in/zoe,ZOE@unal.example,Ünal & Co,Founder,02 Dec 2026
,,https://www.linkedin.com/in/nobody,nobody@example.com,,,03 Dec 2026
`;

const VCARDS = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Jürgen Müller',
  'EMAIL;TYPE=WORK:juergen@mueller.example',
  'TEL;TYPE=CELL:+49 151 1234567',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Zoë Ünal',
  'EMAIL:zoe@unal.example',
  'TEL;TYPE=cell:+44 7700 900123',
  'END:VCARD',
  '',
].join('\r\n');

const fileOf = (name: string, text: string, mimeType: string) => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
});

test('import a LinkedIn CSV and a vCard file, see the preview, import, see the people, undo', async ({
  page,
}) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page).toHaveURL(/\/people$/);
  await addPerson(page, { name: 'Zoë Ünal', emails: ['zoe@unal.example'] });
  await page.reload();

  await page.getByRole('link', { name: 'Import contacts' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();
  await expect(page.getByText('No imports yet.')).toBeVisible();

  // A file over the limit is refused before it is sent.
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(fileOf('huge.csv', 'x'.repeat(10 * 1024 * 1024 + 1), 'text/csv'));
  await expect(page.getByRole('alert')).toContainText('The file is 10.1 MB');

  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(fileOf('Connections.csv', LINKEDIN, 'text/csv'));
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.getByRole('heading', { name: 'Preview of Connections.csv' })).toBeVisible();
  await expect(page.getByLabel('Import “URL” as')).toHaveValue('');
  await expect(page.getByLabel('Import “Email Address” as')).toHaveValue('EMAIL');
  const preview = page.getByRole('region', { name: 'Preview of Connections.csv' });
  await expect(preview.getByText('1 new · 1 to merge · 1 rejected')).toBeVisible();
  const rows = preview.getByRole('row');
  await expect(rows.filter({ hasText: 'Ada Lovelace' })).toContainText('New person');
  const merge = rows.filter({ hasText: 'Zoe Unal' });
  await expect(merge).toContainText('Merge into Zoë Ünal');
  await expect(merge).toContainText('fills company: Ünal & Co');
  await expect(rows.filter({ hasText: '(no name)' })).toContainText('No name');
  await expectAccessible(page);
  await expect(page.getByLabel('Import row 3')).toBeDisabled();

  await page.getByRole('form', { name: 'Import' }).getByLabel('Tag').fill('LinkedIn');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await expect(
    page.getByText('1 person created, 1 merged into people you had, 1 rejected.'),
  ).toBeVisible();

  // The vCard file: Zoë again (a merge that adds her phone), and Jürgen.
  await page.getByRole('link', { name: 'Import another file' }).click();
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(fileOf('phone.vcf', VCARDS, 'text/vcard'));
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  const cards = page.getByRole('region', { name: 'Preview of phone.vcf' });
  await expect(cards.getByText('1 new · 1 to merge · 0 rejected')).toBeVisible();
  await expect(cards.getByRole('row').filter({ hasText: 'Zoë Ünal' })).toContainText(
    'adds phone: +44 7700 900123',
  );
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Imported' })).toBeVisible();

  await page.getByRole('link', { name: 'See your people' }).click();
  await expect(page.getByText('3 people')).toBeVisible();
  for (const name of ['Ada Lovelace', 'Jürgen Müller', 'Zoë Ünal']) {
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  }

  // Undo the LinkedIn import: Ada goes, Zoë loses the company it filled; the vCard's stay.
  await page.getByRole('link', { name: 'Import contacts' }).first().click();
  await page.getByRole('button', { name: 'Undo the import of Connections.csv' }).click();
  await expect(
    page.getByText('Remove the 1 person this import created and restore what it merged?'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('Import undone: removed 1 person, restored 1 person.')).toBeVisible();
  await expectAccessible(page);

  await page.goto('/people');
  await expect(page.getByText('2 people')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Zoë Ünal', exact: true }).click();
  await expect(page.getByText('+44 7700 900123')).toBeVisible();
  await expect(page.getByText('Ünal & Co')).toHaveCount(0);
});

test('a preview that will not be imported is discarded, with its file', async ({ page }) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await page.goto('/people/import');
  await page
    .getByLabel('File', { exact: true })
    .setInputFiles(fileOf('Connections.csv', LINKEDIN, 'text/csv'));
  await page.getByRole('button', { name: 'Upload and preview' }).click();
  await expect(page.getByRole('heading', { name: 'Preview of Connections.csv' })).toBeVisible();

  await page.goto('/people/import');
  const past = page.getByRole('region', { name: 'Past imports' });
  await expect(past).toContainText('previewed: 2 to create, 0 to merge, 1 rejected');
  await past.getByRole('button', { name: 'Discard the preview of Connections.csv' }).click();
  await expect(past.getByText('Delete this preview and the uploaded file?')).toBeVisible();
  await past.getByRole('button', { name: 'Discard preview' }).click();
  await expect(past.getByText('Preview of Connections.csv discarded')).toBeVisible();
  await expect(past.getByText('No imports yet.')).toBeVisible();
  await expectAccessible(page);
});
