import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import {
  addPerson,
  addProfile,
  gql,
  logInteraction,
  recordReferral,
  setLevel,
  setOffer,
  tag,
} from './api.ts';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { DAY_MS, londonDate, londonInput } from './london.ts';
import { expectFitsPhone } from './screen.ts';

const MY_OFFER = 'Brand strategy for accountancy firms';

test('prep brief: open it from a planned one-to-one, read every section, print it without the navigation', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const now = Date.now();
  await signUpEmpty(page);

  // Grace: two calls with notes, some trust, a knows tag, and a one-to-one in two days.
  await gql(
    page,
    'mutation { result: updateSettings(input: { timezone: "Europe/London" }) { __typename } }',
  );
  const grace = await addPerson(page, { name: 'Grace Hopper', company: 'Navy Labs' });
  const logCall = (daysAgo: number, notes: string) =>
    logInteraction(page, {
      kind: 'CALL',
      occurredAt: new Date(now - daysAgo * DAY_MS).toISOString(),
      notes,
      personIds: [grace.id],
    });
  await logCall(20, 'Talked about her conference talk');
  await logCall(5, 'She is hiring a CFO next quarter');
  await setLevel(page, grace.id, 'trust', 3);
  const profile = await addProfile(page, 'CFOs of B2B firms');
  await tag(page, grace.id, profile.id, 'CAN_INTRODUCE');
  const startsAt = new Date(now + 2 * DAY_MS);
  startsAt.setUTCHours(9, 30, 0, 0);
  const scheduled = await gql<{ oneToOne: { id: string } }>(
    page,
    'mutation ($personId: ID!, $input: ScheduleOneToOneInput!) { result: scheduleOneToOne(personId: $personId, input: $input) { ... on ScheduleOneToOnePayload { oneToOne { id } } } }',
    {
      personId: grace.id,
      input: {
        startsAt: startsAt.toISOString(),
        place: 'The Crown, Bath',
        agenda: { learn: { goals: 'Her plans for 2027' } },
      },
    },
  );

  // From the contact page's one-to-one panel.
  await page.goto(`/people/${grace.id}`);
  await page
    .getByRole('article', { name: 'One-to-one with Grace Hopper' })
    .getByRole('link', { name: 'Prep brief' })
    .click();
  await expect(page).toHaveURL(`/one-to-ones/${scheduled.oneToOne.id}/brief`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prep brief: one-to-one with Grace Hopper' }),
  ).toBeVisible();
  const section = (name: string) => page.getByRole('region', { name });

  await expect(section('When and where')).toContainText(londonDate.format(startsAt));
  await expect(section('When and where')).toContainText('The Crown, Bath');
  await expect(section('When and where')).toContainText('Europe/London');
  await expect(section('Agenda')).toContainText('Her plans for 2027');
  const touches = section('Last three touches').getByRole('listitem');
  await expect(touches).toHaveCount(2);
  await expect(touches.first()).toContainText('She is hiring a CFO next quarter');
  await expect(touches.nth(1)).toContainText('Talked about her conference talk');
  await expect(section('Last one-to-one')).toContainText('No one-to-one done with them yet.');
  const depth = section('Trust and understanding');
  await expect(depth).toContainText('3/5');
  await expect(depth).toContainText('0/100');
  await expect(depth.getByRole('heading', { name: /^Next step: / })).toBeVisible();
  // No offer written yet: the brief says where to write it.
  await expect(
    section('What I want them to understand').getByRole('link', { name: 'Write it in Settings' }),
  ).toHaveAttribute('href', '/settings');
  await expect(section('Target buyers they can reach')).toContainText(
    'CFOs of B2B firms — Can introduce',
  );
  await expect(section('Referrals')).toContainText('No referrals either way yet.');
  await expect(section('Referrals')).toContainText('No open referrals either way.');
  await expectFitsPhone(page);

  // With an offer written and a referral from her, the brief shows both.
  await recordReferral(page, {
    direction: 'RECEIVED',
    personId: grace.id,
    referredName: 'Ada Lovelace',
    targetBuyerId: profile.id,
    referredOn: londonInput.format(now - DAY_MS),
    value: '1200.00',
    currency: 'GBP',
  });
  await setOffer(page, MY_OFFER);
  await page.reload();
  await expect(section('What I want them to understand')).toContainText(MY_OFFER);
  const referrals = section('Referrals');
  await expect(referrals).toContainText(/I gave them\s*0\s*They gave me\s*1/);
  const referral = referrals.getByRole('listitem');
  await expect(referral).toContainText('They referred Ada Lovelace to me');
  await expect(referral).toContainText('Introduced');
  await expect(referral).toContainText('CFOs of B2B firms · £1,200.00');
  await expectAccessible(page);

  // Print: the button opens the browser's print, and the printed page has no navigation.
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await page.getByRole('button', { name: 'Print' }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(nav).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(section('Target buyers they can reach')).toBeVisible();
  expect(
    await section('Last three touches').evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.color, style.backgroundColor, style.breakInside];
    }),
  ).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)', 'avoid']);
  await page.emulateMedia({ media: 'screen' });
  await expect(nav).toBeVisible();

  // From the upcoming one-to-ones page too.
  await page.goto('/one-to-ones');
  await page
    .getByRole('article', { name: 'One-to-one with Grace Hopper' })
    .getByRole('link', { name: 'Prep brief' })
    .click();
  await expect(page).toHaveURL(`/one-to-ones/${scheduled.oneToOne.id}/brief`);

  // Once it is cancelled there is no brief to prepare; an unknown one is not found.
  await gql(page, 'mutation ($id: ID!) { result: cancelOneToOne(id: $id) { __typename } }', {
    id: scheduled.oneToOne.id,
  });
  await page.reload();
  await expect(page.getByText('This one-to-one was cancelled')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to Grace Hopper' })).toBeVisible();
  await page.goto(`/one-to-ones/${randomUUID()}/brief`);
  await expect(page.getByRole('heading', { level: 1, name: 'One-to-one not found' })).toBeVisible();
});
