import { type Browser, expect, type Page, test } from '@playwright/test';
import { PASSWORD, redirectTarget, signIn, signOut, signUp, uniqueEmail } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { SETUP_CODE } from './setup-code.ts';

const NEW_PASSWORD = 'another long password';

/** A second browser, with its own cookies: another device, or another person. */
const otherBrowser = async (browser: Browser) => {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
};

const openSettings = async (page: Page) => {
  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
};

const sessionsOf = (page: Page) => page.getByRole('region', { name: 'Where you are signed in' });

/** Signing out everywhere asks first. */
const signOutEverywhere = async (page: Page) => {
  const sessions = sessionsOf(page);
  await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(sessions.getByText('Sign out on every device, this one included?')).toBeVisible();
  await sessions.getByRole('button', { name: 'Sign out everywhere' }).click();
};

test('without the setup code nobody can create the owner account', async ({ page, request }) => {
  // Nothing the server says to a stranger tells whether it has an owner yet.
  expect(await (await request.get('/auth/session')).json()).toEqual({
    signedIn: false,
    allowSignUp: true,
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await page.getByRole('link', { name: 'Create an account' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create your Tend account' }),
  ).toBeVisible();
  await expect(page.getByLabel('Setup code')).toHaveCount(0);
  await expectAccessible(page);

  const email = uniqueEmail('stranger');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  // A fresh server answers that it needs the code: the form asks for it, at its own field.
  const setupCode = page.getByLabel('Setup code');
  await expect(
    page.getByText('Enter the setup code printed in the server log to create the owner account'),
  ).toBeVisible();
  await expect(setupCode).toBeFocused();
  await expect(setupCode).toHaveAttribute('aria-invalid', 'true');
  await expect(setupCode).toHaveAccessibleDescription(
    /Enter the setup code printed in the server log/,
  );
  await expectAccessible(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create the owner account' }),
  ).toBeVisible();

  await setupCode.fill('QX7M-4KDT-9WBR-2HNZ');
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(
    page.getByText('That is not the setup code printed in the server log'),
  ).toBeVisible();
  await expect(page.getByTestId('account-menu')).toHaveCount(0);

  // Nothing was made: the e-mail and password open no account.
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password');
  await expectAccessible(page);
});

test('the link a new server prints opens the owner’s sign-up with its code, then the code is spent', async ({
  page,
}) => {
  await page.goto(`/?setup=${SETUP_CODE}`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Create the owner account' }),
  ).toBeVisible();
  await expect(page.getByText(/keeps any people, touches and groups/)).toBeVisible();
  await expect(page.getByLabel('Setup code')).toHaveValue(SETUP_CODE);
  // The code does not linger in the address bar.
  await expect(page).toHaveURL(/\/sign-up$/);
  expect(page.url()).not.toContain(SETUP_CODE);

  // The server's rules show next to the field they concern.
  const email = uniqueEmail('ada');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill('too short');
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page.getByText('Use at least 10 characters')).toBeVisible();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page.getByTestId('account-menu')).toContainText(email);
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Tend' })).toBeVisible();

  // Opened again, the link creates nothing: the owner exists.
  await signOut(page);
  await page.goto(`/?setup=${SETUP_CODE}`);
  await page.getByLabel('E-mail').fill(uniqueEmail('late'));
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create the owner account' }).click();
  await expect(page.getByText(/the setup code is spent/)).toBeVisible();
  await expect(page.getByTestId('account-menu')).toHaveCount(0);

  await page.getByRole('link', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Create an account' }).click();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('An account with this e-mail already exists')).toBeVisible();
  await page.getByRole('link', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);

  await signIn(page, email, 'not the right password');
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password');
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);

  await signIn(page, email.toUpperCase(), PASSWORD);
  await expect(page.getByTestId('account-menu')).toContainText(email);
  // Signed in, the sign-in page is not where you stay.
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Tend' })).toBeVisible();
});

test('a signed-out visit goes to sign-in, then back to where it was headed', async ({ page }) => {
  const user = await signUp(page);
  await signOut(page);

  await page.goto('/people?sort=NEXT_DUE');
  await expect(page).toHaveURL(/\/sign-in\?/);
  expect(redirectTarget(page)).toBe('/people?sort=NEXT_DUE');
  await expect(page.getByTestId('account-menu')).toHaveCount(0);

  await page.getByLabel('E-mail').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/people\?sort=NEXT_DUE$/);
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expectAccessible(page);
});

