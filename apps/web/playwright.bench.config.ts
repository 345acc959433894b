import { tendConfig } from './e2e/tend-config.ts';

// The browser benchmarks (`pnpm bench`): the production build, as users get it.
export default {
  ...tendConfig({
    port: Number(process.env.E2E_PORT ?? 4175),
    files: { testMatch: '*.bench.ts' },
    env: { NODE_ENV: 'production' },
  }),
  testDir: './bench',
  reporter: 'list',
};
