import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  connectDatabase,
  DataDirLockedError,
  leastPrivilegeWarning,
  loginPrivileges,
} from '@tend/db';
import { parseEnv } from './env.ts';
import { queueDatabaseFor } from './jobs/job-queue.ts';
import { startPromptsJob } from './jobs/prompts-job.ts';
import { startWeeklyDigests } from './jobs/weekly-digest-job.ts';
import { describeSmtpUrl } from './mail/mailer.ts';
import { buildServer } from './server.ts';
import { ensureLocalAccount } from './use-cases/accounts/ensure-local-account.ts';
import { hasOwner } from './use-cases/accounts/has-owner.ts';
import { generateSetupCode } from './use-cases/accounts/setup-code.ts';

const env = parseEnv();
if (!env.DATABASE_URL) mkdirSync(env.TEND_DATA_DIR, { recursive: true });
const database = await connectDatabase({
  databaseUrl: env.DATABASE_URL,
  migrationUrl: env.DATABASE_MIGRATION_URL,
  dataDir: env.TEND_DATA_DIR,
}).catch((error: unknown) => {
  // Another server has the embedded data open: say which, and stop before touching it.
  if (error instanceof DataDirLockedError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
});
console.log(
  database.kind === 'postgres'
    ? `Database: PostgreSQL at ${database.location}`
    : `Database: embedded PGlite, data in ${database.location}`,
);
if (database.kind === 'postgres') {
  const warning = leastPrivilegeWarning(await loginPrivileges(database.db));
  if (warning) console.warn(warning);
}

// Holds what was entered before sign-in existed; the owner's sign-up claims it.
await ensureLocalAccount(database.db);
// Creating the owner takes this one-time code, so a stranger who finds a new server first
// cannot claim it. Only a server still without an owner has one.
const setupCode = (await hasOwner(database.db))
  ? undefined
  : (env.TEND_SETUP_CODE ?? generateSetupCode());
// Tests only (the environment refuses it otherwise): a clock that stands still.
const testNow = env.TEND_TEST_NOW;
if (testNow) console.log(`Clock fixed at ${testNow} (TEND_TEST_NOW)`);
const webDist = env.TEND_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const app = await buildServer({
  db: database.db,
  allowSignUp: env.TEND_ALLOW_SIGNUP,
  signUpLimit: { max: env.TEND_SIGNUPS_PER_HOUR, windowMs: 60 * 60_000 },
  trustProxy: env.TRUST_PROXY,
  // Production links always name PUBLIC_URL, never a request's Host (which the client writes).
  // In development an unset PUBLIC_URL's default (HOST:PORT) is wrong behind Vite's proxy, where
  // the request's own origin is right.
  publicUrl: env.NODE_ENV === 'production' || env.PUBLIC_URL_GIVEN ? env.PUBLIC_URL : undefined,
  production: env.NODE_ENV === 'production',
  webDist,
  setupCode,
  mailConfigured: env.SMTP_URL !== undefined,
  logger: env.NODE_ENV === 'production',
  ...(testNow ? { now: () => new Date(testNow) } : {}),
});

const queue = queueDatabaseFor(database, env.DATABASE_URL);
// Prompts are raised by this job each minute (and once now), never by a read.
const promptsJob = await startPromptsJob({
  db: database.db,
  queue,
  ...(testNow ? { now: () => new Date(testNow) } : {}),
  log: (message) => console.log(message),
});

// The weekly digest e-mail, only when SMTP is configured; without it the list lives in the app.
const digests = await startWeeklyDigests({
  db: database.db,
  queue,
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

let shuttingDown = false;
const shutdown = async () => {
  // A signal can come twice (Ctrl-C reaches tsx and this process, and tsx may relay it): the
  // second must not kill the process before the database is closed and its lock released.
  if (shuttingDown) return;
  shuttingDown = true;
  await digests?.stop();
  await promptsJob.stop();
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

await app.listen({ host: env.HOST, port: env.PORT });
console.log(
  `Tend is running at http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${env.PORT}`,
);
if (setupCode) {
  // A code fixed in the environment is the operator's secret: the log does not repeat it.
  const code = env.TEND_SETUP_CODE ? '<TEND_SETUP_CODE>' : setupCode;
  console.log(
    [
      '',
      `  ➜  Open ${env.PUBLIC_URL}/?setup=${code} to create the owner account`,
      '     (the setup code works once, until the owner account exists)',
      '',
    ].join('\n'),
  );
}
