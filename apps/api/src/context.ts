import type { DbExecutor } from '@tend/db';
import type { AccountSettings } from './use-cases/scope.ts';

export type Clock = () => Date;

/** Everything a resolver may use. The account always comes from the session, never from input. */
export type Context = {
  /** The request's transaction as the app role, with the account set for row-level security. */
  db: DbExecutor;
  accountId: string;
  sessionId: string;
  now: Clock;
  /** Where users reach Tend (scheme, host, port), for absolute links such as the feed's. */
  origin: string;
  /** Whether the server can send e-mail: without it, no weekly e-mail goes out. */
  mailConfigured: boolean;
  /** The settings read with the session (none for the GraphiQL page). */
  sessionSettings: AccountSettings | undefined;
  /** Loaded at most once per request. */
  settings: () => Promise<AccountSettings>;
  /** After signing out everywhere or deleting the account, the browser's cookie goes too. */
  clearSessionCookie: () => void;
};
