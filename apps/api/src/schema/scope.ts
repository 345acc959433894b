import type { Context } from '../context.ts';
import type { Scope } from '../use-cases/scope.ts';

export const scopeOf = (ctx: Context): Scope => ({
  db: ctx.db,
  accountId: ctx.accountId,
  now: ctx.now(),
});
