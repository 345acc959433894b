import { expect, test } from '@playwright/test';
import { addGroup, addPerson } from './api.ts';
import { signUp, signUpEmpty } from './auth.ts';
import { expectFitsPhone } from './screen.ts';

test('group members: two people and a new one added at once, one marked as left — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  await addPerson(page, { name: 'Ana Alder', profession: 'Accountant' });
  await addPerson(page, { name: 'Ben Birch', profession: 'Architect' });
  await addPerson(page, { name: 'Cleo Cedar', profession: 'Baker' });
  // One person per profession, as referral clubs have it.
  const group = await addGroup(page, 'Thursday Breakfast Club');

  await page.goto(`/groups/${group.id}`);
  const members = page.getByRole('region', { name: 'Members' });
  await expect(members.getByText('No members yet')).toBeVisible();

  await members.getByRole('button', { name: 'Add members' }).click();
  const form = members.getByRole('form', { name: 'Add members' });
  await expect(form.getByLabel('Search people')).toBeFocused();
  const found = form.getByRole('list', { name: 'People found' });
  await form.getByLabel('Search people').fill('ana');
  await expect(found.getByRole('checkbox')).toHaveCount(1);
  await found.getByRole('checkbox', { name: /Ana Alder/ }).check();
  // Ticked people stay chosen while the search moves on.
  await form.getByLabel('Search people').fill('birch');
  await expect(found.getByRole('checkbox')).toHaveCount(1);
  await found.getByRole('checkbox', { name: /Ben Birch/ }).check();
  const chosen = form.getByRole('list', { name: 'Chosen people' });
  await expect(chosen.getByRole('listitem')).toHaveCount(2);
  await form.getByLabel('Profession of Ben Birch in the group').fill('Lawyer');

  // A new person whose profession is Ana's: refused at that field, then changed.
  await form.getByRole('button', { name: 'New person' }).click();
  const newPerson = form.getByRole('group', { name: 'New person 1' });
  await expect(newPerson.getByLabel('Name')).toBeFocused();
  await newPerson.getByLabel('Name').fill('Zoë Quinn');
  await newPerson.getByLabel('Profession').fill('accountant');
  await form.getByLabel('Joined on').fill('2026-01-15');
  await form.getByRole('button', { name: 'Add 3 members' }).click();
  await expect(
    newPerson.getByText(
      'The group takes one person per profession: Ana Alder is already the Accountant',
    ),
  ).toBeVisible();
  await expect(newPerson.getByLabel('Profession')).toBeFocused();
  await newPerson.getByLabel('Profession').fill('Florist');
  await form.getByRole('button', { name: 'Add 3 members' }).click();

  await expect(members.getByRole('status')).toHaveText('Added 3 members.');
  const current = members.getByRole('list', { name: 'Current members' }).getByRole('listitem');
  await expect(current).toHaveCount(3);
  await expect(current.nth(0)).toContainText('Ana Alder');
  await expect(current.nth(0)).toContainText('Accountant');
  await expect(current.nth(0)).toContainText('Joined 15 Jan 2026');
  await expect(current.nth(1)).toContainText('Ben Birch');
  await expect(current.nth(1)).toContainText('Lawyer');
  await expect(current.nth(2)).toContainText('Zoë Quinn');
  await expect(current.nth(2)).toContainText('Florist');
  await expect(current.nth(2).getByRole('link', { name: 'Zoë Quinn' })).toHaveAttribute(
    'href',
    /\/people\/[0-9a-f-]{36}$/,
  );
  await expectFitsPhone(page);

  // Ben leaves today (the date asked for starts at today); his membership stays, as a past one.
  await members.getByRole('button', { name: 'Mark as left: Ben Birch' }).click();
  const leave = members.getByRole('form', { name: 'Mark Ben Birch as left' });
  await expect(leave.getByLabel('Left on')).not.toHaveValue('');
  await leave.getByRole('button', { name: 'Mark as left' }).click();
  await expect(current).toHaveCount(2);
  await expect(current.filter({ hasText: 'Ben Birch' })).toHaveCount(0);
  await members.getByRole('button', { name: 'Show past members (1)' }).click();
  const past = members.getByRole('list', { name: 'Past members' }).getByRole('listitem');
  await expect(past).toHaveCount(1);
  await expect(past).toContainText('Ben Birch');
  await expect(past).toContainText('Lawyer');
  await expect(past).toContainText(/Joined 15 Jan 2026 · left \d+ \w+ \d{4}/);
  await expectFitsPhone(page);

  // The person made on the spot came from the group.
  await current.filter({ hasText: 'Zoë Quinn' }).getByRole('link', { name: 'Zoë Quinn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Zoë Quinn' })).toBeVisible();
  await expect(page.getByText('Thursday Breakfast Club').first()).toBeVisible();
  await expectFitsPhone(page);
});

test('group members: competitors and power partners are marked, by my professions — demo data', async ({
  page,
}) => {
  await signUp(page);
  await page.getByRole('button', { name: 'Explore with demo data' }).click();
  await expect(page.getByRole('button', { name: 'Explore with demo data' })).toBeHidden();
  await page.goto('/groups');
  // The group's own page, not its review in the side-by-side table.
  await page
    .locator('main a[href^="/groups/"]:not([href$="/review"])')
    .filter({ hasText: 'Thursday Breakfast Club' })
    .first()
    .click();
  const members = page.getByRole('region', { name: 'Members' });
  // The demo account is a marketing consultant with accountants as power partners.
  const aisha = members.getByRole('listitem').filter({ hasText: 'Aisha Karim' });
  await expect(aisha).toContainText('Competitor');
  const priya = members.getByRole('listitem').filter({ hasText: 'Priya Shah' });
  await expect(priya).toContainText('Power partner');
  await expect(members.getByRole('listitem').filter({ hasText: 'Tom Okafor' })).not.toContainText(
    /Competitor|Power partner/,
  );
});
