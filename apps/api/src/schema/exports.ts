import { checkAccountEmpty } from '../use-cases/exports/check-account-empty.ts';
import { builder } from './builder.ts';

// The export itself and its restore are routes (GET /export, POST /export/restore): a
// download streamed as it is made, and an upload of the file itself.
builder.queryFields((t) => ({
  canRestoreExport: t.boolean({
    description:
      'Whether an export can be restored into this account: only while it holds nothing (no people, groups, touches or other rows).',
    resolve: (_parent, _args, ctx) => checkAccountEmpty(ctx.db, ctx.accountId),
  }),
}));
