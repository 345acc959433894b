/**
 * The instant the weekly flow's server and browser both stand at: a Monday morning in
 * Europe/London, so the week is 23–29 Nov 2026 and the demo data's due dates are known.
 */
export const WEEKLY_NOW = '2026-11-23T08:30:00Z';
