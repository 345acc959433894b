import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const defaultDataDir = () =>
  join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'tend', 'pgdata');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** Set: use this Postgres server. Unset: the embedded PGlite database in TEND_DATA_DIR. */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  TEND_DATA_DIR: z.string().min(1).default(defaultDataDir()),
  /** After the owner's account, may anyone sign up? */
  TEND_ALLOW_SIGNUP: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  /** Behind a reverse proxy: trust its X-Forwarded-* headers (client IP, https). */
  TRUST_PROXY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** The built web client to serve; unset serves the API only. */
  TEND_WEB_DIST: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Parsed once at start; a bad value stops the server with a message naming the variable. */
export const parseEnv = (source: NodeJS.ProcessEnv = process.env): Env => {
  const result = envSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, value]) => value !== '')),
  );
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `  ${issue.path.join('.')}: ${issue.message}`,
    );
    throw new Error(`Invalid environment:\n${problems.join('\n')}`);
  }
  return result.data;
};
