import type { Scope } from '../scope.ts';
import { stepStoredOneToOne } from './one-to-one-rows.ts';

/** Records that they did not come. Nothing happened, so no touch is logged and no clock restarts. */
export const markOneToOneNoShow = ({ db, accountId, now }: Scope, id: string) =>
  db.transaction((tx) => stepStoredOneToOne(tx, accountId, id, 'MARK_NO_SHOW', now));