test('a second account cannot see the first one’s people', async ({ page, browser }) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page).toHaveURL(/\/people$/);
  const name = `Grace Hopper ${Date.now().toString(36)}`;
  await page.getByRole('link', { name: 'Add person' }).first().click();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const personUrl = page.url();

  const other = await otherBrowser(browser);
  try {
    await signUp(other.page);
    await other.page.getByRole('button', { name: 'Start with an empty network' }).click();
    await expect(other.page.getByText('No people yet')).toBeVisible();
    await expect(other.page.getByRole('link', { name })).toHaveCount(0);

    // Even with the address, the person is not there for this account.
    await other.page.goto(personUrl);
    await expect(
      other.page.getByRole('heading', { level: 1, name: 'Person not found' }),
    ).toBeVisible();
    await expect(other.page.getByText(name)).toHaveCount(0);
  } finally {
    await other.context.close();
  }

  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
});

test('changing the password signs out the other sessions; the new one signs in', async ({
  page,
  browser,
}) => {
  const user = await signUp(page);
  const other = await otherBrowser(browser);
  try {
    await signIn(other.page, user.email, user.password);
    await expect(other.page.getByTestId('account-menu')).toContainText(user.email);

    await openSettings(page);
    const sessions = sessionsOf(page);
    await expect(sessions.getByRole('listitem')).toHaveCount(2);
    await expect(sessions.getByText('This device')).toHaveCount(1);

    const form = page.getByRole('form', { name: 'Change password' });
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('New password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('That is not your current password')).toBeVisible();

    await form.getByLabel('Current password').fill(user.password);
    await form.getByRole('button', { name: 'Change password' }).click();
    await expect(form.getByText('Password changed. Other sessions were signed out.')).toBeVisible();
    await expect(sessions.getByRole('listitem')).toHaveCount(1);

    // The other browser's next request finds its session gone and asks it to sign in.
    await other.page.getByRole('link', { name: 'People', exact: true }).click();
    await expect(other.page).toHaveURL(/\/sign-in\?/);
    expect(redirectTarget(other.page)).toBe('/people');
  } finally {
    await other.context.close();
  }

  await signOut(page);
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password');
  await signIn(page, user.email, NEW_PASSWORD);
  await expect(page.getByTestId('account-menu')).toContainText(user.email);
});

test('sign out another device, then everywhere', async ({ page, browser }) => {
  const user = await signUp(page);
  const other = await otherBrowser(browser);
  try {
    await signIn(other.page, user.email, user.password);
    await expect(other.page.getByTestId('account-menu')).toContainText(user.email);

    await openSettings(page);
    const sessions = sessionsOf(page);
    await expect(sessions.getByRole('listitem')).toHaveCount(2);
    await sessions.getByRole('button', { name: /^Sign out .+, last seen / }).click();
    await expect(sessions.getByRole('listitem')).toHaveCount(1);
    await expect(sessions.getByText('This device')).toBeVisible();

    await other.page.getByRole('link', { name: 'People', exact: true }).click();
    await expect(other.page).toHaveURL(/\/sign-in\?/);
  } finally {
    await other.context.close();
  }

  // Signing out everywhere ends this session too.
  await signOutEverywhere(page);
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByText('You were signed out on every device.')).toBeVisible();
  await page.goto('/settings');
  await expect(page).toHaveURL(/\/sign-in\?/);
  expect(redirectTarget(page)).toBe('/settings');
});

test('deleting the account takes its password and typed e-mail, then it is gone', async ({
  page,
  request,
}) => {
  // Another account first, so this one is never the server's owner, even when run alone (the
  // bystander is then the owner, which takes the setup code).
  const bystander = { email: uniqueEmail('bystander'), password: PASSWORD };
  const post = (data: Record<string, string>) =>
    request.post('/auth/sign-up', { headers: { 'x-tend-csrf': '1' }, data });
  let made = await post(bystander);
  if (made.status() === 403) made = await post({ ...bystander, setupCode: SETUP_CODE });
  expect(made.status()).toBe(201);

  const user = await signUp(page);
  await openSettings(page);
  const zone = page.getByRole('region', { name: 'Delete account' });
  const remove = zone.getByRole('button', { name: 'Delete my account and all its data' });
  await expect(remove).toBeDisabled();
  await zone.getByLabel('Your password').fill('not my password');
  await zone.getByLabel('Type your e-mail to confirm').fill('someone-else@example.com');
  await expect(remove).toBeDisabled();
  await zone.getByLabel('Type your e-mail to confirm').fill(user.email.toUpperCase());
  await expect(remove).toBeEnabled();
  await remove.click();
  await expect(zone.getByText('That is not your password')).toBeVisible();

  await zone.getByLabel('Your password').fill(user.password);
  await remove.click();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByText('Your account and all its data were deleted.')).toBeVisible();

  await signIn(page, user.email, user.password);
  await expect(page.getByRole('alert')).toHaveText('Wrong e-mail or password');
});
