import type { Scope } from '../scope.ts';
import { stepStoredOneToOne } from './one-to-one-rows.ts';

/** Calls a planned one-to-one off; its invite becomes a cancellation (a higher SEQUENCE). */
export const cancelOneToOne = ({ db, accountId, now }: Scope, id: string) =>
  db.transaction((tx) => stepStoredOneToOne(tx, accountId, id, 'CANCEL', now));
