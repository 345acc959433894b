import { expect, type Page, test } from '@playwright/test';
import { signUp } from './auth.ts';
import { expectAccessible } from './axe.ts';

/** A new account of its own with these people, added through the add form; ends on the last. */
const accountWith = async (page: Page, people: { name: string; email?: string }[]) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page).toHaveURL(/\/people$/);
  for (const person of people) {
    await page.goto('/people/new');
    await page.getByLabel('Name').fill(person.name);
    if (person.email) await page.getByLabel('E-mails').fill(person.email);
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: person.name })).toBeVisible();
  }
};

const facts = (page: Page) => page.locator('.person-header dl.facts');

const fitsTheWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

test.use({ viewport: { width: 375, height: 800 } });

test('edit a person’s details on their page, with the add form’s checks, and keep them after a reload', async ({
  page,
}) => {
  await accountWith(page, [{ name: 'Ada Lovelace', email: 'ada@example.com' }]);
  // Added without an origin: the page says so rather than claiming "Other".
  await expect(facts(page)).toContainText('OriginNot set');

  const edit = page.getByRole('button', { name: 'Edit details' });
  await edit.click();
  const form = page.getByRole('form', { name: 'Edit details' });
  await expect(form.getByLabel('Name')).toBeFocused();
  await expect(form.getByLabel('Name')).toHaveValue('Ada Lovelace');
  await expect(form.getByLabel('E-mails')).toHaveValue('ada@example.com');
  expect(await fitsTheWidth(page)).toBe(true);

  // Escape leaves without saving, and focus goes back to the button.
  await form.getByLabel('Name').fill('Someone Else');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(edit).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();

  await edit.click();
  await form.getByLabel('Name').fill('Ada King');
  await form.getByLabel('E-mails').fill('ada.king@example.com\nnot-an-email');
  await form.getByLabel('Origin note').fill('Former colleague');
  await form.getByRole('button', { name: 'Save details' }).click();
  // The server's issue is shown at its field, naming the entry, as on the add form.
  await expect(form.getByText('“not-an-email”: Enter a valid e-mail address')).toBeVisible();
  await expect(form.getByLabel('E-mails')).toBeFocused();
  // Both are announced: the form's summary and the field's own message.
  await expect(form.getByRole('alert')).toHaveText([
    'Some fields need attention: see the messages below them.',
    '“not-an-email”: Enter a valid e-mail address',
  ]);
  await expectAccessible(page);

  await form.getByLabel('E-mails').fill('ada.king@example.com');
  await form.getByRole('button', { name: 'Save details' }).click();
  await expect(form).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada King' })).toBeVisible();
  await expect(facts(page).getByRole('link', { name: 'ada.king@example.com' })).toBeVisible();
  await expect(facts(page)).toContainText('OriginFormer colleague');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada King' })).toBeVisible();
  await expect(facts(page).getByRole('link', { name: 'ada.king@example.com' })).toBeVisible();
  await expect(facts(page)).not.toContainText('ada@example.com');
  await expect(facts(page)).toContainText('OriginFormer colleague');
});

test('delete a person only once their name is typed; cancel and other text delete nothing', async ({
  page,
}) => {
  await accountWith(page, [{ name: 'Alan Turing' }, { name: 'Grace Hopper' }]);
  const personUrl = page.url();

  const openDelete = page.getByRole('button', { name: 'Delete…' });
  await openDelete.click();
  const panel = page.getByRole('region', { name: 'Delete Grace Hopper?' });
  // Archive and delete, told apart.
  await expect(panel).toContainText('Archive hides them from your lists and reminders');
  await expect(panel).toContainText('Delete removes them and all their history for good');
  await expect(panel.getByRole('button', { name: 'Archive instead' })).toBeVisible();
  const confirmation = panel.getByLabel('Type “Grace Hopper” to confirm');
  await expect(confirmation).toBeFocused();
  const remove = panel.getByRole('button', { name: 'Delete for good' });
  await expect(remove).toBeDisabled();
  expect(await fitsTheWidth(page)).toBe(true);

  // Other text leaves the button off, Enter included; Cancel closes with nothing deleted.
  await confirmation.fill('Grace');
  await expect(remove).toBeDisabled();
  await confirmation.press('Enter');
  await confirmation.fill('delete');
  await expect(remove).toBeDisabled();
  await panel.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel).toBeHidden();
  await expect(openDelete).toBeFocused();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();

  await openDelete.click();
  await confirmation.fill('grace  hopper');
  await expect(remove).toBeEnabled();
  await remove.click();

  await expect(page).toHaveURL(/\/people$/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Grace Hopper was deleted, with their history.' }),
  ).toBeVisible();
  const list = page.getByRole('list', { name: 'People' });
  await expect(list.getByRole('link', { name: 'Alan Turing' })).toBeVisible();
  await expect(list.getByRole('link', { name: 'Grace Hopper' })).toHaveCount(0);
  await expect(page.getByText('1 person')).toBeVisible();

  await page.goto(personUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Person not found' })).toBeVisible();
});
