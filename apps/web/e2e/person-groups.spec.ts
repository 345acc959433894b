import { expect, test } from '@playwright/test';
import { addGroup, addGroupMembers, addPerson } from './api.ts';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

test('a person’s page lists the groups they are in, and leads to each — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  const ana = await addPerson(page, { name: 'Ana Alder', profession: 'Accountant' });
  const ben = await addPerson(page, 'Ben Birch');
  const group = await addGroup(page, 'Thursday Breakfast Club');
  await addGroupMembers(page, group.id, [ana.id]);

  await page.goto(`/people/${ana.id}`);
  const groups = page.getByRole('region', { name: 'Groups' });
  await expect(groups.getByRole('listitem')).toHaveCount(1);
  // Added without a joining date: a member, in the seat of their profession.
  await expect(groups.getByRole('listitem')).toHaveText(
    'Thursday Breakfast Club · Accountant · member',
  );
  await expectFitsPhone(page);
  await expectAccessible(page);
  await groups.getByRole('link', { name: 'Thursday Breakfast Club' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Thursday Breakfast Club' }),
  ).toBeVisible();

  await page.goto(`/people/${ben.id}`);
  await expect(
    page.getByRole('region', { name: 'Groups' }).getByText('Not a member of any of your groups.'),
  ).toBeVisible();
});
