import { isIP } from 'node:net';

/** Which proxies' X-Forwarded-* entries count: none, a number of hops, or their addresses. */
export type TrustProxy = false | number | string[];

// The names proxy-addr knows for address ranges, besides addresses and CIDRs.
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const isProxyAddress = (entry: string): boolean => {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
};

/**
 * TRUST_PROXY's value: `false`, a hop count (`true` is 1, as it always meant one proxy in
 * front), or a comma list of addresses/CIDRs; null when it is none of these. Never "trust
 * every hop", which would take the leftmost X-Forwarded-For entry, written by the client.
 */
export const parseTrustProxy = (value: string): TrustProxy | null => {
  const trimmed = value.trim();
  if (trimmed === 'false' || trimmed === '0') return false;
  if (trimmed === 'true') return 1;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const entries = trimmed.split(',').map((entry) => entry.trim());
  return entries.every(isProxyAddress) ? entries : null;
};

/**
 * What fastify is given. It ignores a bare hop count (it trusts nothing then), so hops are a
 * function: the socket's peer and the next hops - 1 entries from the right are proxies, and
 * the entry after them is the client.
 */
export const fastifyTrustProxy = (
  trust: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) =>
  typeof trust === 'number' ? (_address, hop) => hop < trust : trust;
