import { MAX_INTRODUCTION_ASK_LENGTH } from '@tend/domain';
import { askForIntroduction } from '../use-cases/buyers/ask-for-introduction.ts';
import { builder } from './builder.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { scopeOf } from './scope.ts';

export const IntroductionAsk = builder.drizzleObject('introductionAsks', {
  name: 'IntroductionAsk',
  description:
    'An ask to a person for an introduction to someone of a target buyer profile, as it was sent.',
  fields: (t) => ({
    id: t.exposeID('id'),
    person: t.relation('person'),
    targetBuyer: t.relation('targetBuyer', {
      nullable: true,
      description: 'The profile asked about; null once it is deleted.',
    }),
    message: t.exposeString('message'),
    askedAt: t.expose('askedAt', { type: 'DateTime' }),
  }),
});

const AskForIntroductionInput = builder.inputType('AskForIntroductionInput', {
  description: `The ask as sent: the drafted message or the user's edit of it, at most ${MAX_INTRODUCTION_ASK_LENGTH} characters.`,
  fields: (t) => ({
    personId: t.id({ required: true }),
    targetBuyerId: t.id({ required: true }),
    message: t.string({ required: true }),
  }),
});

builder.mutationFields((t) => ({
  askForIntroduction: t.field({
    type: IntroductionAsk,
    description: 'Records an ask for an introduction, now, on the person’s timeline.',
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: AskForIntroductionInput, required: true }) },
    resolve: (_parent, args, ctx) => askForIntroduction(scopeOf(ctx), args.input),
  }),
}));
