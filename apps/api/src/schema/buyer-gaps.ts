import { MAX_GAP_NOT_READY, MAX_GAP_PATHS, type PathLink, type PathRelation } from '@tend/domain';
import { type BuyerGapsView, listBuyerGaps } from '../use-cases/buyers/list-buyer-gaps.ts';
import { builder } from './builder.ts';
import { TargetBuyerRef } from './buyers.ts';
import { NextStep } from './depth.ts';
import { Group } from './groups.ts';
import { KnowsStrengthEnum } from './knows.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

type GapView = BuyerGapsView['gaps'][number];

const PathRelationEnum = builder.enumType('PathRelation', {
  values: {
    INTRODUCED_THEM: { description: 'The ready person introduced you to the one who knows.' },
    INTRODUCED_BY: { description: 'The one who knows introduced you to the ready person.' },
  } satisfies Record<PathRelation, unknown>,
});

const PathLinkEnum = builder.enumType('PathLink', {
  values: {
    READINESS: { description: 'The ready person’s readiness (the weaker on a draw).' },
    TIE: { description: 'The tie to the profile of the one who knows.' },
  } satisfies Record<PathLink, unknown>,
});

const NotReadyKnower = builder.objectRef<GapView['notReady'][number]>('NotReadyKnower').implement({
  description: 'Someone who knows the profile but is not ready to introduce you yet.',
  fields: (t) => ({
    person: t.field({ type: Person, resolve: (k) => k.person }),
    readiness: t.exposeInt('readiness'),
    strength: t.field({ type: KnowsStrengthEnum, resolve: (k) => k.strength }),
    nextStep: t.field({ type: NextStep, resolve: (k) => k.nextStep }),
  }),
});

const TwoStepPath = builder.objectRef<GapView['paths'][number]>('TwoStepPath').implement({
  description:
    'Ask a ready person (via) who is linked by an introduction to someone who knows the profile (to).',
  fields: (t) => ({
    via: t.field({ type: Person, resolve: (p) => p.via }),
    to: t.field({ type: Person, resolve: (p) => p.to }),
    viaRelation: t.field({ type: PathRelationEnum, resolve: (p) => p.viaRelation }),
    viaReadiness: t.exposeInt('viaReadiness'),
    tie: t.field({ type: KnowsStrengthEnum, resolve: (p) => p.tie }),
    tieScore: t.exposeInt('tieScore', {
      description: 'The tie on the readiness scale: knows of 25 … can introduce 100.',
    }),
    strength: t.exposeInt('strength', {
      description: 'The weaker link’s score, 0–100: the lower of viaReadiness and tieScore.',
    }),
    weakerLink: t.field({ type: PathLinkEnum, resolve: (p) => p.weakerLink }),
  }),
});

const GroupSuggestion = builder
  .objectRef<GapView['suggestions']['groups'][number]>('GroupSuggestion')
  .implement({
    fields: (t) => ({
      group: t.field({ type: Group, resolve: (s) => s.group }),
      membersWhoKnow: t.exposeInt('membersWhoKnow', {
        description: 'Members who know some target buyer profile.',
      }),
      membersWhoIntroduced: t.exposeInt('membersWhoIntroduced', {
        description: 'Members who introduced you to someone.',
      }),
    }),
  });

const IntroducerSuggestion = builder
  .objectRef<GapView['suggestions']['introducers'][number]>('IntroducerSuggestion')
  .implement({
    fields: (t) => ({
      person: t.field({ type: Person, resolve: (s) => s.person }),
      introducedCount: t.exposeInt('introducedCount'),
    }),
  });

const GapSuggestions = builder.objectRef<GapView['suggestions']>('GapSuggestions').implement({
  description: 'Where to look for a profile nobody knows: groups first, then introducers.',
  fields: (t) => ({
    groups: t.field({ type: [GroupSuggestion], resolve: (s) => s.groups }),
    introducers: t.field({ type: [IntroducerSuggestion], resolve: (s) => s.introducers }),
  }),
});

const BuyerGap = builder.objectRef<GapView>('BuyerGap').implement({
  description: 'A target buyer profile that nobody ready knows.',
  fields: (t) => ({
    targetBuyer: t.field({ type: TargetBuyerRef, resolve: (gap) => gap.targetBuyer }),
    knowerCount: t.exposeInt('knowerCount', { description: 'People who know it, none ready.' }),
    nobodyKnows: t.exposeBoolean('nobodyKnows'),
    notReady: t.field({
      type: [NotReadyKnower],
      description: `The ${MAX_GAP_NOT_READY} readiest people who know it, readiest first.`,
      resolve: (gap) => gap.notReady,
    }),
    paths: t.field({
      type: [TwoStepPath],
      description: `The ${MAX_GAP_PATHS} best two-step paths, strongest weaker link first.`,
      resolve: (gap) => gap.paths,
    }),
    suggestions: t.field({
      type: GapSuggestions,
      description: 'Empty unless nobody knows the profile.',
      resolve: (gap) => gap.suggestions,
    }),
  }),
});

const BuyerGaps = builder.objectRef<BuyerGapsView>('BuyerGaps').implement({
  fields: (t) => ({
    threshold: t.exposeInt('threshold', {
      description: 'The account’s ready threshold the list was made with.',
    }),
    profileCount: t.exposeInt('profileCount', { description: 'Active profiles.' }),
    coveredCount: t.exposeInt('coveredCount', {
      description: 'Active profiles someone ready knows.',
    }),
    gaps: t.field({ type: [BuyerGap], resolve: (gaps) => gaps.gaps, description: 'By name.' }),
  }),
});

builder.queryFields((t) => ({
  buyerGaps: t.field({
    type: BuyerGaps,
    description:
      'The gap list: active target buyer profiles nobody ready (readiness at or above the account’s ready threshold) knows.',
    resolve: (_parent, _args, ctx) => listBuyerGaps(scopeOf(ctx)),
  }),
}));
