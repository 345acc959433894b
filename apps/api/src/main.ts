import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { connectDatabase } from '@tend/db';
import { parseEnv } from './env.ts';
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
const webDist = env.TEND_WEB_DIST ?? fileURLToPath(new URL('../../web/dist', import.meta.url));
const app = await buildServer({
  db: database.db,
  allowSignUp: env.TEND_ALLOW_SIGNUP,
  trustProxy: env.TRUST_PROXY,
  production: env.NODE_ENV === 'production',
  webDist,
  logger: env.NODE_ENV === 'production',
});

const shutdown = async () => {
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
