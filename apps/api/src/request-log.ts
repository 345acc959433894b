import type { FastifyRequest } from 'fastify';

/** Everything after it in a feed address is the secret token (the file name). */
const FEED_PATH = /^([^?#]*?\/calendar\/feed\/)(.*)$/is;

/**
 * The URL as it may be logged: a calendar feed's address is its whole secret, so its token
 * becomes `<redacted>`. Other URLs are kept as they are.
 */
export const redactUrl = (url: string): string => {
  const match = FEED_PATH.exec(url);
  if (!match) return url;
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
