import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const API_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A port nothing listens on right now, for a server process that must print its address. */
export const freePort = async (): Promise<number> => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('No port');
  return address.port;
};

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  /** Everything it printed so far, stdout and stderr together. */
  output: () => string;
  running: () => boolean;
  /** Resolves with the exit code once it has exited. */
  exited: Promise<number | null>;
  /** SIGTERM to its whole process group, SIGKILL after a while. */
  stop: () => Promise<number | null>;
};

/**
 * `src/main.ts` as its own process, with tsx as a loader rather than its CLI: the CLI relays
 * signals to a node child and kills it outright when it is slow to acknowledge them (30 ms, often
 * missed on a loaded machine), so a clean stop could not be told from a crash. The process gets
 * a group of its own, so stopping it stops anything it started.
 */
export const spawnServer = (env: Record<string, string>): ServerProcess => {
  const port = env.PORT ?? '0';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_ROOT,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, signal);
    } catch {
      // Already gone.
    }
  };
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      // Make sure nothing it started outlives it.
      signalGroup('SIGKILL');
      return code;
    },
  };
};

/** Waits (bounded) until the process answers /healthz, or throws with what it printed. */
export const waitUntilServing = async (server: ServerProcess, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!server.running()) throw new Error(`The server exited:\n${server.output()}`);
    try {
      const response = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The server did not start within ${timeoutMs} ms:\n${server.output()}`);
};
