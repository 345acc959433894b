import { expect, test } from '@playwright/test';
import { signUp } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { DAY_MS, londonDate, londonDatePlus, londonInput } from './london.ts';

test('a new account: add a person, set depth, log a touch and see the due date move', async ({
  page,
}) => {
  const now = Date.now();
  // A new account of its own: whichever test runs first on the server makes the owner.
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByText('No people yet')).toBeVisible();

  await page.getByRole('link', { name: 'Add person' }).first().click();
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('Company').fill('Analytical Engines Ltd');
  await page.getByRole('button', { name: 'Add person' }).click();

  await expect(page.getByRole('heading', { level: 1, name: /Ada Lovelace/ })).toBeVisible();
  // Someone never touched is due one default cadence (90 days at this depth) after being added.
  await expect(page.getByTestId('next-due')).toHaveText(`Next due: ${londonDatePlus(now, 90)}`);
  await expect(page.getByTestId('last-depth-touch')).toHaveText('No depth touch yet');

  // Trust and their understanding at 3 make readiness 60: a deeper tie, a tighter cadence.
  const trust = page.getByRole('group', { name: 'Trust' });
  await trust.getByRole('button', { name: 'Trusts my work' }).click();
  await expect(trust.getByRole('button', { name: 'Trusts my work' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const understanding = page.getByRole('group', { name: 'Their understanding of my business' });
  await understanding.getByRole('button', { name: 'Knows who I help' }).click();
  await expect(page.getByText('60 / 100')).toBeVisible();
  await expect(page.getByTestId('next-due')).toHaveText(`Next due: ${londonDatePlus(now, 30)}`);

  // A one-to-one last week counts from its own date.
  const touchDay = londonInput.format(now - 5 * DAY_MS);
  const form = page.getByRole('form', { name: 'Log a touch' });
  await form.getByLabel('Kind').selectOption('ONE_TO_ONE');
  await form.getByLabel('Date').fill(touchDay);
  await form.getByLabel('Notes').fill('Coffee: her goals for next year');
  await form.getByRole('button', { name: 'Log touch' }).click();

  const touchNoon = new Date(`${touchDay}T12:00:00Z`).getTime();
  await expect(page.getByTestId('last-depth-touch')).toHaveText(
    `Last depth touch: ${londonDate.format(touchNoon)}`,
  );
  await expect(page.getByTestId('next-due')).toHaveText(
    `Next due: ${londonDatePlus(touchNoon, 30)}`,
  );
  await expect(page.getByText('Coffee: her goals for next year')).toBeVisible();
  await expectAccessible(page);

  // Everything was saved: a reload shows the same.
  await page.reload();
  await expect(page.getByTestId('next-due')).toHaveText(
    `Next due: ${londonDatePlus(touchNoon, 30)}`,
  );
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  await expectAccessible(page);
});
