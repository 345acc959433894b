import { expect, type Page, test } from '@playwright/test';
import { addPerson, gql, logInteraction, recordReferral, setLevel } from './api.ts';
import { signUp, signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';
import { WEEKLY_NOW } from './weekly-clock.ts';

// Run by playwright.weekly.config.ts, against a server whose clock stands at WEEKLY_NOW
// (Monday 23 Nov 2026, 08:30 in London), so the last 12 months are 24 Nov 2025 – 23 Nov 2026.
const LAST_WEEK = '2026-11-16';

const goTo = (page: Page, link: string) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
    .click();

/** A line of a figures table: its label and value. */
const line = (page: Page, label: string) =>
  page.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell');

test('should I stay: a group with costs, members, meetings, a one-to-one and a referral, its review and verdict, and what stays if I leave — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.clock.setFixedTime(new Date(WEEKLY_NOW));
  await signUpEmpty(page);
  // What I do, and an hour of my time: the competitors and the time line come from these.
  await gql(
    page,
    'mutation { result: updateSettings(input: { profession: "Marketing consultant", hourlyRate: "60", currency: "GBP" }) { __typename } }',
  );
  const ann = await addPerson(page, { name: 'Ann Accountant', profession: 'Accountant' });
  await addPerson(page, { name: 'Bob Rival', profession: 'Marketing consultant' });

  // The group, with what it costs.
  await goTo(page, 'Groups');
  await page.getByRole('button', { name: 'New group' }).click();
  const form = page.getByRole('form', { name: 'New group' });
  await form.getByLabel('Name').fill('Breakfast Club');
  await form.getByLabel(/^Fee Such/).fill('1200');
  await form.getByLabel('Fee per').selectOption('YEAR');
  await form.getByLabel(/^Cost per meeting/).fill('15');
  await form.getByLabel(/^Travel cost per meeting/).fill('5');
  await form.getByLabel('Preparation').fill('15');
  await form.getByLabel('Travel', { exact: true }).fill('30');
  await form.getByLabel('Meeting', { exact: true }).fill('60');
  await form.getByLabel('Chat afterwards').fill('15');
  await form.getByLabel('Joined on').fill('2025-01-01');
  await form.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Breakfast Club' })).toBeVisible();

  // Members: two people I know and one made on the spot.
  const members = page.getByRole('region', { name: 'Members' });
  await members.getByRole('button', { name: 'Add members' }).click();
  const add = members.getByRole('form', { name: 'Add members' });
  const found = add.getByRole('list', { name: 'People found' });
  await add.getByLabel('Search people').fill('ann');
  await found.getByRole('checkbox', { name: /Ann Accountant/ }).check();
  await add.getByLabel('Search people').fill('bob');
  await found.getByRole('checkbox', { name: /Bob Rival/ }).check();
  await add.getByRole('button', { name: 'New person' }).click();
  const newPerson = add.getByRole('group', { name: 'New person 1' });
  await newPerson.getByLabel('Name').fill('Cat Designer');
  await newPerson.getByLabel('Profession').fill('Web designer');
  await add.getByLabel('Joined on').fill('2025-06-01');
  await add.getByRole('button', { name: 'Add 3 members' }).click();
  await expect(members.getByRole('status')).toHaveText('Added 3 members.');

  // Meetings: today in one tap, and last week's with a dearer breakfast, where I spoke to Ann.
  const meetings = page.getByRole('region', { name: 'Meetings', exact: true });
  await meetings.getByRole('button', { name: /^I went today/ }).click();
  await expect(meetings.getByRole('button', { name: /^Logged today ✓/ })).toBeDisabled();
  await meetings.getByRole('button', { name: 'Log a meeting' }).click();
  const meeting = page.getByRole('form', { name: 'Log a meeting' });
  await meeting.getByLabel('Date').fill(LAST_WEEK);
  await meeting.getByLabel(/^Meal cost/).fill('20');
  await meeting.getByLabel('Ann Accountant').check();
  await meeting.getByRole('button', { name: 'Log meeting' }).click();
  await expect(meeting).toBeHidden();

  // Outside the meetings: a one-to-one with Ann, who trusts me now, and a referral from her.
  expect(
    await logInteraction(page, {
      kind: 'ONE_TO_ONE',
      occurredAt: '2026-11-18T12:00:00Z',
      personIds: [ann.id],
    }),
  ).toMatchObject({ __typename: 'Interaction' });
  await setLevel(page, ann.id, 'trust', 3);
  expect(
    await recordReferral(page, {
      direction: 'RECEIVED',
      personId: ann.id,
      referredName: 'A hotel owner',
      referredOn: '2026-11-20',
      status: 'WON',
      value: '600',
      currency: 'GBP',
    }),
  ).toMatchObject({ __typename: 'Referral' });

  // The review of the last 12 months.
  await page.reload();
  await page.getByRole('link', { name: 'Review: should I stay?' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Should I stay in Breakfast Club?' }),
  ).toBeVisible();
  await expect(page.getByText('24 Nov 2025 – 23 Nov 2026')).toBeVisible();
  const cost = page.getByRole('region', { name: 'What it cost' });
  await expect(cost.getByText('2 meetings attended of 2 meetings logged.')).toBeVisible();
  // 2 meetings × (15 + 30 + 60 + 15) minutes = 4 h; a third of an hour a month.
  await expect(line(page, 'Total')).toHaveText(['4 h', '£1,485.00']);
  await expect(line(page, 'Hours per month')).toHaveText('0.3 h');
  // A year's fee; breakfasts 15 + 20; travel 5 + 5; 4 h × £60.
  await expect(line(page, 'Fees for the period')).toHaveText('£1,200.00');
  await expect(line(page, 'Meals and room')).toHaveText('£35.00');
  await expect(line(page, 'Travel')).toHaveText(['1 h', '£10.00']);
  await expect(line(page, 'My time')).toHaveText('£240.00');
  await expect(line(page, 'Referrals from members')).toHaveText('1 · won £600.00');
  await expect(line(page, 'Referrals received')).toHaveText('1 · won £600.00');
  await expect(line(page, 'Cost per referral')).toHaveText('£1,485.00');
  // 1485 ÷ 600 = 2.475; 1485 × 12 ÷ 600 = 29.7 months of winning at this rate.
  await expect(line(page, 'Cost per 1 won')).toHaveText('2.48 per GBP 1 won');
  await expect(line(page, 'Payback')).toHaveText('29.7 months of winning (GBP)');
  await expect(line(page, 'One-to-ones with members')).toHaveText('1 (1 member met)');
  await expect(line(page, 'Depth coverage')).toHaveText('33 %');
  await expect(line(page, 'Competitors')).toHaveText('33 % (Bob Rival)');
  await expect(line(page, 'Power partners')).toHaveText('none');
  await expect(line(page, 'Know my target buyers')).toHaveText('no target buyers described yet');

  // A third of the members do what I do: leave, with the reason beside its figure.
  const verdict = page.getByRole('region', { name: /^Verdict/ });
  await expect(verdict.getByRole('heading', { name: 'Verdict: Leave' })).toBeVisible();
  const competitors = verdict.getByRole('listitem').filter({ hasText: 'Competitors' });
  await expect(competitors).toContainText('33 %');
  await expect(competitors).toContainText('30 %');
  await expect(competitors).toContainText(': a reason');
  await expectAccessible(page);
  await expectFitsPhone(page);

  // What stays if I leave: Ann is real network; Bob and Cat I only see at meetings.
  const stays = page.getByRole('region', { name: 'What stays if I leave' });
  await expect(stays.getByRole('heading', { name: 'They stay in my network (1)' })).toBeVisible();
  await expect(stays.getByRole('heading', { name: 'I would lose them (2)' })).toBeVisible();
  await expect(stays.getByRole('listitem').first()).toContainText('Ann Accountant');
  await stays.getByRole('link', { name: 'Schedule a one-to-one with Cat Designer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cat Designer' })).toBeVisible();
  await expect(page.getByRole('form', { name: /one-to-one/i }).first()).toBeVisible();

  // Side by side on the groups page, with the same verdict.
  await goTo(page, 'Groups');
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: /Breakfast Club/ })).toContainText('Leave');
  await expect(table.getByRole('row', { name: /Breakfast Club/ })).toContainText('£1,485.00');
  await expectFitsPhone(page);
});

