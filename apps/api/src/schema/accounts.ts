import { finishOnboarding } from '../use-cases/accounts/finish-onboarding.ts';
import { hasDemoData } from '../use-cases/accounts/has-demo-data.ts';
import { removeDemoData } from '../use-cases/accounts/remove-demo-data.ts';
import { builder } from './builder.ts';
import { InteractionKindEnum } from './enums.ts';
import { scopeOf } from './scope.ts';

export const Account = builder.drizzleObject('accounts', {
  name: 'Account',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    myOffer: t.exposeString('myOffer', { nullable: true }),
    timezone: t.exposeString('timezone'),
    onboarded: t.boolean({ resolve: (account) => account.onboardedAt !== null }),
    depthTouchKinds: t.field({
      type: [InteractionKindEnum],
      resolve: async (_account, _args, ctx) => (await ctx.settings()).depthTouchKinds,
    }),
    hasDemoData: t.boolean({
      resolve: (account, _args, ctx) => hasDemoData(ctx.db, account.id),
    }),
  }),
});

const OnboardingChoice = builder.enumType('OnboardingChoice', {
  values: ['DEMO', 'EMPTY'] as const,
});

builder.queryFields((t) => ({
  viewer: t.drizzleField({
    type: 'accounts',
    description: 'The signed-in account.',
    resolve: async (query, _parent, _args, ctx) => {
      const account = await ctx.db.query.accounts.findFirst(
        query({ where: { id: ctx.accountId } }),
      );
      if (!account) throw new Error(`Account ${ctx.accountId} is missing`);
      return account;
    },
  }),
}));

builder.mutationFields((t) => ({
  finishOnboarding: t.field({
    type: Account,
    description: 'Start with demo data (marked as demo, removable) or with an empty network.',
    args: { choice: t.arg({ type: OnboardingChoice, required: true }) },
    resolve: (_parent, args, ctx) => finishOnboarding(scopeOf(ctx), args.choice),
  }),
  removeDemoData: t.field({
    type: Account,
    description: 'Delete every demo person, touch and group; your own data stays.',
    resolve: (_parent, _args, ctx) => removeDemoData(scopeOf(ctx)),
  }),
}));
