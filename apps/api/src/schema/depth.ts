import {
  DEPTH_DIMENSIONS,
  DEPTH_LABELS,
  type DepthDimension,
  DIMENSION_TITLES,
  depthLabel,
  nextStep,
  referralReadiness,
} from '@tend/domain';
import { setDepthLevel } from '../use-cases/depth/set-depth-level.ts';
import { builder } from './builder.ts';
import { DepthDimensionEnum, NextStepKindEnum } from './enums.ts';
import { MUTATION_ERRORS } from './errors.ts';
import { Person } from './people.ts';
import { scopeOf } from './scope.ts';

type DepthLevelShape = { dimension: DepthDimension; level: number };

const DepthLevel = builder.objectRef<DepthLevelShape>('DepthLevel').implement({
  fields: (t) => ({
    dimension: t.field({ type: DepthDimensionEnum, resolve: (d) => d.dimension }),
    level: t.exposeInt('level'),
    label: t.string({ resolve: (d) => depthLabel(d.dimension, d.level) }),
  }),
});

const DepthScale = builder.objectRef<DepthDimension>('DepthScale').implement({
  description: 'A depth dimension with the meaning of each level, 0 to 5.',
  fields: (t) => ({
    dimension: t.field({ type: DepthDimensionEnum, resolve: (d) => d }),
    title: t.string({ resolve: (d) => DIMENSION_TITLES[d] }),
    labels: t.stringList({ resolve: (d) => [...DEPTH_LABELS[d]] }),
  }),
});

export const NextStep = builder.objectRef<ReturnType<typeof nextStep>>('NextStep').implement({
  description: 'What would most raise referral readiness: work on the weaker side.',
  fields: (t) => ({
    kind: t.field({ type: NextStepKindEnum, resolve: (s) => s.kind }),
    title: t.exposeString('title'),
    detail: t.exposeString('detail'),
  }),
});

export const DepthChange = builder.drizzleObject('depthChanges', {
  name: 'DepthChange',
  fields: (t) => ({
    id: t.exposeID('id'),
    dimension: t.expose('dimension', { type: DepthDimensionEnum }),
    fromLevel: t.exposeInt('fromLevel'),
    toLevel: t.exposeInt('toLevel'),
    toLabel: t.string({ resolve: (c) => depthLabel(c.dimension, c.toLevel) }),
    note: t.exposeString('note', { nullable: true }),
    changedAt: t.expose('changedAt', { type: 'DateTime' }),
  }),
});

builder.drizzleObjectFields(Person, (t) => ({
  trust: t.field({
    type: DepthLevel,
    resolve: (p): DepthLevelShape => ({ dimension: 'trust', level: p.trust }),
  }),
  theirUnderstanding: t.field({
    type: DepthLevel,
    resolve: (p): DepthLevelShape => ({
      dimension: 'theirUnderstanding',
      level: p.theirUnderstanding,
    }),
  }),
  myUnderstanding: t.field({
    type: DepthLevel,
    resolve: (p): DepthLevelShape => ({ dimension: 'myUnderstanding', level: p.myUnderstanding }),
  }),
  readiness: t.int({
    description:
      'Referral readiness 0–100, bounded by the weaker of trust and their understanding.',
    resolve: (p) => referralReadiness(p),
  }),
  nextStep: t.field({ type: NextStep, resolve: (p) => nextStep(p) }),
  depthHistory: t.relation('depthChanges', {
    description: 'Changes of depth levels, newest first.',
    query: { orderBy: { changedAt: 'desc', id: 'desc' }, limit: 200 },
  }),
}));

const SetDepthLevelInput = builder.inputType('SetDepthLevelInput', {
  fields: (t) => ({
    dimension: t.field({ type: DepthDimensionEnum, required: true }),
    level: t.field({ type: 'Number', required: true }),
    note: t.string({ required: false }),
  }),
});

builder.queryFields((t) => ({
  depthScales: t.field({
    type: [DepthScale],
    resolve: () => [...DEPTH_DIMENSIONS],
  }),
}));

builder.mutationFields((t) => ({
  setDepthLevel: t.field({
    type: Person,
    errors: { types: MUTATION_ERRORS },
    args: {
      personId: t.arg.id({ required: true }),
      input: t.arg({ type: SetDepthLevelInput, required: true }),
    },
    resolve: (_parent, args, ctx) => setDepthLevel(scopeOf(ctx), String(args.personId), args.input),
  }),
}));
