import { tendConfig } from './e2e/tend-config.ts';

export default tendConfig({
  port: Number(process.env.E2E_PORT ?? 4173),
  // The weekly, referral network and group review flows need a server whose clock stands still:
  // playwright.weekly.config.ts.
  files: { testIgnore: ['weekly.spec.ts', 'referral-network.spec.ts', 'group-review.spec.ts'] },
  env: { NODE_ENV: 'production' },
});
