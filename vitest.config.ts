import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// Migrates one database for the run, which each test file copies (see the file).
const migratedTemplate = here('./packages/db/src/testing/migrated-template.ts');

// A file that replaces modules or globals would see, or leave behind, other files' copies.
const REPLACES_MODULES = /\bvi\.(mock|doMock|stubEnv|stubGlobal|useFakeTimers)\(/;

/**
 * A package's tests share their worker's loaded modules (no isolation), which saves re-importing
 * the server in every file; files that mock get a project of their own, "<name>-isolated", where
 * each file starts afresh as usual.
 */
const projectsOf = (
  name: string,
  root: string,
  test: TestProjectInlineConfiguration['test'] = {},
): TestProjectInlineConfiguration[] => {
  const isolated = readdirSync(join(here(root), 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join('src', file))
    .filter((file) => REPLACES_MODULES.test(readFileSync(join(here(root), file), 'utf8')));
  const shared = {
    test: {
      ...test,
      name,
      root,
      include: ['src/**/*.test.ts'],
      exclude: [...configDefaults.exclude, ...isolated],
      isolate: false,
    },
  };
  const own = { test: { ...test, name: `${name}-isolated`, root, include: isolated } };
  return isolated.length > 0 ? [shared, own] : [shared];
};

export default defineConfig({
  test: {
    // Vitest's default keeps a core free, which is one worker on two cores; these files wait on
    // databases and spawned servers as much as they compute, so use every core.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      // Property tests run hundreds of cases: slow, not stuck, when other files load the machine.
      ...projectsOf('domain', './packages/domain', { testTimeout: 20_000 }),
      ...projectsOf('db', './packages/db', {
        globalSetup: [migratedTemplate],
        testTimeout: 30_000,
        hookTimeout: 60_000,
      }),
      ...projectsOf('api', './apps/api', {
        globalSetup: [migratedTemplate],
        testTimeout: 30_000,
        hookTimeout: 60_000,
      }),
      ...projectsOf('web', './apps/web'),
    ],
  },
});
