// Bundle-size budget, run after `vite build`: the first load (the entry script, its CSS and every
// chunk index.html preloads) and each lazy chunk, gzipped, must stay under their limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const FIRST_LOAD_LIMIT_KB = 150;
const LAZY_CHUNK_LIMIT_KB = 50;

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');

// Local script, stylesheet and modulepreload references in index.html: what the browser fetches first.
const firstLoad = new Set(
  [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.(?:js|css))"/g)]
    .map((match) => match[1])
    .filter((path) => !/^https?:/.test(path)),
);

const filesUnder = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const kb = (bytes) => bytes / 1024;
const gzippedKb = (path) => kb(gzipSync(readFileSync(path), { level: 9 }).length);

const rows = filesUnder(dist)
  .filter((path) => /\.(js|css)$/.test(path))
  .map((path) => {
    const name = relative(dist, path);
    return { name, firstLoad: firstLoad.has(name), size: gzippedKb(path) };
  })
  // Lazily loaded CSS comes with its chunk; only lazy scripts are budgeted one by one.
  .filter((row) => row.firstLoad || row.name.endsWith('.js'))
  .sort((a, b) => Number(b.firstLoad) - Number(a.firstLoad) || b.size - a.size);

const firstLoadTotal = rows.filter((row) => row.firstLoad).reduce((sum, row) => sum + row.size, 0);
const tooBig = rows.filter((row) => !row.firstLoad && row.size > LAZY_CHUNK_LIMIT_KB);

const width = Math.max(...rows.map((row) => row.name.length), 10);
console.log(`${'file'.padEnd(width)}  kind        KB gzipped`);
for (const row of rows) {
  const kind = row.firstLoad ? 'first load' : 'lazy      ';
  console.log(`${row.name.padEnd(width)}  ${kind}  ${row.size.toFixed(1).padStart(10)}`);
}
console.log(
  `first load: ${firstLoadTotal.toFixed(1)} KB gzipped (limit ${FIRST_LOAD_LIMIT_KB}); largest lazy chunk: ${Math.max(0, ...rows.filter((row) => !row.firstLoad).map((row) => row.size)).toFixed(1)} KB (limit ${LAZY_CHUNK_LIMIT_KB})`,
);

let failed = false;
if (firstLoad.size === 0) {
  console.error('No entry script found in dist/index.html.');
  failed = true;
}
if (firstLoadTotal > FIRST_LOAD_LIMIT_KB) {
  console.error(
    `First load is over budget: ${firstLoadTotal.toFixed(1)} KB > ${FIRST_LOAD_LIMIT_KB} KB.`,
  );
  failed = true;
}
for (const row of tooBig) {
  console.error(
    `Lazy chunk ${row.name} is over budget: ${row.size.toFixed(1)} KB > ${LAZY_CHUNK_LIMIT_KB} KB.`,
  );
  failed = true;
}
process.exit(failed ? 1 : 0);
