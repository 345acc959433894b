import type { Db } from '@tend/db';
import type { AccountSettings } from './use-cases/scope.ts';

export type Clock = () => Date;

/** Everything a resolver may use. The account always comes from the request, never from input. */
export type Context = {
  db: Db;
  accountId: string;
  now: Clock;
  /** Loaded at most once per request. */
  settings: () => Promise<AccountSettings>;
};
