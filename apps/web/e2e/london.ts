/** The browser runs in London (see tend-config.ts): dates as the pages show and take them. */
export const DAY_MS = 86_400_000;

/** "25 Nov 2026", as the pages write a date. */
export const londonDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** "2026-11-25", as a date input takes it. */
export const londonInput = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/**
 * The date `days` calendar days after London's date at `at`, as the pages write it: a due date
 * is a day in the account's zone (London here), so 24-hour steps would miss by a day near a
 * clock change.
 */
export const londonDatePlus = (at: number, days: number): string => {
  const [year = 0, month = 1, day = 1] = londonInput.format(at).split('-').map(Number);
  return londonDate.format(Date.UTC(year, month - 1, day + days, 12));
};
