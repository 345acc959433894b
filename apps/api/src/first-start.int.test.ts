import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connectPostgres } from '@tend/db';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from './server.ts';
import {
  freePort,
  type ServerProcess,
  spawnServer,
  waitUntilServing,
} from './test/server-process.ts';

const PASSWORD = 'correct horse battery';
const SETUP_LINK = /Open (http:\/\/\S+)\/\?setup=(\S+) to create the owner account/;

/** A database of its own for the started server: a new one on Postgres, or a PGlite folder. */
const newStore = async (): Promise<{ env: Record<string, string>; drop: () => Promise<void> }> => {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'tend-first-start-'));
    return {
      env: { TEND_DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `tend_first_start_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = async (statement: string) => {
    const connection = await connectPostgres(adminUrl, { migrate: false, maxConnections: 1 });
    try {
      await connection.db.execute(sql.raw(statement));
    } finally {
      await connection.close();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
};

describe('the first start of a server', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const start = async (env: Record<string, string>): Promise<ServerProcess> => {
    const port = String(await freePort());
    const server = spawnServer({ PORT: port, ...env });
    cleanups.push(() => server.stop());
    await waitUntilServing(server, 90_000);
    return server;
  };

  const store = async () => {
    const made = await newStore();
    cleanups.push(made.drop);
    return made.env;
  };

  const signUp = (server: ServerProcess, body: Record<string, unknown>) =>
    fetch(`${server.url}/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
      body: JSON.stringify({ password: PASSWORD, ...body }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));

  it('prints a link with a new setup code, which alone makes the owner; once spent, no more', async () => {
    const env = await store();
    const first = await start(env);
    const link = SETUP_LINK.exec(first.output());
    expect(link?.[1]).toBe(first.url);
    const code = link?.[2] ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);

    const session = await fetch(`${first.url}/auth/session`).then((response) => response.json());
    expect(session).toEqual({ signedIn: false, allowSignUp: true });
    expect(await signUp(first, { email: 'stranger@example.com' })).toMatchObject({ status: 403 });
    expect(
      await signUp(first, { email: 'stranger@example.com', setupCode: 'QX7M-4KDT-9WBR-2HNZ' }),
    ).toMatchObject({ status: 403 });
    expect(await signUp(first, { email: 'owner@example.com', setupCode: code })).toMatchObject({
      status: 201,
      body: { account: { email: 'owner@example.com', name: 'My account', isOwner: true } },
    });
    await first.stop();

    // Started again with its owner, the server makes and prints no code.
    const again = await start(env);
    expect(again.output()).not.toContain('?setup=');
    expect(await signUp(again, { email: 'late@example.com', setupCode: code })).toMatchObject({
      status: 403,
      body: { error: { issues: [{ path: ['setupCode'] }] } },
    });
  }, 180_000);

  it('takes the code fixed in TEND_SETUP_CODE, and keeps it out of the log', async () => {
    const server = await start({ ...(await store()), TEND_SETUP_CODE: 'plum-harbour-4471' });
    expect(server.output()).toContain(
      `Open ${server.url}/?setup=<TEND_SETUP_CODE> to create the owner account`,
    );
    expect(server.output()).not.toMatch(/plum/i);
    expect(
      await signUp(server, { email: 'owner@example.com', setupCode: 'QX7M-4KDT-9WBR-2HNZ' }),
    ).toMatchObject({ status: 403 });
    expect(
      await signUp(server, { email: 'owner@example.com', setupCode: 'Plum Harbour 4471' }),
    ).toMatchObject({ status: 201, body: { account: { isOwner: true } } });
  }, 120_000);
});
