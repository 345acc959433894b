import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR_LOCK_FILE, DataDirLockedError, lockDataDir } from './data-dir-lock.ts';

/** The pid of a process that has exited, so no process has it (barring reuse, unlikely here). */
const deadPid = (): number => {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
};

describe('lockDataDir', () => {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'tend-lock-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes this process’s pid and removes the file on release', () => {
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, DATA_DIR_LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(existsSync(join(dir, DATA_DIR_LOCK_FILE))).toBe(false);
    // Leaves nothing else behind either.
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses while a live process holds it, naming the directory and the process', async () => {
    const holder = spawn('sleep', ['30']);
    try {
      await once(holder, 'spawn');
      writeFileSync(join(dir, DATA_DIR_LOCK_FILE), `${holder.pid}\n`);
      const attempt = () => lockDataDir(dir);
      expect(attempt).toThrow(DataDirLockedError);
      expect(attempt).toThrow(
        `The data directory ${dir} is in use by another Tend server (process ${holder.pid})`,
      );
      expect(readFileSync(join(dir, DATA_DIR_LOCK_FILE), 'utf8')).toBe(`${holder.pid}\n`);
    } finally {
      holder.kill();
    }
  });

  it.each([
    ['a process that is gone', () => deadPid()],
    ['this very pid (a restarted container)', () => process.pid],
    ['garbage', () => Number.NaN],
  ])('takes over a lock left by %s', (_, pid) => {
    writeFileSync(join(dir, DATA_DIR_LOCK_FILE), `${pid()}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, DATA_DIR_LOCK_FILE), 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('does not remove a lock another process has taken since', () => {
    const lock = lockDataDir(dir);
    writeFileSync(join(dir, DATA_DIR_LOCK_FILE), '1\n');
    lock.release();
    expect(readFileSync(join(dir, DATA_DIR_LOCK_FILE), 'utf8')).toBe('1\n');
  });
});
