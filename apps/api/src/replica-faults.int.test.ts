import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type ScratchDatabase, scratchDatabase } from '@tend/db/testing/scratch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER } from './server.ts';
import { TEST_PASSWORD } from './test/harness.ts';
import {
  freePort,
  type ServerProcess,
  spawnServer,
  waitUntilServing,
} from './test/server-process.ts';
import { SESSION_COOKIE } from './use-cases/accounts/session-tokens.ts';

const adminUrl = process.env.DATABASE_URL;
const NGINX = '/usr/sbin/nginx';
const SETUP_CODE = 'REPLICA-FAULT-CODE-01';
const CONCURRENCY = 5;
const LOAD_MS = 6_000;
// Whatever the restart takes, the load stops by then.
const LOAD_LIMIT_MS = 20_000;
const KILL_AFTER_MS = 1_500;
const REQUEST_TIMEOUT_MS = 5_000;

const CREATE_PERSON = /* GraphQL */ `
  mutation($input: PersonInput!) { result: createPerson(input: $input) { __typename ... on Person { id } } }
`;

type Outcome = { kind: 'write' | 'read'; startedAt: number; ok: boolean; id?: string };

/**
 * The proxy docker-compose puts in front of the replicas (docker/nginx.conf), in miniature:
 * round robin, a replica that fails is passed over for a while, and a request that could not
 * reach one goes to the other (a non-idempotent one only if nothing was sent yet).
 */
