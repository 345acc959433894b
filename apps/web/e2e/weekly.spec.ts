import { expect, type Locator, type Page, test } from '@playwright/test';
import { signUp } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { DAY_MS, londonInput } from './london.ts';
import { WEEKLY_NOW } from './weekly-clock.ts';

// Run by playwright.weekly.config.ts, against a server whose clock stands at WEEKLY_NOW.

const reconnectList = (page: Page) =>
  page.getByRole('list', { name: 'This week’s reconnect list' });
const promptList = (page: Page) => page.getByRole('list', { name: 'Open prompts' });
const items = (page: Page) => reconnectList(page).getByRole('listitem');
const nameOf = async (row: Locator) =>
  ((await row.getByRole('link').first().textContent()) ?? '').trim();
const promptRow = (page: Page, name: string) =>
  promptList(page).getByRole('listitem', { name, exact: true });
const thisWeekLink = (page: Page) => page.getByRole('link', { name: /^This week/ });

test('Monday: the week’s list and prompts, each one keystroke or click from done', async ({
  page,
}) => {
  // The browser's "today" is the server's: a touch logged today is not in the server's future.
  await page.clock.setFixedTime(new Date(WEEKLY_NOW));
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();

  // Home is this week: the demo's due people, each with why, and the open prompts.
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await expect(page.getByTestId('week-of')).toHaveText('Week of 23 Nov');
  await expect(page.getByText('Shortcuts: j/k move · l log · s skip/snooze')).toBeVisible();
  await expect(items(page)).toHaveCount(5);
  for (const row of await items(page).all()) {
    await expect(row.getByRole('link').first()).toBeVisible();
    await expect(row).toContainText(/\d+ days since (your last depth touch|you added them)/);
    await expect(row.getByTestId('item-status')).toHaveText('To do');
  }
  await expect(page.getByTestId('completion')).toHaveText('0 of 5 done');
  const names = await Promise.all((await items(page).all()).map(nameOf));
  const [first, second] = names;
  if (!first || !second) throw new Error('The list needs two people');

  await expect(promptList(page).getByRole('listitem').first()).toBeVisible();
  const promptsAtStart = await promptList(page).getByRole('listitem').count();
  expect(promptsAtStart).toBeGreaterThanOrEqual(3);
  // The first person on the list is overdue: their prompt is on their row, with its actions,
  // and not again among the prompts. Nobody shows twice on the page.
  const firstRow = items(page).first();
  await expect(firstRow.getByTestId('prompt-open')).toBeVisible();
  for (const action of ['Log touch', 'Skip', 'Snooze', 'Dismiss']) {
    await expect(firstRow.getByRole('button', { name: action, exact: true })).toBeVisible();
  }
  await expect(promptRow(page, first)).toHaveCount(0);
  const promptNames = await Promise.all(
    (await promptList(page).getByRole('listitem').all()).map(nameOf),
  );
  expect(promptNames.filter((name) => names.includes(name))).toEqual([]);
  const onListWithPrompt = await reconnectList(page).getByTestId('prompt-open').count();
  await expect(page.getByTestId('prompts-intro')).toHaveText(
    `${promptsAtStart} more need attention. Prompts for people on this week’s list are on their rows above.`,
  );
  const openAtStart = promptsAtStart + onListWithPrompt;
  await expect(thisWeekLink(page)).toHaveAccessibleName(`This week ${openAtStart} open prompts`);

  // j goes to the first person; l opens the quick log (a one-to-one today); Enter logs it.
  await page.keyboard.press('j');
  await expect(items(page).first()).toBeFocused();
  await page.keyboard.press('l');
  const quickLog = page.getByRole('form', { name: `Log a touch with ${first}` });
  await expect(quickLog.getByLabel('Kind')).toHaveValue('ONE_TO_ONE');
  await expect(quickLog.getByLabel('Date')).toHaveValue('2026-11-23');
  await expect(quickLog.getByLabel('Note')).toBeFocused();
  // Typed into a field, l, s, j and k are letters, not shortcuts.
  await page.keyboard.type('Coffee: likes jokes, plans next year');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `with ${first}` })).toHaveText(
    `Logged: One-to-one with ${first} on 23 Nov 2026.`,
  );
  await expect(items(page).first().getByTestId('item-status')).toHaveText('Done');
  await expect(page.getByTestId('completion')).toHaveText('1 of 5 done');
  // A depth touch closes their prompt.
  await expect(firstRow.getByTestId('prompt-open')).toHaveCount(0);
  await expect(thisWeekLink(page)).toHaveAccessibleName(
    `This week ${openAtStart - 1} open prompts`,
  );
  await expect(promptList(page).getByRole('listitem')).toHaveCount(promptsAtStart);

  await expect(items(page).first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(items(page).nth(1)).toBeFocused();
  await page.keyboard.press('s');
  await expect(items(page).nth(1).getByTestId('item-status')).toHaveText('Skipped');
  await expect(page.getByTestId('completion')).toHaveText('1 of 5 done · 1 skipped');
  await items(page)
    .nth(1)
    .getByRole('button', { name: `Undo skipping ${second}` })
    .click();
  await expect(items(page).nth(1).getByTestId('item-status')).toHaveText('To do');
  await expect(page.getByTestId('completion')).toHaveText('1 of 5 done');

  // Snooze the first open prompt for a week: back on Monday 30 Nov.
  const snoozed = await nameOf(promptList(page).getByRole('listitem').first());
  await promptRow(page, snoozed).getByRole('button', { name: 'Snooze' }).click();
  await promptRow(page, snoozed).getByRole('button', { name: 'A week' }).click();
  await expect(
    page.getByText(`Snoozed the prompt for ${snoozed} until 30 Nov 2026.`),
  ).toBeVisible();
  await expect(promptRow(page, snoozed)).toHaveCount(0);

  // Dismiss the next one: a reason is asked for, and kept.
  const dismissed = await nameOf(promptList(page).getByRole('listitem').first());
  const dismissRow = promptRow(page, dismissed);
  await dismissRow.getByRole('button', { name: 'Dismiss' }).click();
  await dismissRow.getByRole('button', { name: 'Dismiss prompt' }).click();
  await expect(dismissRow.getByText('Say why, so you remember later')).toBeVisible();
  await expect(dismissRow.getByLabel('Why dismiss it?')).toBeFocused();
  await dismissRow
    .getByLabel('Why dismiss it?')
    .pressSequentially('Moved abroad; we speak at Christmas');
  await dismissRow.getByRole('button', { name: 'Dismiss prompt' }).click();
  await expect(page.getByText(`Dismissed the prompt for ${dismissed}.`)).toBeVisible();
  await expect(promptRow(page, dismissed)).toHaveCount(0);
  await expect(promptList(page).getByRole('listitem')).toHaveCount(promptsAtStart - 2);
  await expect(page.getByTestId('open-prompt-count')).toHaveText(String(openAtStart - 3));

  // The week's list is fixed: a reload shows the same people in the same order, as left.
  await page.reload();
  await expect(page.getByTestId('week-of')).toHaveText('Week of 23 Nov');
  await expect(items(page)).toHaveCount(5);
  expect(await Promise.all((await items(page).all()).map(nameOf))).toEqual(names);
  await expectAccessible(page);
  await expect(items(page).first().getByTestId('item-status')).toHaveText('Done');
  await expect(items(page).nth(1).getByTestId('item-status')).toHaveText('To do');
  await expect(page.getByTestId('completion')).toHaveText('1 of 5 done');
  await expect(promptList(page).getByRole('listitem')).toHaveCount(promptsAtStart - 2);
  await expect(page.getByTestId('open-prompt-count')).toHaveText(String(openAtStart - 3));

  // No week before this one yet.
  await page.getByRole('link', { name: 'Past weeks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Past weeks' })).toBeVisible();
  await expect(page.getByText('No past weeks yet.', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('link', { name: /^This week/ })
    .first()
    .click();

  // A person opens from the list; the one whose prompt was dismissed keeps the reason.
  await reconnectList(page).getByRole('link', { name: second, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(second) })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();

  // "Schedule one-to-one" on the list opens the person's page with the form ready.
  const toSchedule = items(page).nth(1);
  const scheduleName = await nameOf(toSchedule);
  await toSchedule.getByRole('link', { name: 'Schedule one-to-one' }).click();
  const scheduleForm = page.getByRole('form', {
    name: `Schedule a one-to-one with ${scheduleName}`,
  });
  await expect(scheduleForm.getByLabel('Date')).toBeFocused();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'This week' })).toBeVisible();
  await page.goto('/people');
  await page.getByRole('link', { name: dismissed, exact: true }).click();
  const history = page.getByRole('region', { name: 'Prompts', exact: true });
  await expect(history.getByText('Dismissed', { exact: true })).toBeVisible();
  await expect(history.getByText('Moved abroad; we speak at Christmas')).toBeVisible();
});

