import { homedir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { parseTrustProxy } from './trust-proxy.ts';

const defaultDataDir = () =>
  join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'tend', 'pgdata');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
    /** Set: use this Postgres server. Unset: the embedded PGlite database in TEND_DATA_DIR. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
    /**
     * The tables' owner, used only to run migrations at start; unset: DATABASE_URL. Lets
     * DATABASE_URL be a login that is neither superuser nor owner (README, Running on PostgreSQL).
     */
    DATABASE_MIGRATION_URL: z
      .string()
      .regex(
        /^postgres(ql)?:\/\//,
        'DATABASE_MIGRATION_URL must start with postgres:// or postgresql://',
      )
      .optional(),
    TEND_DATA_DIR: z.string().min(1).default(defaultDataDir()),
    /** After the owner's account, may anyone sign up? */
    TEND_ALLOW_SIGNUP: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
    /**
     * The one-time code that creates the owner account. Unset: a start without an owner makes
     * one and prints it; replicas each make their own, so set it when running more than one.
     */
    TEND_SETUP_CODE: z
      .string()
      .refine((code) => code.replace(/[^0-9a-z]/gi, '').length >= 12, {
        error: 'Use at least 12 letters or digits',
      })
      .optional(),
    /** Sign-ups allowed from one address per hour (each costs a 19 MiB password hash). */
    TEND_SIGNUPS_PER_HOUR: z.coerce.number().int().min(1).default(10),
    /**
     * Behind reverse proxies: which X-Forwarded-* entries (client IP, https) to trust. `false`:
     * none; a number: that many proxy hops (`true` is 1); else a comma list of the proxies'
     * addresses or CIDRs. Never "trust all", which takes the client-written leftmost entry.
     */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((value, context) => {
        const parsed = parseTrustProxy(value);
        if (parsed === null) {
          context.addIssue({
            code: 'custom',
            message:
              'TRUST_PROXY must be false, a number of proxy hops, or a comma list of addresses/CIDRs',
          });
          return z.NEVER;
        }
        return parsed;
      }),
    /** The built web client to serve; unset serves the API only. */
    TEND_WEB_DIST: z.string().optional(),
    /**
     * Tests only: the server's clock stands still at this instant (an ISO date-time), so pages
     * that depend on the date (this week's list, due dates) can be tested. Refused unless
     * NODE_ENV=test.
     */
    TEND_TEST_NOW: z.iso
      .datetime({
        offset: true,
        error: 'TEND_TEST_NOW must be an ISO date-time, e.g. 2026-11-23T08:30:00Z',
      })
      .optional(),
    /** Set: e-mail each account its weekly list (smtp://user:pass@host:587, smtps://… for TLS). */
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\/[^/?#]+/, 'SMTP_URL must look like smtp://user:pass@host:587')
      .optional(),
    /** The sender of the weekly digest. */
    MAIL_FROM: z.string().min(3).default('Tend <tend@localhost>'),
    /** The address users open Tend at, for links in e-mails; default http://HOST:PORT. */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http(s) URL' })
      .optional(),
    /** The local hour of each account's week-start morning the weekly digest goes out. */
    DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  })
  .refine((env) => env.TEND_TEST_NOW === undefined || env.NODE_ENV === 'test', {
    path: ['TEND_TEST_NOW'],
    message: 'TEND_TEST_NOW fixes the clock for tests and is only accepted when NODE_ENV=test',
  })
  .refine((env) => env.DATABASE_MIGRATION_URL === undefined || env.DATABASE_URL !== undefined, {
    path: ['DATABASE_MIGRATION_URL'],
    message: 'DATABASE_MIGRATION_URL migrates the Postgres server of DATABASE_URL: set both',
  });

type PublicUrl = {
  PUBLIC_URL: string;
  /**
   * Whether PUBLIC_URL was set rather than defaulted. The default (HOST:PORT) is wrong behind a
   * proxy, so in development links made for a request only use a PUBLIC_URL that was set; in
   * production they always use PUBLIC_URL, never the request's Host.
   */
  PUBLIC_URL_GIVEN: boolean;
};

/** Links in e-mails lead to PUBLIC_URL, by default the address the server listens on. */
const withDefaultPublicUrl = <T extends { HOST: string; PORT: number; PUBLIC_URL?: string }>(
  env: T,
): T & PublicUrl => {
  const host = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const url = env.PUBLIC_URL ?? `http://${host.includes(':') ? `[${host}]` : host}:${env.PORT}`;
  return {
    ...env,
    PUBLIC_URL: url.replace(/\/+$/, ''),
    PUBLIC_URL_GIVEN: env.PUBLIC_URL !== undefined,
  };
};

export type Env = z.infer<typeof envSchema> & PublicUrl;

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
  return withDefaultPublicUrl(result.data);
};
