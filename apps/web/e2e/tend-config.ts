import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig, type PlaywrightTestConfig } from '@playwright/test';
import { SETUP_CODE } from './setup-code.ts';

/**
 * A Playwright run against the built app on its own port and a new embedded database, in
 * Debian's Chromium. No retries: the server is made once per run and tests begin at first start.
 */
export const tendConfig = (options: {
  port: number;
  files: Pick<PlaywrightTestConfig, 'testMatch' | 'testIgnore'>;
  env: Record<string, string>;
}) =>
  defineConfig({
    // Paths here are read from the config file's folder (apps/web), not this file's.
    testDir: './e2e',
    ...options.files,
    timeout: 60_000,
    expect: { timeout: 10_000 },
    fullyParallel: false,
    workers: 1,
    retries: 0,
    reporter: process.env.CI ? 'list' : 'line',
    use: {
      baseURL: `http://127.0.0.1:${options.port}`,
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
      url: `http://127.0.0.1:${options.port}/healthz`,
      timeout: 120_000,
      reuseExistingServer: false,
      env: {
        PORT: String(options.port),
        HOST: '127.0.0.1',
        PUBLIC_URL: `http://127.0.0.1:${options.port}`,
        TEND_DATA_DIR: mkdtempSync(join(tmpdir(), 'tend-e2e-')),
        // Every test user signs up from 127.0.0.1.
        TEND_SIGNUPS_PER_HOUR: '1000',
        TEND_SETUP_CODE: SETUP_CODE,
        ...options.env,
      },
    },
  });
