import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from './server.ts';
import { startWebClientServer, WEB_CLIENT_INDEX } from './test/web-client-server.ts';

const PUBLIC_URL = 'http://tend.test';
const WORKER = "self.addEventListener('fetch', () => {});";
const MANIFEST = { name: 'Tend', start_url: '/', display: 'standalone' };

let server: Awaited<ReturnType<typeof startWebClientServer>>;
let url: string;

beforeAll(async () => {
  server = await startWebClientServer({
    'sw.js': WORKER,
    'manifest.webmanifest': JSON.stringify(MANIFEST),
  });
  url = server.url;
});
afterAll(() => server?.stop());

describe('the installable web app', () => {
  it('serves the manifest as a web app manifest', async () => {
    const response = await fetch(`${url}/manifest.webmanifest`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/manifest+json');
    expect(await response.json()).toEqual(MANIFEST);
  });

  it('serves the service worker as JavaScript the browser always revalidates', async () => {
    const response = await fetch(`${url}/sw.js`);
    expect({ status: response.status, body: await response.text() }).toEqual({
      status: 200,
      body: WORKER,
    });
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    // At the root, the worker's scope is the whole app without a Service-Worker-Allowed header.
    expect(response.headers.get('service-worker-allowed')).toBeNull();
    // Only the worker: other files keep the usual caching.
    const asset = await fetch(`${url}/assets/app.js`);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=0');
  });

  it('lets pages load the manifest and the worker from their own origin only', async () => {
    for (const path of ['/', '/people/123', '/sw.js', '/manifest.webmanifest']) {
      const directives = (
        (await fetch(`${url}${path}`)).headers.get('content-security-policy') ?? ''
      ).split(';');
      expect({ path, directives }).toEqual({
        path,
        directives: expect.arrayContaining(["manifest-src 'self'", "worker-src 'self'"]),
      });
    }
  });

  it('answers a missing file 404, not with the app page', async () => {
    for (const path of ['/assets/old-release.js', '/icons/missing.png', '/nothing.webmanifest']) {
      const response = await fetch(`${url}${path}`);
      expect({ path, status: response.status, body: await response.json() }).toEqual({
        path,
        status: 404,
        body: { error: 'Not found' },
      });
    }
    const page = await fetch(`${url}/groups/abc?went=1`);
    expect({ status: page.status, body: await page.text() }).toEqual({
      status: 200,
      body: WEB_CLIENT_INDEX,
    });
  });
});

/** Every full path in Fastify's route tree, where a child line continues its parent's path. */
const routePaths = (tree: string) => {
  const parents: string[] = [];
  return tree.split('\n').flatMap((line) => {
    const node = /^(.*?)[├└]── (\S+)/.exec(line);
    if (!node) return [];
    const depth = (node[1] ?? '').length / 4;
    const path = `${parents[depth - 1] ?? ''}${node[2] ?? ''}`;
    parents[depth] = path;
    return [path];
  });
};

describe("the service worker's server paths", () => {
  it('cover every route the server answers itself, so none is cached', async () => {
    const source = await readFile(new URL('../../web/public/sw.js', import.meta.url), 'utf8');
    const list = /const SERVER_PATHS = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
    const prefixes = [...list.matchAll(/'([^']+)'/g)].map((match) => match[1] ?? '');
    expect(prefixes).toContain('/graphql');
    // Without webDist the server has its own routes only, none of the app's files.
    const bare = await buildServer({ db: server.db, production: true, publicUrl: PUBLIC_URL });
    try {
      await bare.ready();
      const paths = routePaths(bare.printRoutes({ commonPrefix: false }));
      expect(paths).toEqual(expect.arrayContaining(['/auth/session', '/export/restore']));
      const uncovered = paths.filter(
        (path) => !prefixes.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)),
      );
      expect(uncovered).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
