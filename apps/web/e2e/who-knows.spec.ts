import { expect, test } from '@playwright/test';
import { addPerson, addProfile, logInteraction, setLevel, setOffer, tag } from './api.ts';
import { signUpEmpty } from './auth.ts';
import { DAY_MS } from './london.ts';
import { expectFitsPhone } from './screen.ts';

const OFFER = 'I help finance teams close the books in three days.';

test('who knows a profile: ranked with next steps, an ask for an introduction lands on the timeline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await signUpEmpty(page);
  await setOffer(page, OFFER);
  const { id: cfos } = await addProfile(page, { name: 'CFOs of B2B firms', roles: ['CFOs'] });

  // Nobody tagged yet: the section says how to tag people.
  await page.goto(`/buyers/${cfos}`);
  const section = page.getByRole('region', { name: 'Who knows this profile' });
  await expect(section.getByText('Nobody is tagged as knowing this profile yet.')).toBeVisible();
  await expect(section.getByRole('link', { name: 'your people' })).toHaveAttribute(
    'href',
    '/people',
  );

  // Ada can introduce and trusts me more than she understands what I do; met two days ago.
  const ada = await addPerson(page, { name: 'Ada Lovelace', emails: ['ada@example.com'] });
  await tag(page, ada.id, cfos, 'CAN_INTRODUCE');
  await setLevel(page, ada.id, 'trust', 4);
  await setLevel(page, ada.id, 'theirUnderstanding', 2);
  await logInteraction(page, {
    kind: 'ONE_TO_ONE',
    occurredAt: new Date(Date.now() - 2 * DAY_MS).toISOString(),
    personIds: [ada.id],
  });
  // Ben only knows of such buyers, and was never met.
  const ben = await addPerson(page, { name: 'Ben Byrne' });
  await tag(page, ben.id, cfos, 'KNOWS_OF');

  await page.reload();
  const rows = section.getByTestId('who-knows-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Ada Lovelace');
  await expect(rows.nth(0)).toContainText('Can introduce');
  await expect(rows.nth(0)).toContainText('Readiness 40 / 100');
  await expect(rows.nth(0)).toContainText('Weaker side: their understanding, 2 of 5');
  await expect(rows.nth(0)).toContainText('Next step: Brief them on your business.');
  await expect(rows.nth(0).getByTestId('who-knows-last-touch')).toContainText('2 days ago');
  await expect(rows.nth(1)).toContainText('Ben Byrne');
  await expect(rows.nth(1)).toContainText('Next step: Give first.');
  await expect(rows.nth(1).getByTestId('who-knows-last-touch')).toHaveText('No depth touch yet');
  await expectFitsPhone(page);

  // Schedule a one-to-one with Ben inline: the invite is offered.
  await rows.nth(1).getByRole('button', { name: 'Schedule a one-to-one with Ben Byrne' }).click();
  const schedule = rows.nth(1).getByRole('form', { name: 'Schedule a one-to-one with Ben Byrne' });
  await expect(schedule.getByLabel('Date')).toBeFocused();
  await schedule.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(rows.nth(1).getByRole('link', { name: 'Download the invite' })).toBeVisible();

  // Ask Ada: the drafted message, editable; copy it; open it in the mail app; record it.
  await rows
    .nth(0)
    .getByRole('button', { name: 'Ask for an introduction through Ada Lovelace' })
    .click();
  const ask = rows.nth(0).getByRole('form', { name: 'Ask Ada Lovelace for an introduction' });
  const message = ask.getByLabel('Message');
  await expect(message).toBeFocused();
  await expect(message).toHaveValue(/^Hi Ada,\n\nI’m looking to meet CFOs \(“CFOs of B2B firms”\)/);
  await expect(message).toHaveValue(new RegExp(OFFER.replace(/\./g, '\\.')));
  await ask.getByRole('button', { name: 'Copy' }).click();
  await expect(ask.getByRole('status')).toContainText(/Copied|Could not copy/);
  await message.press('ControlOrMeta+End');
  await message.pressSequentially(' Thanks again for Tuesday.');
  const mailto = await ask.getByRole('link', { name: 'Open in mail app' }).getAttribute('href');
  expect(mailto).toMatch(/^mailto:ada@example\.com\?subject=/);
  expect(new URL(mailto ?? '').searchParams.get('body')).toMatch(/Thanks again for Tuesday\.$/);
  // An empty message is refused at its field, and nothing is recorded.
  const drafted = await message.inputValue();
  await message.fill('   ');
  await ask.getByRole('button', { name: 'Record the ask' }).click();
  await expect(ask.getByText('Write the message of the ask')).toBeVisible();
  await message.fill(drafted);
  await ask.getByRole('button', { name: 'Record the ask' }).click();
  await expect(rows.nth(0).getByRole('status').last()).toHaveText(
    'Ask recorded on Ada Lovelace’s timeline.',
  );

  // The ask is on Ada's timeline, with its message.
  await rows.nth(0).getByRole('link', { name: 'Ada Lovelace' }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${ada.id}$`));
  const timeline = page.getByRole('region', { name: /^Timeline/ });
  await timeline.getByRole('button', { name: 'Asks' }).click();
  const entry = timeline.locator('li.timeline-introduction-ask');
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText('Asked for an introduction to CFOs of B2B firms');
  await entry.getByText('The message').click();
  await expect(entry).toContainText('Thanks again for Tuesday.');
});
