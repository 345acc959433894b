import { tendConfig } from './e2e/tend-config.ts';
import { WEEKLY_NOW } from './e2e/weekly-clock.ts';

/**
 * The Monday flow needs a known week and known due dates, and the referral network flow known
 * days (a touch two days ago, a meeting tomorrow), and the group review its last 12 months, so their server runs with its clock
 * fixed (TEND_TEST_NOW, accepted only with NODE_ENV=test) on its own port and database. The
 * browser's clock is set to the same instant in the test, so "today" agrees on both sides.
 */
export default tendConfig({
  port: Number(process.env.E2E_WEEKLY_PORT ?? 4174),
  files: { testMatch: ['weekly.spec.ts', 'referral-network.spec.ts', 'group-review.spec.ts'] },
  env: { NODE_ENV: 'test', TEND_TEST_NOW: WEEKLY_NOW },
});
