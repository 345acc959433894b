import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { logDestination } from './request-log.ts';

const dir = mkdtempSync(join(tmpdir(), 'tend-log-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the log destination', () => {
  it('writes every line, in order, though it never blocks to write one', async () => {
    const file = join(dir, 'server.log');
    const destination = logDestination(file);
    await once(destination, 'ready');
    // Written in one go, as a burst of requests would: most lines wait for the write before them.
    for (let i = 0; i < 5_000; i += 1) destination.write(`{"line":${i}}\n`);
    destination.end();
    await once(destination, 'close');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(5_000);
    expect(lines.map((line) => (JSON.parse(line) as { line: number }).line)).toEqual(
      Array.from({ length: 5_000 }, (_, i) => i),
    );
  });
});
