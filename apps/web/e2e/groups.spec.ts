import { expect, test } from '@playwright/test';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

test('groups: hourly rate, create with costs, edit, rate enjoyment twice, leave — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);

  // The hourly rate in Settings, with a field error for a comma first.
  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const rate = page.getByRole('form', { name: 'Your time and money' });
  await rate.getByLabel('Hourly rate').fill('12,5');
  await rate.getByRole('button', { name: 'Save rate' }).click();
  await expect(rate.getByText('Write the amount in digits')).toBeVisible();
  await rate.getByLabel('Hourly rate').fill('85.5');
  await rate.getByLabel('Currency').selectOption('GBP');
  await rate.getByRole('button', { name: 'Save rate' }).click();
  await expect(rate.getByText('Rate saved.')).toBeVisible();
  await expect(rate.getByLabel('Hourly rate')).toHaveValue('85.50');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Groups' })
    .click();
  await expect(page).toHaveURL(/\/groups$/);
  await expect(page.getByText('a group only feeds your network')).toBeVisible();

  await page.getByRole('button', { name: 'New group' }).click();
  const form = page.getByRole('form', { name: 'New group' });
  await form.getByLabel('Name').fill('Thursday Breakfast Club');
  await form.getByLabel(/^Fee Such/).fill('95.5');
  await form.getByLabel('Fee per').selectOption('MONTH');
  await form.getByLabel(/^Cost per meeting/).fill('14');
  await form.getByLabel(/^Travel cost per meeting/).fill('6.20');
  await form.getByLabel('Meets every (days)').fill('7');
  await form.getByLabel('Preparation').fill('20');
  await form.getByLabel('Travel', { exact: true }).fill('40');
  await form.getByLabel('Meeting', { exact: true }).fill('1441');
  await form.getByLabel('Chat afterwards').fill('15');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(form.getByText('Meeting can be at most 1440 minutes')).toBeVisible();
  await form.getByLabel('Meeting', { exact: true }).fill('90');
  await form.getByRole('button', { name: 'Create group' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Thursday Breakfast Club' }),
  ).toBeVisible();
  await expect(page.getByText('£95.50 a month')).toBeVisible();
  await expect(page.getByText('2 h 45 min')).toBeVisible();
  await expectFitsPhone(page);

  // Edit: a new name.
  await page.getByRole('button', { name: 'Edit' }).click();
  const edit = page.getByRole('form', { name: 'Edit group' });
  await edit.getByLabel('Name').fill('Breakfast Club');
  await edit.getByRole('button', { name: 'Save group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breakfast Club' })).toBeVisible();

  // Two ratings on two dates: both in the history, newest first.
  const rating = page.getByRole('form', { name: 'Rate enjoyment' });
  await rating.getByLabel('5', { exact: true }).check();
  await rating.getByLabel('On', { exact: true }).fill('2026-01-15');
  await rating.getByRole('button', { name: 'Save rating' }).click();
  const history = page.getByRole('list', { name: 'Enjoyment history' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await rating.getByLabel('2', { exact: true }).check();
  await rating.getByLabel('On', { exact: true }).fill('2026-03-01');
  await rating.getByLabel('Note').fill('Less useful now');
  await rating.getByRole('button', { name: 'Save rating' }).click();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expect(history.getByRole('listitem').first()).toContainText('2 of 5 · Less useful now');
  await expect(history.getByRole('listitem').last()).toContainText('5 of 5');

  // Leave asks first, then marks the group left; its ratings stay.
  await page.getByRole('button', { name: 'Leave group' }).click();
  await page.getByRole('button', { name: 'Leave today' }).click();
  await expect(page.getByText('You left this group on')).toBeVisible();
  await expect(history.getByRole('listitem')).toHaveCount(2);
  await expectFitsPhone(page);
  await expectAccessible(page);

  await page.getByRole('link', { name: '← Groups' }).click();
  const row = page.getByRole('list', { name: 'Groups' }).getByRole('listitem');
  await expect(row).toContainText('Breakfast Club');
  await expect(row).toContainText('Left');
  await expectAccessible(page);
  await expectFitsPhone(page);
});
