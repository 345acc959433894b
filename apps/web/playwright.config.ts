import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
// Every run starts on a new embedded database, so tests see a first start.
const dataDir = mkdtempSync(join(tmpdir(), 'tend-e2e-'));

export default defineConfig({
  testDir: './e2e',
  // The weekly flow needs a server whose clock stands still: playwright.weekly.config.ts.
  testIgnore: 'weekly.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // No retries: the server and its database are made once per run, and tests begin at first start.
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
      PORT: String(port),
      HOST: '127.0.0.1',
      TEND_DATA_DIR: dataDir,
      NODE_ENV: 'production',
      // Every test user signs up from 127.0.0.1.
      TEND_SIGNUPS_PER_HOUR: '1000',
    },
  },
});
