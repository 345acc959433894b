import { linkSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Beside PGlite's own files in the data directory; PGlite ignores it. */
export const DATA_DIR_LOCK_FILE = 'tend.lock';

/** Another live process holds the data directory: opening it too would lose writes. */
export class DataDirLockedError extends Error {
  readonly dataDir: string;
  readonly pid: number;

  constructor(dataDir: string, pid: number) {
    super(
      `The data directory ${dataDir} is in use by another Tend server (process ${pid}). Stop that server first, or set TEND_DATA_DIR to another directory.`,
    );
    this.name = 'DataDirLockedError';
    this.dataDir = dataDir;
    this.pid = pid;
  }
}

export type DataDirLock = { path: string; release: () => void };

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, as another user's process.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const holderOf = (path: string): number | undefined => {
  try {
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
};

const removeIfPresent = (path: string) => {
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
};

/**
 * Takes the data directory for this process, as Postgres's postmaster.pid does: a lock file
 * holding the pid, created only if absent. A lock left by a process that is gone (killed, a
 * crash) is taken over; so is one naming this process or its parent, which a restarted
 * container gives the same pid as before. Throws DataDirLockedError while a live one holds it.
 */
export const lockDataDir = (dataDir: string): DataDirLock => {
  const path = join(dataDir, DATA_DIR_LOCK_FILE);
  // Written whole first and then linked into place, which fails if the lock exists: nobody
  // ever reads a lock file that is still empty.
  const draft = `${path}.${process.pid}`;
  writeFileSync(draft, `${process.pid}\n`, { mode: 0o600 });
  try {
    // Bounded: each turn either takes the lock, throws, or removes one stale lock.
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        linkSync(draft, path);
        let released = false;
        return {
          path,
          release: () => {
            if (released) return;
            released = true;
            if (holderOf(path) === process.pid) removeIfPresent(path);
          },
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(path);
      if (
        holder !== undefined &&
        holder !== process.pid &&
        holder !== process.ppid &&
        isAlive(holder)
      ) {
        throw new DataDirLockedError(dataDir, holder);
      }
      removeIfPresent(path);
    }
    throw new Error(`Could not take the lock file ${path}: other processes keep replacing it`);
  } finally {
    removeIfPresent(draft);
  }
};