test('a person’s cadence, prompt history and touches; the account’s keeping-in-touch settings', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(WEEKLY_NOW));
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  const first = await nameOf(items(page).first());
  await reconnectList(page).getByRole('link', { name: first, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(first) })).toBeVisible();

  // The cadence: the tier's default, a number of days (checked by the server), or none.
  const cadence = page.getByRole('form', { name: 'Cadence' });
  await expect(cadence.getByRole('radio', { name: /^Default/ })).toBeChecked();
  await expect(cadence.getByRole('radio', { name: /^Default/ })).toHaveAccessibleName(
    /every \d+ days, from their depth/,
  );
  await cadence.getByLabel('Days between depth touches').fill('800');
  await expect(cadence.getByRole('radio', { name: /^Every/ })).toBeChecked();
  await cadence.getByRole('button', { name: 'Save cadence' }).click();
  await expect(cadence.getByText('At most 730 days (two years)')).toBeVisible();
  await expect(cadence.getByLabel('Days between depth touches')).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await cadence.getByLabel('Days between depth touches').fill('14');
  await cadence.getByRole('button', { name: 'Save cadence' }).click();
  await expect(cadence.getByText('Cadence saved.')).toBeVisible();
  await expect(
    page.getByText('Cadence: a depth touch every 14 days, overdue after 21'),
  ).toBeVisible();
  await cadence.getByRole('radio', { name: /^None/ }).check();
  await cadence.getByRole('button', { name: 'Save cadence' }).click();
  await expect(page.getByText('No cadence', { exact: true }).last()).toBeVisible();
  await expect(page.getByTestId('next-due')).toHaveText('No due date');

  // Their prompt history: the prompt raised when they fell due.
  const history = page.getByRole('region', { name: 'Prompts', exact: true });
  await expect(history.getByRole('listitem').first()).toContainText('raised 23 Nov 2026');
  await cadence.getByRole('radio', { name: /^Default/ }).check();
  await cadence.getByRole('button', { name: 'Save cadence' }).click();
  await expect(cadence.getByText('Cadence saved.')).toBeVisible();

  // Touches on the timeline can be edited in place, and deleted with an undo.
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  await timeline.getByRole('button', { name: 'Touches', exact: true }).click();
  await expect(timeline.getByRole('button', { name: 'Touches', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const firstTouch = timeline.getByRole('listitem').first();
  await firstTouch.getByRole('button', { name: /^Edit / }).click();
  const editForm = timeline.getByRole('form', { name: 'Edit touch' });
  await editForm.getByLabel('Notes').fill('Edited: talked about her new office');
  await editForm.getByLabel('Duration').fill('90');
  await editForm.getByRole('button', { name: 'Save touch' }).click();
  await expect(firstTouch).toContainText('Edited: talked about her new office');
  await expect(firstTouch).toContainText('1 h 30 min');
  const touchesBefore = await timeline.getByRole('listitem').count();

  await firstTouch.getByRole('button', { name: 'Delete' }).click();
  await firstTouch.getByRole('button', { name: 'Delete' }).click();
  await expect(timeline.getByText('Edited: talked about her new office')).toHaveCount(0);
  await expect(timeline.getByRole('listitem')).toHaveCount(touchesBefore - 1);
  await timeline.getByRole('button', { name: 'Undo' }).click();
  await expect(timeline.getByText(/restored\.$/)).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveCount(touchesBefore);
  await expect(timeline.getByText('Edited: talked about her new office')).toBeVisible();
  await expect(timeline.getByRole('listitem').first()).toContainText('1 h 30 min');

  // Settings: each rule of the server shows next to its field, then everything saves.
  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'Settings' }).click();
  const settings = page.getByRole('form', { name: 'Keeping in touch' });
  const depthKinds = settings.getByRole('group', { name: 'Touches that deepen a relationship' });
  // all() does not wait: the settings page loads its own chunk first.
  await expect(depthKinds.getByRole('checkbox', { name: 'One-to-one' })).toBeVisible();
  for (const kind of await depthKinds.getByRole('checkbox').all()) await kind.uncheck();
  await expect(depthKinds.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await settings.getByLabel('Inner circle').fill('90');
  await settings.getByLabel('People on the weekly list').fill('21');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(
    settings.getByText('Choose at least one kind of touch that deepens a relationship'),
  ).toBeVisible();
  await expect(
    settings.getByText('Deeper ties get a cadence no longer than the middle tier'),
  ).toBeVisible();
  await expect(settings.getByText('At most 20 people')).toBeVisible();
  await expect(settings.getByLabel('Inner circle')).toHaveAttribute('aria-invalid', 'true');

  await settings.getByRole('checkbox', { name: 'One-to-one' }).check();
  await settings.getByRole('checkbox', { name: 'Call', exact: true }).check();
  await settings.getByLabel('Inner circle').fill('21');
  await settings.getByLabel('People on the weekly list').fill('7');
  await settings.getByLabel('Week starts on').selectOption({ label: 'Sunday' });
  await settings.getByLabel('Time zone').selectOption('Europe/London');
  await settings.getByLabel('E-mail me the weekly list when the week starts').uncheck();
  await settings.getByLabel('My offer').fill('I help accountancy firms win clients online.');
  await settings.getByRole('button', { name: 'Save settings' }).click();
  await expect(settings.getByText('Settings saved.', { exact: false })).toBeVisible();

  await page.reload();
  await expect(settings.getByLabel('Inner circle')).toHaveValue('21');
  await expect(settings.getByLabel('People on the weekly list')).toHaveValue('7');
  await expect(settings.getByLabel('Week starts on')).toHaveValue('0');
  await expect(settings.getByLabel('Time zone')).toHaveValue('Europe/London');
  await expect(
    settings.getByLabel('E-mail me the weekly list when the week starts'),
  ).not.toBeChecked();
  await expect(settings.getByRole('checkbox', { name: 'One-to-one' })).toBeChecked();
  await expect(settings.getByRole('checkbox', { name: 'Video call' })).not.toBeChecked();
  await expect(settings.getByLabel('My offer')).toHaveValue(
    'I help accountancy firms win clients online.',
  );
});

