import { expect, test } from '@playwright/test';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';
import { expectFitsPhone } from './screen.ts';

test('settings: my profession, competitors and power partners, and a review threshold — at 375 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'Settings' }).click();

  const professions = page.getByRole('form', { name: 'Your profession' });
  await professions.getByLabel('My profession').fill('Marketing consultant');
  await professions
    .getByLabel('Competitors')
    .fill('Digital marketing agency\n\nSEO consultant\ndigital  marketing AGENCY');
  await professions.getByLabel('Power partners').fill('Web designer\nSEO consultant');
  await professions.getByRole('button', { name: 'Save professions' }).click();
  // One profession in both lists is refused at the list, naming it.
  await expect(professions.getByLabel('Power partners')).toHaveAccessibleDescription(
    /“SEO consultant” cannot be both a competitor and a power partner/,
  );
  await expect(professions.getByLabel('Power partners')).toBeFocused();
  await professions.getByLabel('Power partners').fill('Web designer\nAccountant');
  await professions.getByRole('button', { name: 'Save professions' }).click();
  await expect(professions.getByText('Professions saved.')).toBeVisible();
  // The repeat is dropped.
  await expect(professions.getByLabel('Competitors')).toHaveValue(
    'Digital marketing agency\nSEO consultant',
  );

  const thresholds = page.getByRole('form', { name: 'Group review thresholds' });
  const competitors = thresholds.getByLabel('Competitors');
  await expect(competitors).toHaveValue('30');
  await expect(competitors).toHaveAccessibleDescription(
    /Leave when 30 % or more of members do what I do/,
  );
  await competitors.fill('101');
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(competitors).toHaveAccessibleDescription(/A share cannot be above 100 %/);
  await expect(competitors).toHaveAttribute('aria-invalid', 'true');
  await expect(competitors).toBeFocused();
  // No number at all is refused before it is sent.
  await thresholds.getByLabel('Enjoyment').fill('');
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(thresholds.getByLabel('Enjoyment')).toHaveAccessibleDescription(
    /Enter a whole number/,
  );
  await thresholds.getByLabel('Enjoyment').fill('4');
  await competitors.fill('40');
  await expect(competitors).toHaveAccessibleDescription(/Leave when 40 % or more/);
  await thresholds.getByRole('button', { name: 'Save thresholds' }).click();
  await expect(thresholds.getByText('Thresholds saved.')).toBeVisible();
  await expectAccessible(page);
  await expectFitsPhone(page);

  await page.reload();
  await expect(professions.getByLabel('My profession')).toHaveValue('Marketing consultant');
  await expect(professions.getByLabel('Competitors')).toHaveValue(
    'Digital marketing agency\nSEO consultant',
  );
  await expect(professions.getByLabel('Power partners')).toHaveValue('Web designer\nAccountant');
  await expect(competitors).toHaveValue('40');
  await expect(thresholds.getByLabel('Enjoyment')).toHaveValue('4');

  await thresholds.getByRole('button', { name: 'Reset to defaults' }).click();
  await expect(thresholds.getByText('Thresholds reset to the defaults.')).toBeVisible();
  await expect(competitors).toHaveValue('30');
  await expect(thresholds.getByLabel('Enjoyment')).toHaveValue('3');
  await page.reload();
  await expect(competitors).toHaveValue('30');
  await expectFitsPhone(page);
});
