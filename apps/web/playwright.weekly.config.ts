import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { WEEKLY_NOW } from './e2e/weekly-clock.ts';

/**
 * The Monday flow needs a known week and known due dates, so its server runs with its clock
 * fixed (TEND_TEST_NOW, accepted only with NODE_ENV=test) on its own port and database. The
 * browser's clock is set to the same instant in the test, so "today" agrees on both sides.
 */
const port = Number(process.env.E2E_WEEKLY_PORT ?? 4174);
const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-weekly-'));

export default defineConfig({
  testDir: './e2e',
  testMatch: 'weekly.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command:
      'node scripts/build-if-needed.mjs && node ../api/node_modules/tsx/dist/cli.mjs ../api/src/main.ts',
    url: `http://127.0.0.1:${port}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      TEND_SIGNUPS_PER_HOUR: '1000',
      PORT: String(port),
      HOST: '127.0.0.1',
      TEND_DATA_DIR: dataDir,
      NODE_ENV: 'test',
      TEND_TEST_NOW: WEEKLY_NOW,
    },
  },
});
