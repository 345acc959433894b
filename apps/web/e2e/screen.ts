import { expect, type Page } from '@playwright/test';

/** Nothing runs off the side of a phone's screen. */
export const expectFitsPhone = async (page: Page) =>
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
