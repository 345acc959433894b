import { expect, type Page, test } from '@playwright/test';
import { addGroup, addPerson, gql } from './api.ts';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

type Manifest = {
  name: string;
  start_url: string;
  display: string;
  icons: { src: string; sizes: string; type: string }[];
  shortcuts: { name: string; url: string }[];
};

/** The manifest the page links to, as the browser reads it. */
const linkedManifest = async (page: Page) => {
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await page.request.get(href ?? '');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toBe('application/manifest+json');
  return (await response.json()) as Manifest;
};

/** Where a home-screen shortcut opens: tap 1. */
const openShortcut = async (page: Page, name: string) => {
  const shortcut = (await linkedManifest(page)).shortcuts.find((s) => s.name === name);
  expect(shortcut, `the "${name}" shortcut`).toBeDefined();
  await page.goto(shortcut?.url ?? '');
};

/** The paths of everything the service worker has kept. */
const cachedPaths = (page: Page) =>
  page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) paths.push(new URL(request.url).pathname);
    }
    return paths;
  });

test('the manifest is linked and names the app, its icons and two shortcuts', async ({ page }) => {
  await page.goto('/sign-in');
  const manifest = await linkedManifest(page);
  expect(manifest).toMatchObject({ name: 'Tend', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons) {
    const image = await page.request.get(icon.src);
    expect({ src: icon.src, ok: image.ok(), type: image.headers()['content-type'] }).toEqual({
      src: icon.src,
      ok: true,
      type: icon.type,
    });
  }
  expect(manifest.shortcuts.map(({ name, url }) => ({ name, url }))).toEqual([
    { name: 'Log a touch', url: '/log' },
    { name: 'I went today', url: '/went-today' },
  ]);
});

test('the service worker keeps the shell for offline starts, and never the account’s data — at 375 px', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? ''))
    .toMatch(/\/sw\.js$/);

  // Online, under the worker, the page reads the account's data as usual.
  await addPerson(page, 'Ada Fresh');
  await page.reload();
  await expect(page.getByRole('link', { name: 'Ada Fresh' })).toBeVisible();

  await context.setOffline(true);
  await page.reload();
  // The app's own shell, not the browser's offline error, on the same address.
  await expect(page.getByRole('link', { name: 'Tend home' })).toBeVisible();
  await expect(page.getByRole('alert').getByRole('button', { name: 'Try again' })).toBeVisible();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByText('Ada Fresh')).toHaveCount(0);
  await expectFitsPhone(page);

  const cached = await cachedPaths(page);
  expect(cached).toEqual(expect.arrayContaining(['/index.html', '/offline.html']));
  expect(cached.some((path) => path.startsWith('/assets/') && path.endsWith('.js'))).toBe(true);
  const serverPaths = /^\/(graphql|auth|calendar|export|imports|healthz)(\/|$)/;
  expect(cached.filter((path) => serverPaths.test(path))).toEqual([]);
  // Nor does a GraphQL request come from a cache: offline, it cannot be answered at all.
  const graphql = await page.evaluate(() =>
    fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tend-csrf': '1' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    }).then(
      (response) => `answered ${response.status}`,
      () => 'failed',
    ),
  );
  expect(graphql).toBe('failed');

  // Without a kept shell, the offline page says why nothing shows.
  await page.evaluate(async () => {
    for (const name of await caches.keys()) await (await caches.open(name)).delete('/index.html');
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.getByText('always come fresh from the server')).toBeVisible();
  await expectFitsPhone(page);
  await expectAccessible(page);

  await context.setOffline(false);
  await page.getByRole('link', { name: 'Try again' }).click();
  await expect(page.getByTestId('account-menu')).toBeVisible();
  // Back online, the page the network sent is the kept shell again.
  await expect.poll(() => cachedPaths(page)).toContain('/index.html');
});

test('the "Log a touch" shortcut: choose the person, and the touch is one tap away — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  const priya = await addPerson(page, 'Priya Shortcut');
  await addPerson(page, 'Someone Else');

  await openShortcut(page, 'Log a touch');
  await expect(page).toHaveURL(/\/log$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Log a touch' })).toBeVisible();
  await expectFitsPhone(page);
  await expectAccessible(page);

  await page.getByLabel('Who with').selectOption({ label: 'Priya Shortcut' });
  const form = page.getByRole('form', { name: 'Log a touch with Priya Shortcut' });
  // The note has the focus: type it, press Enter, logged.
  await expect(form.getByLabel('Note')).toBeFocused();
  await expectFitsPhone(page);
  await expectAccessible(page);
  await page.keyboard.type('Coffee from the home screen');
  await page.keyboard.press('Enter');

  await expect(page.getByText(/^Logged: One-to-one with Priya Shortcut on /)).toBeVisible();
  await expect(form).toHaveCount(0);
  await expect(page.getByLabel('Who with')).toHaveValue('');
  await page.getByRole('link', { name: 'Priya Shortcut' }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${priya.id}$`));
  await expect(page.getByText('Coffee from the home screen')).toBeVisible();
});

test('the "I went today" shortcut: the first group not yet logged has the focus, one tap logs it — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  const done = await addGroup(page, 'Already Went Club');
  const chamber = await addGroup(page, 'Tuesday Chamber');
  await gql(
    page,
    'mutation ($id: ID!) { result: markGroupAttendedToday(groupId: $id) { __typename } }',
    { id: done.id },
  );

  await openShortcut(page, 'I went today');
  await expect(page).toHaveURL(/\/went-today$/);
  await expect(page.getByRole('heading', { level: 1, name: 'I went today' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Logged today ✓: Already Went Club' }),
  ).toBeDisabled();
  const button = page.getByRole('button', { name: 'I went today: Tuesday Chamber' });
  await expect(button).toBeFocused();
  await expectFitsPhone(page);
  await expectAccessible(page);

  await button.click();
  await expect(
    page.getByRole('button', { name: 'Logged today ✓: Tuesday Chamber' }),
  ).toBeDisabled();
  await expectFitsPhone(page);

  // The meeting is the group's: its page has today's logged too.
  await page.getByRole('link', { name: 'Tuesday Chamber' }).click();
  await expect(page).toHaveURL(new RegExp(`/groups/${chamber.id}$`));
  // The address changes before the group's page has replaced this one.
  await expect(page.getByRole('heading', { level: 1, name: 'Tuesday Chamber' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Logged today ✓: Tuesday Chamber' }),
  ).toBeDisabled();
  await expect(page.getByRole('button', { name: /Already Went Club/ })).toHaveCount(0);
});

test('the "I went today" shortcut with no group yet leads to adding one', async ({ page }) => {
  await signUpEmpty(page);
  await openShortcut(page, 'I went today');
  await expect(page.getByText('You belong to no group yet.')).toBeVisible();
  await page.getByRole('link', { name: 'Add a group' }).click();
  await expect(page).toHaveURL(/\/groups$/);
});
