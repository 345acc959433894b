import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.0 and 2.1 levels A and AA rules, the level the app promises. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Minor and moderate findings are reported by axe but do not fail a test. */
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export type AccessibleOptions = {
  /** CSS selectors left out of the check, e.g. a part another test covers. */
  exclude?: string[];
};

/**
 * Runs axe on the page as it is now and fails on any serious or critical WCAG A/AA violation,
 * listing each rule with the elements it found so the failure reads without opening a trace.
 */
export const expectAccessible = async (page: Page, options: AccessibleOptions = {}) => {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  const failing = violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  const report = failing.map((violation) =>
    [
      `${violation.id} (${violation.impact}): ${violation.help}`,
      ...violation.nodes.map((node) => `  - ${node.target.join(' ')}`),
    ].join('\n'),
  );
  expect(report, `Accessibility violations on ${page.url()}`).toEqual([]);
};
