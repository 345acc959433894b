import type { Db } from '@tend/db';
import pg from 'pg';

/**
 * Counts the SQL statements the server sends, at the driver: pg's Client#query on Postgres (a
 * pool's queries go through it too) and PGlite's one door for a query or an exec. Patched once
 * and left in place; compare the count before and after a request.
 */
let statements = 0;

type Patchable = Record<string, (...args: unknown[]) => unknown>;

const patched = new WeakSet<object>();

const countCallsOf = (proto: Patchable, name: string) => {
  if (patched.has(proto)) return;
  const original = proto[name];
  if (!original) throw new Error(`No ${name} to count`);
  proto[name] = function counted(this: unknown, ...args: unknown[]) {
    statements += 1;
    return original.apply(this, args);
  };
  patched.add(proto);
};

// On import: the pool binds a client's query as it connects (see the client's fused BEGIN).
countCallsOf(pg.Client.prototype as unknown as Patchable, 'query');

/** `db` is the server's pool (`TestApi.serverDb`). */
export const statementCounter = (db: Db) => {
  const client = (db as unknown as { $client: object }).$client;
  // PGlite's query and exec, a transaction's too, all run through it (not public API).
  if (!(client instanceof pg.Pool)) {
    countCallsOf(Object.getPrototypeOf(client) as Patchable, '_runExclusiveQuery');
  }
  return async (work: () => Promise<unknown>) => {
    const before = statements;
    await work();
    return statements - before;
  };
};
