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