test('remove the demo data and see the week’s list refill from the overdue people', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(WEEKLY_NOW));
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await expect(items(page)).toHaveCount(5);

  // Two people of your own, long untouched, and one just added: the list is already full.
  const addWithCall = async (name: string, daysAgo?: number) => {
    await page.goto('/people/new');
    await page.getByLabel('Name').fill(name);
    await page.getByRole('button', { name: 'Add person' }).click();
    await expect(page.getByRole('heading', { level: 1, name: new RegExp(name) })).toBeVisible();
    if (daysAgo === undefined) return;
    const logForm = page.getByRole('form', { name: 'Log a touch' });
    await logForm.getByLabel('Kind').selectOption('CALL');
    await logForm
      .getByLabel('Date')
      .fill(londonInput.format(new Date(WEEKLY_NOW).getTime() - daysAgo * DAY_MS));
    await logForm.getByRole('button', { name: 'Log touch' }).click();
    await expect(page.getByTestId('last-depth-touch')).toHaveText(/^Last depth touch:/);
  };
  await addWithCall('Rosa Mine', 200);
  await addWithCall('Sami Mine', 150);
  await addWithCall('Tara Mine');

  await page.goto('/');
  await expect(items(page)).toHaveCount(5);
  await expect(promptRow(page, 'Rosa Mine')).toBeVisible();
  await expect(promptRow(page, 'Sami Mine')).toBeVisible();

  const banner = page.getByRole('complementary', { name: 'Demo data' });
  await banner.getByRole('button', { name: 'Remove demo data' }).click();
  await banner.getByRole('button', { name: 'Confirm' }).click();
  await expect(banner).toHaveCount(0);

  // The same week's list, refilled from your own overdue people, most overdue first; each shows
  // once, their prompts on their rows.
  await expect(items(page)).toHaveCount(2);
  expect(await Promise.all((await items(page).all()).map(nameOf))).toEqual([
    'Rosa Mine',
    'Sami Mine',
  ]);
  await expect(page.getByTestId('week-of')).toHaveText('Week of 23 Nov');
  await expect(page.getByTestId('completion')).toHaveText('0 of 2 done');
  for (const row of await items(page).all()) {
    await expect(row.getByTestId('prompt-open')).toBeVisible();
    await expect(row.getByRole('button', { name: 'Snooze', exact: true })).toBeVisible();
  }
  await expect(promptList(page)).toHaveCount(0);
  await expect(
    page.getByText('Nobody else needs attention: the open prompts are on this week’s list above.'),
  ).toBeVisible();
  await expect(page.getByText('Nobody is due this week', { exact: false })).toHaveCount(0);
  await expect(thisWeekLink(page)).toHaveAccessibleName('This week 2 open prompts');

  // Dismissed on the list's row, the prompt goes and the person stays on the list.
  const rosa = items(page).first();
  await rosa.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await rosa.getByLabel('Why dismiss it?').fill('Seeing her at the conference');
  await rosa.getByRole('button', { name: 'Dismiss prompt' }).click();
  await expect(page.getByText('Dismissed the prompt for Rosa Mine.')).toBeVisible();
  await expect(rosa.getByTestId('prompt-open')).toHaveCount(0);
  await expect(items(page)).toHaveCount(2);
  await expect(rosa).toBeFocused();
});

test('a contact’s last depth touch counts calendar days in the account’s zone', async ({
  page,
}) => {
  // 23:30 that Monday in London: Priya's one-to-one, 12 days ago at 08:30, is 12 days and 15
  // hours back, which 24-hour rounding would call 13 days.
  await page.clock.setFixedTime(new Date(new Date(WEEKLY_NOW).getTime() + 15 * 60 * 60 * 1000));
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await expect(items(page)).toHaveCount(5);
  await page.goto('/people');
  await page.getByRole('link', { name: 'Priya Shah' }).click();
  await expect(page.getByTestId('last-depth-touch').locator('..')).toHaveText(
    'Last depth touch: 11 Nov 2026 (12 days ago)',
  );
});
