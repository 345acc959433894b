// Builds the client only when a source file is newer than the last build, so `pnpm start` is quick.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = join(root, 'dist', 'index.html');

const newest = (path) => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newest(join(path, entry))));
};

const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(root, p));
if (existsSync(built) && statSync(built).mtimeMs >= Math.max(...sources.map(newest))) {
  console.log('Web client is up to date.');
} else {
  execFileSync(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], {
    cwd: root,
    stdio: 'inherit',
    // A server started under NODE_ENV=test (the fixed-clock browser tests) still serves the
    // production build: with NODE_ENV=test Vite would bundle React's development build.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  // The size budget holds for every build, CI's included: past it, this fails.
  execFileSync(process.execPath, [join(root, 'scripts', 'check-bundle-size.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
