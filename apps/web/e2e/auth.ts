import { expect, type Page } from '@playwright/test';
import { SETUP_CODE } from './setup-code.ts';

/** Long enough for the server's rule (at least 10 characters). */
export const PASSWORD = 'a long enough password';

export type TestUser = { email: string; password: string; name: string };

let made = 0;

/** Every test makes its own accounts, so tests share the server without sharing data. */
export const uniqueEmail = (label = 'user'): string => {
  made += 1;
  return `${label}-${Date.now().toString(36)}-${made}@example.com`;
};

/**
 * Signs a new account up through the page. On a fresh server the first one is the owner's: the
 * server asks for the setup code, which is then filled in and the form sent again.
 */
export const signUp = async (page: Page, user: Partial<TestUser> = {}): Promise<TestUser> => {
  const account: TestUser = {
    email: uniqueEmail(),
    password: PASSWORD,
    name: 'Test User',
    ...user,
  };
  await page.goto('/sign-up');
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: /^Create (the owner account|your Tend account)$/,
    }),
  ).toBeVisible();
  await page.getByLabel('Name').fill(account.name);
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: /^Create (the owner )?account$/ }).click();
  const menu = page.getByTestId('account-menu');
  const setupCode = page.getByLabel('Setup code');
  await expect(menu.or(setupCode)).toBeVisible();
  if (await setupCode.isVisible()) {
    await setupCode.fill(SETUP_CODE);
    await page.getByRole('button', { name: 'Create the owner account' }).click();
  }
  await expect(menu).toContainText(account.email);
  return account;
};

/** Signs a new account up and starts it with no people, on the (empty) people list. */
export const signUpEmpty = async (page: Page, user: Partial<TestUser> = {}): Promise<TestUser> => {
  const account = await signUp(page, user);
  await page.getByRole('button', { name: 'Start with an empty network' }).click();
  await expect(page).toHaveURL(/\/people$/);
  return account;
};

/** Fills the sign-in form and submits it; the caller checks where that leads. */
export const signIn = async (page: Page, email: string, password: string): Promise<void> => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Tend' })).toBeVisible();
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
};

/** Signs out from the account menu in the header. */
export const signOut = async (page: Page): Promise<void> => {
  await page.getByTestId('account-menu').click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
};

/** The redirect target a sign-in page keeps, read from its address. */
export const redirectTarget = (page: Page): string | null =>
  new URL(page.url()).searchParams.get('redirect');
