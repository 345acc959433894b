import type { targetBuyers } from '@tend/db';
import {
  draftIntroductionAsk,
  type IntroductionAskSource,
  introductionAskMailto,
  introductionAskSubject,
  nextStep,
  weakerSide,
} from '@tend/domain';
import type { Context } from '../context.ts';
import {
  DEFAULT_WHO_KNOWS,
  listWhoKnows,
  MAX_WHO_KNOWS,
  type WhoKnowsList,
  type WhoKnowsRow,
} from '../use-cases/buyers/list-who-knows.ts';
import { batchLoader } from './batch-loader.ts';
import { builder } from './builder.ts';
import { TargetBuyerRef } from './buyers.ts';
import { badArgument } from './connection-cursor.ts';
import { NextStep } from './depth.ts';
import { KnowsStrengthEnum } from './knows.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

const WeakerSideKindEnum = builder.enumType('WeakerSideKind', {
  description: 'Which of trust and their understanding bounds readiness; NONE when they are level.',
  values: ['TRUST', 'UNDERSTANDING', 'NONE'] as const,
});

const WeakerSide = builder.objectRef<ReturnType<typeof weakerSide>>('WeakerSide').implement({
  fields: (t) => ({
    side: t.field({ type: WeakerSideKindEnum, resolve: (w) => w.side }),
    level: t.exposeInt('level', { description: 'The weaker side’s level, 0–5.' }),
  }),
});

type Draft = { subject: string; message: string; mailto: string };

const DraftAsk = builder.objectRef<Draft>('DraftIntroductionAsk').implement({
  description: 'An ask for an introduction drafted from my offer and the profile, to edit.',
  fields: (t) => ({
    subject: t.exposeString('subject'),
    message: t.exposeString('message'),
    mailto: t.exposeString('mailto', {
      description: 'Opens the draft in the mail app, to the person’s first e-mail when known.',
    }),
  }),
});

type RowShape = WhoKnowsRow & { source: Omit<IntroductionAskSource, 'person'> };

const WhoKnowsRowRef = builder.objectRef<RowShape>('WhoKnowsRow').implement({
  description: 'Someone tagged as knowing the profile, with how ready they are to introduce.',
  fields: (t) => ({
    person: t.field({ type: Person, resolve: (row) => row.person }),
    strength: t.field({ type: KnowsStrengthEnum, resolve: (row) => row.strength }),
    note: t.exposeString('note', { nullable: true }),
    learnedOn: t.exposeString('learnedOn', { nullable: true }),
    readiness: t.exposeInt('readiness'),
    weakerSide: t.field({ type: WeakerSide, resolve: (row) => weakerSide(row.person) }),
    nextStep: t.field({ type: NextStep, resolve: (row) => nextStep(row.person) }),
    lastDepthTouchAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (row) => row.person.lastDepthTouchAt,
    }),
    daysSinceDepthTouch: t.exposeInt('daysSinceDepthTouch', {
      nullable: true,
      description: 'Calendar days in the account’s zone since the last depth touch; null: never.',
    }),
    draftAsk: t.field({
      type: DraftAsk,
      resolve: ({ person, source }): Draft => {
        const full = { ...source, person };
        const subject = introductionAskSubject(full);
        const message = draftIntroductionAsk(full);
        return { subject, message, mailto: introductionAskMailto(person.emails, subject, message) };
      },
    }),
  }),
});

const WhoKnows = builder.objectRef<WhoKnowsList>('WhoKnows').implement({
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', {
      description: 'Everyone tagged who is not archived; rows holds the best of them.',
    }),
    rows: t.field({
      type: [WhoKnowsRowRef],
      resolve: ({ rows, targetBuyer, myOffer }) =>
        rows.map((row) => ({ ...row, source: { profile: targetBuyer, myOffer } })),
    }),
  }),
});

/** Who knows each profile of a list, asked for alike, in one batch. */
const whoKnowsOf = batchLoader(
  (ctx: Context, profiles: (typeof targetBuyers.$inferSelect)[], first: number) =>
    listWhoKnows(scopeOf(ctx), profiles, first),
);

builder.drizzleObjectFields(TargetBuyerRef, (t) => ({
  whoKnows: t.field({
    type: WhoKnows,
    description: `Who in the network knows this profile (archived people left out), best first: strength × referral readiness × how fresh the last depth touch is. At most ${MAX_WHO_KNOWS} rows.`,
    args: { first: t.arg.int({ required: false, defaultValue: DEFAULT_WHO_KNOWS }) },
    resolve: (buyer, args, ctx) => {
      const first = args.first ?? DEFAULT_WHO_KNOWS;
      if (first < 0 || first > MAX_WHO_KNOWS) {
        throw badArgument('first', `must be 0 to ${MAX_WHO_KNOWS}.`);
      }
      return whoKnowsOf(ctx, buyer, first);
    },
  }),
}));
