// Tend's service worker keeps the app's shell (its page, scripts, styles and icons) so the app
// opens without a network. Account data never passes through it: the server's own paths are not
// intercepted, so they always come fresh from the server and none of them is ever stored.

// Bump when this file's caching changes: activating a new version deletes the old caches.
const CACHE = 'tend-shell-v1';
const SHELL = '/index.html';
const OFFLINE = '/offline.html';
// Unhashed files of the shell; the hashed /assets/ are learnt from index.html and as loaded.
const FILES = [
  OFFLINE,
  '/offline.css',
  '/manifest.webmanifest',
  '/favicon.svg',
  '/icons/icon-192.png',
  '/icons/icon-512.png',
  '/icons/icon-maskable-512.png',
  '/icons/apple-touch-icon.png',
];
// The server's paths (apps/api/src/server.ts and routes/): never pages of the app, never cached.
const SERVER_PATHS = ['/graphql', '/auth', '/calendar', '/export', '/imports', '/healthz'];

const isServerPath = (path) =>
  SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** The scripts and styles a release's index.html loads first. */
const assetsOf = (html) =>
  [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);

/**
 * Keeps a page of the app as the shell, with the assets it loads. A new release's shell also drops
 * the last release's assets, so the cache does not grow with every deploy; its lazy chunks come
 * back as they are loaded.
 */
const keepShell = async (response) => {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  const kept = await cache.match(SHELL);
  if (kept && (await kept.text()) === html) return;
  const assets = assetsOf(html);
  await cache.addAll(assets);
  for (const key of await cache.keys()) {
    const path = new URL(key.url).pathname;
    if (path.startsWith('/assets/') && !assets.includes(path)) await cache.delete(key);
  }
  await cache.put(SHELL, response);
};

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(FILES);
      const shell = await fetch(SHELL, { cache: 'no-cache' });
      if (!shell.ok) throw new Error(`The shell answered ${shell.status}`);
      await keepShell(shell);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('tend-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Pages come from the network; offline, the kept shell starts the app, or the offline page. */
const navigate = async (event, path) => {
  try {
    const response = await fetch(event.request);
    const html = response.headers.get('content-type')?.startsWith('text/html');
    if (response.ok && html && path !== OFFLINE) event.waitUntil(keepShell(response.clone()));
    return response;
  } catch (error) {
    const cache = await caches.open(CACHE);
    const fallback = (await cache.match(SHELL)) ?? (await cache.match(OFFLINE));
    if (fallback) return fallback;
    throw error;
  }
};

/** Hashed assets never change, so a kept one is used as it is. */
const cacheFirst = async (request) => {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
};

/** Icons and the manifest may change under the same name: the network's, else the kept one. */
const networkFirst = async (request) => {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(request);
    if (kept) return kept;
    throw error;
  }
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Not answered here, the request goes to the network as if there were no worker.
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (isServerPath(url.pathname)) return;
  if (request.mode === 'navigate') event.respondWith(navigate(event, url.pathname));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (FILES.includes(url.pathname)) event.respondWith(networkFirst(request));
});
