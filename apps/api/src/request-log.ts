import type { FastifyRequest, FastifyServerOptions } from 'fastify';
import pino from 'pino';

/** Everything after it in a feed address is the secret token (the file name). */
const FEED_PATH = /^([^?#]*?\/calendar\/feed\/)(.*)$/is;

// The owner's setup link (`/?setup=CODE`): a code fixed in TEND_SETUP_CODE outlives one start.
const SETUP_PARAM = /([?&]setup=)[^&#]*/gi;

/**
 * The URL as it may be logged: a calendar feed's address is its whole secret, so its token
 * becomes `<redacted>`, and so does a setup code in the query. Other URLs are kept as they are.
 */
export const redactUrl = (url: string): string => {
  const match = FEED_PATH.exec(url);
  if (!match) return url.replace(SETUP_PARAM, '$1<redacted>');
  const [, path = '', file = ''] = match;
  return `${path}<redacted>${file.toLowerCase().endsWith('.ics') ? '.ics' : ''}`;
};

type LoggedRequest = Pick<FastifyRequest, 'method' | 'url' | 'headers' | 'host' | 'ip'> & {
  socket?: { remotePort?: number | undefined } | undefined;
};

/** Fastify's request log entry, with the URL redacted (see `redactUrl`). */
export const serializeRequest = (request: LoggedRequest) => {
  const version = request.headers['accept-version'];
  return {
    method: request.method,
    url: redactUrl(request.url),
    version: Array.isArray(version) ? version.join(', ') : version,
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
};

// drizzle's failed-query message ends in "\nparams: …": the values sent, user data among them.
const SQL_PARAMS = /\nparams: [\s\S]*$/;
// A Postgres data error quotes the value it could not take, last: `… type uuid: "x"`.
const QUOTED_VALUE = /: ".*"$/s;
const REDACTED = '<redacted>';

/** A log message without the SQL parameters a database error carries. */
export const redactLogText = (text: string): string =>
  text.replace(SQL_PARAMS, `\nparams: ${REDACTED}`);

/** The fields of a Postgres error that name what failed without quoting a row's values. */
const DATABASE_FIELDS = ['code', 'severity', 'schema', 'table', 'column', 'constraint'] as const;
// How far an error's causes are followed: GraphQL error › drizzle's › the driver's.
const MAX_CAUSES = 4;

type LoggedError = { type: string; message: string; stack: string; [field: string]: unknown };

/**
 * Fastify's (and so yoga's) error log entry. Only named fields are kept, so a database error's
 * parameters, `detail` ("Failing row contains (…)", "Key (email)=(…)") and `where` never reach
 * the log; the message and stack lose drizzle's "params:" line.
 */
export const serializeError = (error: unknown, depth = 0): LoggedError => {
  if (!(error instanceof Error)) {
    return { type: typeof error, message: redactLogText(String(error)), stack: '' };
  }
  const fields = error as Error & Record<string, unknown>;
  const database = typeof fields.code === 'string' && typeof fields.severity === 'string';
  const message = database
    ? redactLogText(error.message).replace(QUOTED_VALUE, `: ${REDACTED}`)
    : redactLogText(error.message);
  // The stack starts with the message: only the frames after it are kept, so no value survives.
  const head = `${error.name}: ${error.message}`;
  const frames = error.stack?.startsWith(head) ? error.stack.slice(head.length) : '';
  const logged: LoggedError = {
    type: error.name,
    message,
    stack: `${error.name}: ${message}${frames}`,
  };
  for (const key of DATABASE_FIELDS) {
    if (typeof fields[key] === 'string') logged[key] = fields[key];
  }
  if (depth < MAX_CAUSES) {
    // A GraphQL error keeps what was thrown as originalError; drizzle's keeps the driver's as cause.
    if (fields.originalError instanceof Error) {
      logged.originalError = serializeError(fields.originalError, depth + 1);
    }
    if (error.cause !== undefined) logged.cause = serializeError(error.cause, depth + 1);
  }
  return logged;
};

/**
 * A file or descriptor (stdout by default) written without blocking the event loop: a line
 * waits while the previous write is under way and then goes with the others written
 * meanwhile, so a busy server makes few writes, and a quiet one's lines appear at once. What
 * is still buffered is written out when the process exits.
 */
export const logDestination = (dest: string | number = 1) =>
  pino.destination({ dest, sync: false });

/**
 * The server's logger: the request log keeps no calendar feed token (its address is its whole
 * secret), and no entry keeps the SQL parameters (user data) a failed query carries, in an
 * error or in a message. Without a stream, to stdout (see `logDestination`).
 */
export const logOptions = (stream?: {
  write: (line: string) => void;
}): Extract<FastifyServerOptions['logger'], object> => ({
  stream: stream ?? logDestination(),
  serializers: { req: serializeRequest, err: (error) => serializeError(error) },
  hooks: {
    logMethod(args, method) {
      const redacted = args.map((arg) => (typeof arg === 'string' ? redactLogText(arg) : arg));
      method.apply(this, redacted as Parameters<typeof method>);
    },
  },
});
