import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectDatabase } from '@tend/db';
import { parseEnv } from './env.ts';
import { queueDatabaseFor, startWeeklyDigests } from './jobs/weekly-digest-job.ts';
import { describeSmtpUrl } from './mail/mailer.ts';
import { buildServer } from './server.ts';
import { ensureLocalAccount } from './use-cases/accounts/ensure-local-account.ts';

const env = parseEnv();
if (!env.DATABASE_URL) mkdirSync(env.TEND_DATA_DIR, { recursive: true });
const database = await connectDatabase({
  databaseUrl: env.DATABASE_URL,
  dataDir: env.TEND_DATA_DIR,
});
console.log(
  database.kind === 'postgres'
    ? `Database: PostgreSQL at ${database.location}`
    : `Database: embedded PGlite, data in ${database.location}`,
);

// Holds what was entered before sign-in existed; the first sign-up claims it as the owner.
await ensureLocalAccount(database.db);
// Tests only (the environment refuses it otherwise): a clock that stands still.
const testNow = env.TEND_TEST_NOW;
if (testNow) console.log(`Clock fixed at ${testNow} (TEND_TEST_NOW)`);
const webDist = env.TEND_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const app = await buildServer({
  db: database.db,
  allowSignUp: env.TEND_ALLOW_SIGNUP,
  signUpLimit: { max: env.TEND_SIGNUPS_PER_HOUR, windowMs: 60 * 60_000 },
  trustProxy: env.TRUST_PROXY,
  // Only an explicit PUBLIC_URL: its default (HOST:PORT) is wrong behind a proxy, where the
  // request's own origin is right.
  publicUrl: env.PUBLIC_URL_GIVEN ? env.PUBLIC_URL : undefined,
  production: env.NODE_ENV === 'production',
  webDist,
  logger: env.NODE_ENV === 'production',
  ...(testNow ? { now: () => new Date(testNow) } : {}),
});

// The weekly digest e-mail, only when SMTP is configured; without it the list lives in the app.
const digests = await startWeeklyDigests({
  db: database.db,
  queue: queueDatabaseFor(database, env.DATABASE_URL),
  smtpUrl: env.SMTP_URL,
  mailFrom: env.MAIL_FROM,
  settings: { publicUrl: env.PUBLIC_URL, hour: env.DIGEST_HOUR },
  log: (message) => console.log(message),
});
console.log(
  env.SMTP_URL
    ? `Weekly digest: e-mailed through ${describeSmtpUrl(env.SMTP_URL)} at ${env.DIGEST_HOUR}:00 on each account's week start, linking to ${env.PUBLIC_URL}`
    : 'Weekly digest: off (set SMTP_URL to e-mail each week’s list)',
);

const shutdown = async () => {
  await digests?.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

await app.listen({ host: env.HOST, port: env.PORT });
console.log(
  `Tend is running at http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`,
);
