import { expect, type Page, test } from '@playwright/test';
import { signUpEmpty } from './auth.ts';
import { expectFitsPhone } from './screen.ts';
import { WEEKLY_NOW } from './weekly-clock.ts';

// Run by playwright.weekly.config.ts, against a server whose clock stands at WEEKLY_NOW
// (Monday 23 Nov 2026, 08:30 in London, on GMT), so every date below is known.
const TODAY = '2026-11-23';
const TWO_DAYS_AGO = '2026-11-21';
const TOMORROW = '2026-11-24';

const PROFILE = 'CFOs of 50–500 person B2B firms';
const OFFER = 'I help finance teams close the books in three days.';

const goTo = (page: Page, link: string) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
    .click();

const addPerson = async (page: Page, name: string, email: string) => {
  await goTo(page, 'Add person');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('E-mails').fill(email);
  await page.getByRole('button', { name: 'Add person' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: '← People' }).click();
};

/** Sets trust and their understanding on the contact page, by the levels' labels. */
const setDepth = async (page: Page, trust: string, understanding: string) => {
  for (const [title, label] of [
    ['Trust', trust],
    ['Their understanding of my business', understanding],
  ] as const) {
    const button = page
      .getByRole('group', { name: title, exact: true })
      // The name is the level's number, then its label.
      .getByRole('button', { name: `: ${label}` });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }
};

