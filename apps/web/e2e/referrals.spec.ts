import { expect, test } from '@playwright/test';
import { addPerson, recordReferral } from './api.ts';
import { signUpEmpty } from './auth.ts';
import { expectAccessible } from './axe.ts';

test('referrals: record one received, move it to won with a value, see the balance and the totals', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  const ann = await addPerson(page, 'Ann Giver');
  await addPerson(page, 'Dora Referred');

  // The ledger starts empty and says what it is for.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Referrals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  await expect(page.getByText(/No referrals yet\. Record each referral/)).toBeVisible();

  // Record: received from Ann, of Dora, with a value; a malformed value is refused at its field.
  await page.getByRole('button', { name: 'Record referral' }).first().click();
  const form = page.getByRole('form', { name: 'Record referral' });
  await form.getByLabel('Who referred them to me').selectOption({ label: 'Ann Giver' });
  await form.getByLabel('Person referred').selectOption({ label: 'Dora Referred' });
  await form.getByLabel('Value').fill('12,5');
  await form.getByRole('button', { name: 'Record referral' }).click();
  await expect(form.getByText('Write the value in digits, such as 12.30')).toBeVisible();
  await form.getByLabel('Value').fill('1234567.89');
  await form.getByLabel('Currency').selectOption('GBP');
  await form.getByRole('button', { name: 'Record referral' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Referral recorded.' })).toBeVisible();

  const introduced = page.getByRole('region', { name: 'Introduced (1)' });
  const card = introduced.getByTestId('referral');
  await expect(card).toContainText('Dora Referred');
  await expect(card).toContainText('Received from Ann Giver');
  await expect(page.getByTestId('total-value')).toHaveText('£1,234,567.89');
  await expect(page.getByTestId('won-value')).toHaveText('none');

  // Move it straight to won (skipping stages is fine).
  await card.getByRole('button', { name: 'Move status of Dora Referred' }).click();
  const move = card.getByRole('form', { name: 'Move the referral of Dora Referred' });
  await move.getByLabel('New status').selectOption('WON');
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Moved to won.' })).toBeVisible();
  const won = page.getByRole('region', { name: 'Won (1)' }).getByTestId('referral');
  await expect(won).toContainText('Dora Referred');
  await expect(page.getByTestId('won-value')).toHaveText('£1,234,567.89');

  // Going back needs the reopening confirmed.
  await won.getByRole('button', { name: 'Move status of Dora Referred' }).click();
  const back = won.getByRole('form', { name: 'Move the referral of Dora Referred' });
  await back.getByLabel('New status').selectOption('PROPOSAL');
  await back.getByRole('button', { name: 'Reopen and move' }).click();
  await expect(back.getByText('Tick the box to confirm the referral is reopened')).toBeVisible();
  await back.getByRole('button', { name: 'Cancel' }).click();

  // Two small won ones: the totals add to the cent, 0.10 + 0.20 and all.
  for (const value of ['0.10', '0.20']) {
    await recordReferral(page, {
      direction: 'RECEIVED',
      personId: ann.id,
      referredName: `Small ${value}`,
      referredOn: new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(
        Date.now(),
      ),
      value,
      currency: 'GBP',
      status: 'WON',
    });
  }
  await page.reload();
  await expect(page.getByTestId('won-value')).toHaveText('£1,234,568.19');

  // Thank Ann: a touch is logged, and the referral says so.
  const dora = page
    .getByRole('region', { name: 'Won (3)' })
    .getByTestId('referral')
    .filter({ hasText: 'Dora Referred' });
  await dora.getByRole('button', { name: 'Thank them' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Thanked Ann Giver' })).toBeVisible();
  await expect(dora.getByText(/^Thanked on /)).toBeVisible();
  await expect(dora.getByRole('button', { name: 'Thank them' })).toHaveCount(0);

  // The balance on Ann's page: three received, won value per currency.
  await page.getByRole('link', { name: 'Ann Giver' }).first().click();
  const panel = page.getByRole('region', { name: 'Referrals' });
  await expect(panel.getByTestId('received-count')).toHaveText('3 · won £1,234,568.19');
  await expect(panel.getByTestId('given-count')).toHaveText('0 · won none');
  // And on her timeline: the referral and the thank-you touch.
  await expect(page.getByText('Referral received: Dora Referred')).toBeVisible();
  await expect(page.getByText('Thanked for the referral of Dora Referred')).toBeVisible();
  await expectAccessible(page);

  // The people list: Ann first by referrals received, and the only one owed.
  await page.goto('/people?referrals=I_OWE_THEM');
  await expect(page.getByRole('list', { name: 'People' }).getByRole('link')).toHaveText([
    'Ann Giver',
  ]);
});
