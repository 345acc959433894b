import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { signUp } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { DAY_MS, londonDate, londonDatePlus, londonInput } from './london.ts';

const MY_OFFER = 'Brand strategy for accountancy firms';

/** "14:05", as a time input takes it, in London. */
const londonTime = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

test('from a contact page: schedule a one-to-one, take its invite, mark it done and deepen the tie', async ({
  page,
}) => {
  const now = Date.now();
  const user = await signUp(page, { name: 'Olive Organiser' });
  await page.getByRole('button', { name: 'Start with an empty network' }).click();

  await page.goto('/settings');
  await page.getByLabel('Time zone').selectOption('Europe/London');
  await page.getByLabel('My offer').fill(MY_OFFER);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  await page.goto('/people/new');
  await page.getByLabel('Name').fill('Grace Hopper');
  await page.getByLabel('E-mails').fill('grace@example.com');
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Grace Hopper/ })).toBeVisible();

  // A call 40 days ago: she is due 50 days from now at the outer cadence of 90 days.
  const callDay = londonInput.format(now - 40 * DAY_MS);
  const logForm = page.getByRole('form', { name: 'Log a touch' });
  await logForm.getByLabel('Kind').selectOption('CALL');
  await logForm.getByLabel('Date').fill(callDay);
  await logForm.getByRole('button', { name: 'Log touch' }).click();
  const callNoon = new Date(`${callDay}T12:00:00Z`).getTime();
  await expect(page.getByTestId('next-due')).toHaveText(
    `Next due: ${londonDatePlus(callNoon, 90)}`,
  );

  // Schedule for the day after tomorrow, 09:30 London time, with the agenda.
  await page.getByRole('button', { name: 'Schedule one-to-one' }).click();
  const form = page.getByRole('form', { name: 'Schedule a one-to-one with Grace Hopper' });
  await expect(form.getByLabel('What to tell them about my business')).toHaveValue(MY_OFFER);
  const meetingDay = londonInput.format(now + 2 * DAY_MS);
  await form.getByLabel('Date').fill(meetingDay);
  await form.getByLabel('Time').fill('09:30');
  await form.getByLabel('Duration').selectOption('45');
  await form.getByLabel('Place').fill('The Crown, Bath');
  await form.getByLabel('Goals').fill('Her plans for 2027');
  await form.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByText(/^Scheduled to /)).toBeVisible();

  // The invite downloads and reads back as a standard iCalendar request.
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download invite (.ics)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('The invite has no event');
  const event = new ICAL.Event(vevent);
  expect(event.summary).toBe('One-to-one with Grace Hopper');
  expect(event.location).toBe('The Crown, Bath');
  expect(event.sequence).toBe(0);
  expect(event.uid).toMatch(/@tend$/);
  expect(event.description).toContain('Her plans for 2027');
  expect(event.description).toContain(MY_OFFER);
  expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/London');
  expect(event.startDate.toString()).toBe(`${meetingDay}T09:30:00`);
  expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
    45 * 60_000,
  );
  expect(String(vevent.getFirstPropertyValue('organizer')).toLowerCase()).toBe(
    `mailto:${user.email.toLowerCase()}`,
  );
  expect(String(vevent.getFirstPropertyValue('attendee')).toLowerCase()).toBe(
    'mailto:grace@example.com',
  );

  // A second one at the same time is flagged while it is being planned; Escape drops it.
  await page.getByRole('button', { name: 'Schedule one-to-one' }).click();
  const second = page.getByRole('form', { name: 'Schedule a one-to-one with Grace Hopper' });
  await second.getByLabel('Date').fill(meetingDay);
  await second.getByLabel('Time').fill('10:00');
  await expect(second.getByRole('alert')).toContainText('This overlaps another one-to-one');
  await expect(second.getByRole('alert')).toContainText('Grace Hopper');
  await second.getByLabel('Time').press('Escape');
  await expect(second).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule one-to-one' })).toBeFocused();

  // More than a day off, it cannot be marked done yet: its touch would be in the future.
  await page.getByRole('button', { name: 'Mark done' }).click();
  await expect(
    page.getByText(
      /^This meeting is on .+, more than a day away: mark it done once it has happened/,
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Keep it planned' }).click();
  await expect(page.getByRole('button', { name: 'Mark done' })).toBeFocused();

  // Moved to two hours from now: the same invite, one sequence on.
  const soon = now + 2 * 3_600_000;
  const soonDay = londonInput.format(soon);
  const soonTime = londonTime.format(soon);
  await page.getByRole('button', { name: 'Reschedule' }).click();
  const move = page.getByRole('form', { name: 'Reschedule with Grace Hopper' });
  await expect(move.getByLabel('Place')).toHaveValue('The Crown, Bath');
  await move.getByLabel('Date').fill(soonDay);
  await move.getByLabel('Time').fill(soonTime);
  await move.getByRole('button', { name: 'Reschedule' }).click();
  await expect(page.getByText(/^Moved to /)).toBeVisible();
  const movedDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download invite (.ics)' }).click();
  const moved = new ICAL.Event(
    new ICAL.Component(
      ICAL.parse(await readFile(await (await movedDownload).path(), 'utf8')),
    ).getFirstSubcomponent('vevent') ?? undefined,
  );
  expect(moved.uid).toBe(event.uid);
  expect(moved.sequence).toBe(1);
  expect(moved.startDate.toString()).toBe(`${soonDay}T${soonTime}:00`);

  // Mark it done before it starts: asked first; the agenda becomes the touch's notes, then the
  // depth check.
  await page.getByRole('button', { name: 'Mark done' }).click();
  await expect(page.getByText(/^This meeting is on .+; mark it done anyway\?$/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Keep it planned' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, mark it done' }).click();
  await expect(page.getByLabel('What you learned')).toHaveValue(/Her plans for 2027/);
  await page.getByRole('button', { name: 'Log it as done' }).click();
  const check = page.getByRole('region', { name: 'Did trust or their understanding change?' });
  await expect(check).toBeVisible();
  await check
    .getByRole('group', { name: 'Trust' })
    .getByRole('button', { name: 'Trusts my work' })
    .click();
  await expect(
    check.getByRole('group', { name: 'Trust' }).getByRole('button', { name: 'Trusts my work' }),
  ).toHaveAttribute('aria-pressed', 'true');
  await check
    .getByRole('group', { name: 'Their understanding of my business' })
    .getByRole('button', { name: 'Knows who I help' })
    .click();
  await expect(page.getByText('60 / 100')).toBeVisible();

  // Logged at the meeting's time, not when it was marked done: readiness 60 means every 30 days.
  await expect(page.getByTestId('last-depth-touch')).toHaveText(
    `Last depth touch: ${londonDate.format(soon)}`,
  );
  await expect(page.getByTestId('next-due')).toHaveText(`Next due: ${londonDatePlus(soon, 30)}`);
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  await expect(timeline.getByText(/Her plans for 2027/)).toBeVisible();
  await expect(timeline.getByText(/Trust 0 → 3/)).toBeVisible();
  await expect(page.getByText('No one-to-one planned.', { exact: false })).toBeVisible();

  // Nothing is planned any more.
  await page.getByRole('link', { name: 'One-to-ones', exact: true }).click();
  await expect(page.getByText('No one-to-ones planned.')).toBeVisible();
  await expectAccessible(page);
});
