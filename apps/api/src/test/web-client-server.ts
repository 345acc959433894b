import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freshDatabase } from '@tend/db/testing';
import { buildServer } from '../server.ts';

export const WEB_CLIENT_INDEX = '<!doctype html><html><body><div id="root"></div></body></html>';

/**
 * A production server with a built web client of a few files (path → content) in a temporary
 * folder: an index.html and one asset, plus `files`. `stop` closes it and removes the folder.
 */
export const startWebClientServer = async (files: Record<string, string> = {}) => {
  const webDist = await mkdtemp(join(tmpdir(), 'tend-web-'));
  const all = { 'index.html': WEB_CLIENT_INDEX, 'assets/app.js': 'console.log("tend");', ...files };
  for (const [path, content] of Object.entries(all)) {
    await mkdir(dirname(join(webDist, path)), { recursive: true });
    await writeFile(join(webDist, path), content);
  }
  const database = await freshDatabase();
  const app = await buildServer({
    db: database.db,
    production: true,
    webDist,
    publicUrl: 'http://tend.test',
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    webDist,
    db: database.db,
    stop: async () => {
      await app.close();
      await database.close();
      await rm(webDist, { recursive: true, force: true });
    },
  };
};
