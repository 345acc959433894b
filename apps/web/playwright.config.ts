import { tendConfig } from './e2e/tend-config.ts';

export default tendConfig({
  port: Number(process.env.E2E_PORT ?? 4173),
  // The weekly and referral network flows need a server whose clock stands still:
  // playwright.weekly.config.ts.
  files: { testIgnore: ['weekly.spec.ts', 'referral-network.spec.ts'] },
  env: { NODE_ENV: 'production' },
});