test('referral network: profile, tag two people, ranked with next steps, ask, referral won, balance, totals, prep brief', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // The browser's "today" is the server's.
  await page.clock.setFixedTime(new Date(WEEKLY_NOW));
  await signUpEmpty(page);

  await page.getByTestId('account-menu').click();
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByLabel('Time zone')).toHaveValue('Europe/London');
  await page.getByLabel('My offer').fill(OFFER);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();

  // A target buyer profile; nobody knows it yet.
  await goTo(page, 'Buyers');
  await page.getByRole('button', { name: 'New profile' }).click();
  const newProfile = page.getByRole('form', { name: 'New target buyer profile' });
  await newProfile.getByLabel('Name').fill(PROFILE);
  await newProfile.getByLabel('Roles').fill('CFO, Finance Director');
  await newProfile.getByRole('button', { name: 'Create profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: PROFILE })).toBeVisible();
  const whoKnows = page.getByRole('region', { name: 'Who knows this profile' });
  await expect(whoKnows.getByText('Nobody is tagged as knowing this profile yet.')).toBeVisible();

  // Three people; two of them are tagged at once from the list.
  await goTo(page, 'People');
  await addPerson(page, 'Ada Lovelace', 'ada@example.com');
  await addPerson(page, 'Ben Byrne', 'ben@example.com');
  await addPerson(page, 'Cy Bystander', 'cy@example.com');
  await page.getByRole('checkbox', { name: 'Select Ada Lovelace' }).check();
  await page.getByRole('checkbox', { name: 'Select Ben Byrne' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Tag as knowing…' }).click();
  const bulk = page.getByRole('form', { name: 'Tag 2 people as knowing a profile' });
  await bulk.getByLabel('Profile').selectOption({ label: PROFILE });
  await bulk.getByLabel('Strength').selectOption('KNOWS_PERSONALLY');
  await bulk.getByRole('button', { name: 'Tag 2 people' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tagged 2 people' })).toHaveText(
    `Tagged 2 people as knowing ${PROFILE}: 2 people newly tagged.`,
  );

  // Ada: would vouch for me, knows who I help, a call two days ago, and she can introduce.
  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await setDepth(page, 'Would vouch for me', 'Knows who I help');
  const logTouch = page.getByRole('form', { name: 'Log a touch' });
  await logTouch.getByLabel('Kind').selectOption('CALL');
  await logTouch.getByLabel('Date').fill(TWO_DAYS_AGO);
  await logTouch.getByRole('button', { name: 'Log touch' }).click();
  await expect(page.getByTestId('last-depth-touch')).toHaveText('Last depth touch: 21 Nov 2026');
  const knows = page.getByRole('region', { name: 'Target buyers they can reach' });
  await knows.getByRole('button', { name: `Change tag for ${PROFILE}` }).click();
  const changeTag = knows.getByRole('form', { name: `Change tag for ${PROFILE}` });
  await changeTag.getByLabel('Strength').selectOption('CAN_INTRODUCE');
  await changeTag.getByRole('button', { name: 'Save tag' }).click();
  await expect(knows.getByTestId('knows-row')).toContainText(`${PROFILE} — Can introduce`);
  await expectFitsPhone(page);

  // Ben: an acquaintance who knows what I offer, never met.
  await page.getByRole('link', { name: '← People' }).click();
  await page.getByRole('link', { name: 'Ben Byrne' }).click();
  await setDepth(page, 'Acquaintance', 'Knows what I offer');

  // The profile's page ranks them, each with the step that would make a referral likelier.
  await goTo(page, 'Buyers');
  await page
    .getByRole('list', { name: 'Target buyer profiles' })
    .getByRole('link', { name: PROFILE })
    .click();
  const rows = whoKnows.getByTestId('who-knows-row');
  await expect(rows).toHaveCount(2);
  const [ada, ben] = [rows.nth(0), rows.nth(1)];
  await expect(ada.getByRole('link')).toHaveText('Ada Lovelace');
  await expect(ada).toContainText('Can introduce');
  await expect(ada).toContainText('Readiness 60 / 100');
  await expect(ada).toContainText('Weaker side: their understanding, 3 of 5');
  await expect(ada.locator('.who-knows-step')).toHaveText(
    /^Next step: Brief them on your business\. Their understanding is the weaker side/,
  );
  await expect(ada.getByTestId('who-knows-last-touch')).toContainText('21 Nov');
  await expect(ada.getByTestId('who-knows-last-touch')).toContainText('(2 days ago)');
  await expect(ben.getByRole('link')).toHaveText('Ben Byrne');
  await expect(ben).toContainText('Knows personally');
  await expect(ben).toContainText('Readiness 20 / 100');
  await expect(ben).toContainText('Weaker side: trust, 1 of 5');
  await expect(ben.locator('.who-knows-step')).toHaveText(
    /^Next step: Give first\. Trust is the weaker side/,
  );
  await expect(ben.getByTestId('who-knows-last-touch')).toHaveText('No depth touch yet');
  await expectFitsPhone(page);

  // Ask Ada for an introduction: the message is drafted from my offer, and editable.
  await ada
    .getByRole('button', {
      name: 'Ask for an introduction through Ada Lovelace',
    })
    .click();
  const ask = ada.getByRole('form', { name: 'Ask Ada Lovelace for an introduction' });
  const message = ask.getByLabel('Message');
  await expect(message).toHaveValue(/^Hi Ada,/);
  await expect(message).toHaveValue(new RegExp(OFFER.replace(/\./g, '\\.')));
  await message.press('ControlOrMeta+End');
  await message.pressSequentially(' Lunch is on me.');
  await ask.getByRole('button', { name: 'Record the ask' }).click();
  await expect(ada.getByRole('status').last()).toHaveText(
    'Ask recorded on Ada Lovelace’s timeline.',
  );

  // The ask is on her timeline, with its message.
  await ada.getByRole('link', { name: 'Ada Lovelace' }).click();
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  await timeline.getByRole('button', { name: 'Asks' }).click();
  const askEntry = timeline.locator('li.timeline-introduction-ask');
  await expect(askEntry).toHaveCount(1);
  await expect(askEntry).toContainText(`Asked for an introduction to ${PROFILE}`);
  await expect(askEntry).toContainText('23 Nov 2026');
  await askEntry.getByText('The message').click();
  await expect(askEntry.locator('.prose')).toContainText(OFFER);
  await expect(askEntry.locator('.prose')).toContainText(/Lunch is on me\.$/);
  await timeline.getByRole('button', { name: 'All' }).click();

  // She refers someone: recorded from her page, for the profile.
  const referrals = page.getByRole('region', { name: 'Referrals' });
  await referrals.getByRole('button', { name: 'Record referral' }).click();
  const record = referrals.getByRole('form', { name: 'Record referral' });
  await expect(record).toContainText('From Ada Lovelace');
  await record.getByLabel('Just a name').check();
  await record.getByLabel('Name of who was referred').fill('Dora Finch');
  await record.getByLabel('Target buyer profile').selectOption({ label: PROFILE });
  await expect(record.getByLabel('Date')).toHaveValue(TODAY);
  await record.getByRole('button', { name: 'Record referral' }).click();
  await expect(referrals.getByRole('status')).toHaveText('Referral recorded.');
  const card = referrals.getByTestId('referral');
  await expect(card).toContainText('Dora Finch');
  await expect(card).toContainText('Introduced');
  await expect(referrals.getByTestId('received-count')).toHaveText('1 · won none');

  // Won, then its value is written in.
  await card.getByRole('button', { name: 'Move status of Dora Finch' }).click();
  const move = card.getByRole('form', { name: 'Move the referral of Dora Finch' });
  await move.getByLabel('New status').selectOption('WON');
  await expect(move.getByLabel('On', { exact: true })).toHaveValue(TODAY);
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(referrals.getByRole('status')).toHaveText('Moved to won.');
  await expect(card).toContainText('Won');
  await card.getByRole('button', { name: 'Edit referral of Dora Finch' }).click();
  const edit = card.getByRole('form', { name: 'Edit referral' });
  await edit.getByLabel('Value').fill('1234.50');
  await edit.getByLabel('Currency').selectOption('GBP');
  await edit.getByRole('button', { name: 'Save referral' }).click();
  await expect(referrals.getByRole('status')).toHaveText('Referral saved.');
  await expect(card).toContainText(`${PROFILE} · £1,234.50`);

  // The balance on her page, and the referral on her timeline.
  await expect(referrals.getByTestId('received-count')).toHaveText('1 · won £1,234.50');
  await expect(referrals.getByTestId('given-count')).toHaveText('0 · won none');
  await expect(timeline.getByText('Referral received: Dora Finch')).toBeVisible();
  await expectFitsPhone(page);

  // The totals on the referrals page.
  await goTo(page, 'Referrals');
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();
  const won = page.getByRole('region', { name: 'Won (1)' }).getByTestId('referral');
  await expect(won).toContainText('Dora Finch');
  await expect(won).toContainText('Received from Ada Lovelace');
  await expect(page.getByTestId('total-value')).toHaveText('£1,234.50');
  await expect(page.getByTestId('won-value')).toHaveText('£1,234.50');
  await expectFitsPhone(page);

  // A one-to-one with Ada tomorrow, and its prep brief.
  await won.getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.getByRole('button', { name: 'Schedule one-to-one' }).click();
  const schedule = page.getByRole('form', { name: 'Schedule a one-to-one with Ada Lovelace' });
  await expect(schedule.getByLabel('Date')).toHaveValue(TOMORROW);
  await schedule.getByLabel('Time').fill('09:30');
  await schedule.getByLabel('Place').fill('The Crown, Bath');
  await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByText(/^Scheduled to /)).toBeVisible();
  await goTo(page, 'One-to-ones');
  await page
    .getByRole('article', { name: 'One-to-one with Ada Lovelace' })
    .getByRole('link', { name: 'Prep brief' })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Prep brief: one-to-one with Ada Lovelace' }),
  ).toBeVisible();
  const section = (name: string) => page.getByRole('region', { name });
  await expect(section('When and where')).toContainText('24 Nov 2026');
  await expect(section('When and where')).toContainText('09:30');
  await expect(section('When and where')).toContainText('The Crown, Bath');
  await expect(section('Referrals')).toContainText(/They gave me\s*1 · won £1,234\.50/);
  await expect(section('Referrals')).toContainText(/I gave them\s*0/);
  await expect(section('Target buyers they can reach')).toContainText(`${PROFILE} — Can introduce`);
  const depth = section('Trust and understanding');
  await expect(depth).toContainText('60/100');
  await expect(depth.getByRole('heading', { level: 3 })).toHaveText(
    'Next step: Brief them on your business',
  );
  await expect(section('What I want them to understand')).toContainText(OFFER);
  await expectFitsPhone(page);
});
