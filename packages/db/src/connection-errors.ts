/**
 * SQLSTATEs that mean the connection or the server went away, not that the statement was wrong:
 * class 08 (connection exception), 57P01 admin_shutdown (pg_terminate_backend, a fast shutdown),
 * 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, in recovery) and 53300
 * too_many_connections. Trying again later, on a fresh connection, can succeed.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

/** Node's socket errors for a server that is down, unreachable or hung up. */
const UNAVAILABLE_SOCKET_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * pg's own errors carry no code: a socket closed under a client ("Connection terminated
 * unexpectedly"), a client whose connection failed before, or the pool's connection timeout.
 */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /is not queryable$/,
  /^timeout exceeded when trying to connect$/,
];

const isUnavailable = (error: object): boolean => {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (code.startsWith('08') && code.length === 5) return true;
    if (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code)) return true;
  }
  return (
    typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))
  );
};

/**
 * Whether an error, or one it wraps (drizzle's query error keeps pg's as `cause`, GraphQL keeps
 * a resolver's as `originalError`, a pool timeout wraps the socket error), says the database
 * connection was lost or could not be made.
 */
export const isConnectionError = (error: unknown): boolean => {
  const seen = new Set<unknown>();
  let current: unknown = error;
  // Bounded: a cause chain is short, and `seen` stops a cycle.
  while (current !== null && typeof current === 'object' && !seen.has(current) && seen.size < 10) {
    seen.add(current);
    if (isUnavailable(current)) return true;
    const { cause, originalError } = current as { cause?: unknown; originalError?: unknown };
    current = originalError ?? cause;
  }
  return false;
};