const nginxConfig = (dir: string, port: number, upstreams: number[]) => `
worker_processes 1;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream tend {
    ${upstreams.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n    ')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://tend;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
    }
  }
}
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!adminUrl || !existsSync(NGINX))(
  'two API processes behind nginx when one is killed (Postgres and nginx only)',
  () => {
    let database: ScratchDatabase;
    let dir = '';
    let nginx: ChildProcess | undefined;
    let nginxOutput = '';
    let proxyUrl = '';
    const ports: number[] = [];
    const servers: ServerProcess[] = [];
    let cookie = '';

    const envFor = (port: number) => ({
      DATABASE_URL: database.url,
      PORT: String(port),
      NODE_ENV: 'production',
      PUBLIC_URL: proxyUrl,
      // One code for both, as replicas need (each would make its own).
      TEND_SETUP_CODE: SETUP_CODE,
      TRUST_PROXY: '1',
    });

    beforeAll(async () => {
      database = await scratchDatabase(adminUrl ?? '', 'tend_replicas');
      const proxyPort = await freePort();
      proxyUrl = `http://127.0.0.1:${proxyPort}`;
      ports.push(await freePort(), await freePort());
      // Both at once: their migrations queue on the advisory lock.
      servers.push(...ports.map((port) => spawnServer(envFor(port))));
      dir = await mkdtemp(join(tmpdir(), 'tend-nginx-'));
      const conf = join(dir, 'nginx.conf');
      await writeFile(conf, nginxConfig(dir, proxyPort, ports));
      nginx = spawn(
        NGINX,
        ['-p', dir, '-e', 'stderr', '-c', conf, '-g', `daemon off; pid ${dir}/nginx.pid;`],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      nginx.stderr?.on('data', (chunk: Buffer) => {
        nginxOutput += chunk.toString();
      });
      await Promise.all(servers.map((server) => waitUntilServing(server)));
      const signUp = await fetch(`${proxyUrl}/auth/sign-up`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
        body: JSON.stringify({
          email: 'owner@example.com',
          password: TEST_PASSWORD,
          setupCode: SETUP_CODE,
        }),
      });
      expect(signUp.status, `${await signUp.clone().text()}\n${nginxOutput}`).toBe(201);
      const setCookie = signUp.headers
        .getSetCookie()
        .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
      cookie = setCookie?.split(';')[0] ?? '';
    }, 120_000);

    afterAll(async () => {
      if (nginx && nginx.exitCode === null) {
        nginx.kill('SIGTERM');
        await once(nginx, 'exit');
      }
      await Promise.all(servers.map((server) => server.stop()));
      await database?.drop();
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    const write = async (name: string): Promise<Outcome> => {
      const startedAt = performance.now();
      try {
        const response = await fetch(`${proxyUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
          body: JSON.stringify({ query: CREATE_PERSON, variables: { input: { name } } }),
          signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
        });
        const body = (await response.json().catch(() => null)) as {
          data?: { result?: { __typename?: string; id?: string } };
        } | null;
        const result = body?.data?.result;
        const ok = response.status === 200 && result?.__typename === 'Person';
        return { kind: 'write', startedAt, ok, ...(ok ? { id: result?.id } : {}) };
      } catch {
        return { kind: 'write', startedAt, ok: false };
      }
    };

    // A GET, which nginx may send to the other replica when the first fails mid-request.
    const read = async (): Promise<Outcome> => {
      const startedAt = performance.now();
      try {
        const response = await fetch(
          `${proxyUrl}/graphql?query=${encodeURIComponent('{ viewer { id } }')}`,
          {
            headers: { [CSRF_HEADER]: '1', cookie },
            signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
          },
        );
        const body = (await response.json().catch(() => null)) as {
          data?: { viewer?: { id?: string } };
        } | null;
        return { kind: 'read', startedAt, ok: response.status === 200 && !!body?.data?.viewer?.id };
      } catch {
        return { kind: 'read', startedAt, ok: false };
      }
    };

    it('keeps serving through a replica’s kill -9 and restart, losing no acknowledged write', async () => {
      const started = performance.now();
      let killedAt = Number.POSITIVE_INFINITY;
      let servingAgainAt = Number.POSITIVE_INFINITY;
      const fault = (async () => {
        await sleep(KILL_AFTER_MS);
        const victim = servers[0];
        const port = ports[0];
        if (!victim?.child.pid || port === undefined) throw new Error('No server to kill');
        killedAt = performance.now();
        process.kill(-victim.child.pid, 'SIGKILL');
        await victim.exited;
        const restarted = spawnServer(envFor(port));
        servers[0] = restarted;
        await waitUntilServing(restarted, LOAD_LIMIT_MS);
        servingAgainAt = performance.now();
      })();
      const outcomes: Outcome[] = [];
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async (_, worker) => {
          for (let i = 0; i < 10_000; i += 1) {
            const elapsed = performance.now() - started;
            // Past the kill and the restart, with a second more of both replicas serving.
            const done =
              elapsed > LOAD_LIMIT_MS ||
              (elapsed > LOAD_MS && performance.now() > servingAgainAt + 1_000);
            if (done) break;
            outcomes.push(i % 2 === 0 ? await write(`Load ${worker}-${i}`) : await read());
          }
        }),
      );
      await fault;

      const acknowledged = outcomes.flatMap((o) => (o.id ? [o.id] : []));
      const rows = await database.query<{ id: string }>(
        'select id from people where id = any($1::uuid[])',
        [acknowledged],
      );
      const stored = new Set(rows.map((row) => row.id));
      const lost = acknowledged.filter((id) => !stored.has(id)).length;
      const errors = outcomes.filter((o) => !o.ok);
      const duringOutage = outcomes.filter(
        (o) => o.ok && o.startedAt > killedAt && o.startedAt < servingAgainAt,
      );
      const fullServiceMs = Math.round(servingAgainAt - killedAt);
      console.log(
        `replica faults: ${errors.length} client errors (${errors.filter((o) => o.kind === 'write').length} writes, ${errors.filter((o) => o.kind === 'read').length} reads) of ${outcomes.length} requests, full service after ${fullServiceMs} ms, ${lost} lost writes`,
      );
      expect(servingAgainAt).toBeLessThan(Number.POSITIVE_INFINITY);
      expect(lost).toBe(0);
      expect(acknowledged.length).toBeGreaterThan(0);
      // The other replica answered while the killed one was down.
      expect(duringOutage.length).toBeGreaterThan(0);
      // At most the requests the killed replica had in hand: one per client.
      expect(errors.length, nginxOutput).toBeLessThanOrEqual(CONCURRENCY);
      // The restarted replica serves through the proxy again.
      const health = await fetch(`${servers[0]?.url}/healthz`);
      expect(health.status).toBe(200);
    }, 40_000);
  },
);
