import { expect, type Page, test } from '@playwright/test';
import { signUp } from './auth.ts';

const openSettings = async (page: Page) => {
  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
};

const keepingInTouch = (page: Page) => page.getByRole('region', { name: 'Keeping in touch' });

test.describe('in a browser in Auckland', () => {
  test.use({ timezoneId: 'Pacific/Auckland' });

  test('sign-up takes the browser’s time zone, shown and changeable while onboarding', async ({
    page,
  }) => {
    await signUp(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Tend' })).toBeVisible();
    const zone = page.getByRole('region', { name: 'Your time zone' });
    await expect(zone).toContainText('Days and weeks count in Pacific/Auckland');

    await openSettings(page);
    await expect(keepingInTouch(page).getByLabel('Time zone')).toHaveValue('Pacific/Auckland');

    await page.goto('/');
    await zone.getByRole('button', { name: 'Change time zone' }).click();
    await zone.getByLabel('Time zone').selectOption('America/New_York');
    await zone.getByRole('button', { name: 'Save time zone' }).click();
    await expect(zone).toContainText('Days and weeks count in America/New York');
    await openSettings(page);
    await expect(keepingInTouch(page).getByLabel('Time zone')).toHaveValue('America/New_York');
  });
});

test('settings say so when the server has no mail, instead of a box that does nothing', async ({
  page,
}) => {
  await signUp(page);
  await openSettings(page);
  const digest = keepingInTouch(page).getByLabel('E-mail me the weekly list when the week starts');
  await expect(digest).toBeDisabled();
  await expect(digest).not.toBeChecked();
  await expect(digest).toHaveAccessibleDescription(
    'This server has no mail set up, so no weekly e-mail is sent.',
  );
});

test('numbers past a field’s range, and text past its limit, are refused at the field', async ({
  page,
}) => {
  await signUp(page);
  await openSettings(page);
  const settings = keepingInTouch(page);
  const listSize = settings.getByLabel('People on the weekly list');
  await listSize.fill('99999999999');
  const offer = settings.getByLabel('My offer');
  // Pasted text is kept whole, never cut at the limit.
  await offer.fill('o'.repeat(501));
  await expect(offer).toHaveValue('o'.repeat(501));
  await expect(settings.getByText('501 / 500 characters')).toBeVisible();
  await expect(offer).toHaveAccessibleDescription(/At most 500 characters: this has 501/);
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(listSize).toHaveAccessibleDescription(/At most 20 people/);
  await expect(listSize).toHaveAttribute('aria-invalid', 'true');
  await expect(offer).toHaveAccessibleDescription(/At most 500 characters/);
  await expect(page.getByText(/cannot represent/)).toHaveCount(0);
});

test('every bad e-mail of a person is flagged, not just the last', async ({ page }) => {
  await signUp(page);
  await page.goto('/people/new');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('E-mails').fill('first-bad, ada@example.com, second bad@x');
  await page.getByRole('button', { name: 'Add person' }).click();
  const emails = page.getByLabel('E-mails');
  await expect(emails).toHaveAttribute('aria-invalid', 'true');
  await expect(emails).toHaveAccessibleDescription(/“first-bad”: Enter a valid e-mail address/);
  await expect(emails).toHaveAccessibleDescription(/“second bad@x”: Enter a valid e-mail address/);
});

test('an empty password says "Enter a password"', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill('someone@example.com');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription('Enter a password');
});
