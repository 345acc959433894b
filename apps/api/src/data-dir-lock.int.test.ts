import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DATA_DIR_LOCK_FILE } from '@tend/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  freePort,
  type ServerProcess,
  spawnServer,
  waitUntilServing,
} from './test/server-process.ts';

const startOn = async (dataDir: string) =>
  spawnServer({ TEND_DATA_DIR: dataDir, PORT: String(await freePort()) });

const exitWithin = (server: ServerProcess, ms: number) =>
  Promise.race([
    server.exited,
    new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms)),
  ]);

// The embedded database only: on Postgres the server keeps no data directory.
describe.skipIf(process.env.DATABASE_URL)('one server per embedded data directory', () => {
  let dataDir = '';
  let lockFile = '';
  const servers: ServerProcess[] = [];
  let firstHolder = 0;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'tend-lock-int-'));
    lockFile = join(dataDir, DATA_DIR_LOCK_FILE);
  });

  afterAll(async () => {
    for (const server of servers) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server on the same directory, naming the holder, and keeps the first serving', async () => {
    const first = await startOn(dataDir);
    servers.push(first);
    await waitUntilServing(first);
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    firstHolder = holder;

    const second = await startOn(dataDir);
    servers.push(second);
    const startedAt = performance.now();
    const code = await exitWithin(second, 30_000);
    const tookMs = performance.now() - startedAt;
    expect(code, second.output()).toBe(1);
    expect(second.output()).toContain(
      `The data directory ${dataDir} is in use by another Tend server (process ${holder}).`,
    );
    // It stopped before opening the database, let alone migrating it.
    expect(second.output()).not.toContain('Database: embedded PGlite');
    console.log(`The second server exited ${Math.round(tookMs)} ms after it was started`);

    const health = await fetch(`${first.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
    expect(await health.json()).toEqual({ ok: true, database: 'up' });
    expect(first.running()).toBe(true);
  }, 180_000);

  it('lets the next server start once the first is gone, even killed outright', async () => {
    const [first] = servers;
    if (!first?.child.pid) throw new Error('The first test starts the first server');
    // As a crash or `kill -9` would: no shutdown, the lock file stays behind.
    process.kill(-first.child.pid, 'SIGKILL');
    await first.exited;
    expect(existsSync(lockFile)).toBe(true);

    const next = await startOn(dataDir);
    servers.push(next);
    await waitUntilServing(next);
    // The lock the killed server left was taken over: it now names the new server.
    const holder = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    expect(holder).toBeGreaterThan(0);
    expect(holder).not.toBe(firstHolder);

    // A clean stop releases the lock.
    expect(await next.stop()).toBe(0);
    expect(existsSync(lockFile)).toBe(false);
  }, 180_000);
});
