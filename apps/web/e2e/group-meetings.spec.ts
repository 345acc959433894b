import { expect, test } from '@playwright/test';
import { addGroup, addGroupMembers, addPerson } from './api.ts';
import { signUpEmpty } from './auth.ts';
import { DAY_MS, londonDate, londonInput } from './london.ts';
import { expectFitsPhone } from './screen.ts';

test('group meetings: I went today, a past meeting with its cost and who I spoke to, on her timeline — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  const ana = await addPerson(page, 'Ana Member');
  const ben = await addPerson(page, 'Ben Member');
  const group = await addGroup(page, 'Thursday Breakfast Club');
  expect((await addGroupMembers(page, group.id, [ana.id, ben.id])).__typename).toBe('Group');

  // On the phone, from the list of groups: one tap, then it says it is logged.
  await page.goto('/groups');
  const row = page.getByRole('list', { name: 'Groups' }).getByRole('listitem');
  await row.getByRole('button', { name: /^I went today/ }).click();
  await expect(row.getByRole('button', { name: /^Logged today ✓/ })).toBeDisabled();
  await expectFitsPhone(page);

  // The group's page says so too, and lists today's meeting at the usual costs.
  await row.getByRole('link', { name: 'Thursday Breakfast Club' }).click();
  const section = page.getByRole('region', { name: 'Meetings', exact: true });
  await expect(section.getByRole('button', { name: /^Logged today ✓/ })).toBeDisabled();
  const meetings = section
    .getByRole('list', { name: 'Meetings', exact: true })
    .getByRole('listitem');
  await expect(meetings).toHaveCount(1);
  await expect(meetings.first()).toContainText(londonDate.format(Date.now()));
  await expect(meetings.first()).toContainText('Went');
  await expect(meetings.first()).toContainText('Meal £14.00 (usual) · Travel £6.20 (usual)');

  // A meeting a week ago: a comma in the cost is refused at its field first.
  const pastDay = londonInput.format(Date.now() - 7 * DAY_MS);
  await section.getByRole('button', { name: 'Log a meeting' }).click();
  const form = page.getByRole('form', { name: 'Log a meeting' });
  await form.getByLabel('Date').fill(pastDay);
  await form.getByLabel(/^Meal cost/).fill('18,50');
  await form.getByLabel('Ana Member').check();
  await expectFitsPhone(page);
  await form.getByRole('button', { name: 'Log meeting' }).click();
  await expect(form.getByText('Write the amount in digits')).toBeVisible();
  await expect(form.getByLabel(/^Meal cost/)).toBeFocused();
  await form.getByLabel(/^Meal cost/).fill('18.50');
  await form.getByRole('button', { name: 'Log meeting' }).click();
  await expect(form).toBeHidden();

  // Newest first: today's, then last week's with its actual meal cost and who I spoke to.
  await expect(meetings).toHaveCount(2);
  const past = meetings.nth(1);
  await expect(past).toContainText(londonDate.format(new Date(`${pastDay}T12:00:00Z`)));
  await expect(past).toContainText('Meal £18.50 · Travel £6.20 (usual)');
  await expect(past).toContainText('Spoke to Ana Member');
  await expect(section.getByText('2 meetings')).toBeVisible();
  await expectFitsPhone(page);

  // Deleting asks first; then "I went today" can be pressed again.
  await meetings
    .first()
    .getByRole('button', { name: /^Delete the meeting of/ })
    .click();
  await meetings.first().getByRole('button', { name: 'Delete meeting' }).click();
  await expect(meetings).toHaveCount(1);
  await expect(section.getByRole('button', { name: /^I went today/ })).toBeEnabled();

  // Ana's timeline has the group meeting; Ben's has nothing.
  await page.goto(`/people/${ana.id}`);
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  await expect(timeline.getByText('Group meeting')).toBeVisible();
  await expectFitsPhone(page);
  await page.goto(`/people/${ben.id}`);
  await expect(timeline.getByText('Nothing on the timeline yet')).toBeVisible();
});