test('which group pays: the demo groups side by side, sorted by verdict, one to invest in and one to leave', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(WEEKLY_NOW));
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await goTo(page, 'Groups');
  const comparison = page.getByRole('region', { name: 'Side by side: the last 12 months' });
  const rows = comparison.getByRole('row');
  // The header, then the groups by name.
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Riverside Chamber of Commerce');
  await expect(rows.nth(1)).toContainText('Leave');
  await expect(rows.nth(2)).toContainText('Thursday Breakfast Club');
  await expect(rows.nth(2)).toContainText('Invest');

  // By verdict, stay first: invest comes before leave; again, and the order turns round.
  const byVerdict = comparison.getByRole('button', { name: /^Verdict/ });
  await byVerdict.click();
  await expect(comparison.getByRole('columnheader', { name: /^Verdict/ })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  await expect(rows.nth(1)).toContainText('Thursday Breakfast Club');
  await byVerdict.click();
  await expect(rows.nth(1)).toContainText('Riverside Chamber of Commerce');
  await expectAccessible(page);

  // The breakfast club's review says why: the people are right, the depth is missing.
  await rows.nth(2).getByRole('link', { name: 'Thursday Breakfast Club' }).click();
  const verdict = page.getByRole('region', { name: /^Verdict/ });
  await expect(
    verdict.getByRole('heading', { name: 'Verdict: Invest: do more one-to-ones here' }),
  ).toBeVisible();
  await expect(
    verdict.getByRole('listitem').filter({ hasText: 'Depth with members' }),
  ).toContainText(': a reason');
});
