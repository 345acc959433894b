import { firstHighLevel, MAP_REGIONS, type MapRegion } from '@tend/domain';
import {
  getNetworkMap,
  type NetworkMap as NetworkMapView,
  type NetworkMapPoint as PointView,
} from '../use-cases/depth/get-network-map.ts';
import { builder } from './builder.ts';
import { NextStep } from './depth.ts';
import { OriginKindEnum } from './enums.ts';
import { LOOKUP_ERRORS } from './errors.ts';
import { Money } from './money.ts';
import { scopeOf } from './scope.ts';

const MapRegionEnum = builder.enumType('MapRegion', {
  values: {
    READY_TO_REFER: { description: 'Trust and their understanding both at the ready threshold.' },
    BRIEF_THEM: { description: 'They trust me but do not yet understand my business.' },
    GIVE_FIRST: { description: 'They understand my business but trust is not there yet.' },
    ACQUAINTANCE: { description: 'Neither side reaches the ready threshold.' },
  } satisfies Record<MapRegion, unknown>,
});

const RegionCount = builder
  .objectRef<{ region: MapRegion; count: number }>('RegionCount')
  .implement({
    fields: (t) => ({
      region: t.field({ type: MapRegionEnum, resolve: (r) => r.region }),
      count: t.exposeInt('count'),
    }),
  });

const NetworkMapPoint = builder.objectRef<PointView>('NetworkMapPoint').implement({
  description: 'One active person on the map of trust × their understanding of my business.',
  fields: (t) => ({
    personId: t.exposeID('id'),
    name: t.exposeString('name'),
    trust: t.exposeInt('trust'),
    theirUnderstanding: t.exposeInt('theirUnderstanding'),
    readiness: t.exposeInt('readiness'),
    region: t.field({ type: MapRegionEnum, resolve: (p) => p.region }),
    nextStep: t.field({ type: NextStep, resolve: (p) => p.nextStep }),
    originKind: t.field({ type: OriginKindEnum, resolve: (p) => p.originKind }),
    originGroupId: t.exposeID('originGroupId', { nullable: true }),
    originGroupName: t.exposeString('originGroupName', { nullable: true }),
    originPersonId: t.exposeID('originPersonId', { nullable: true }),
    originPersonName: t.exposeString('originPersonName', { nullable: true }),
    stale: t.exposeBoolean('stale', { description: 'Due or overdue for a depth touch.' }),
    won: t.field({
      type: [Money],
      description: 'Won value of the referrals they gave me, one amount per currency.',
      resolve: (p) => p.won,
    }),
    wonShare: t.exposeFloat('wonShare', {
      description: 'Won value against the most anyone on the map won in that currency, 0–1.',
    }),
  }),
});

const NetworkMap = builder.objectRef<NetworkMapView>('NetworkMap').implement({
  fields: (t) => ({
    readyThreshold: t.exposeInt('readyThreshold'),
    highFrom: t.int({
      description: 'The lowest level that counts as high on a side: where the regions divide.',
      resolve: (map) => firstHighLevel(map.readyThreshold),
    }),
    regionCounts: t.field({
      type: [RegionCount],
      description:
        'Every region, in the order ready to refer, brief them, give first, acquaintance.',
      resolve: (map) => MAP_REGIONS.map((region) => ({ region, count: map.regionCounts[region] })),
    }),
    points: t.field({ type: [NetworkMapPoint], description: 'By name.', resolve: (m) => m.points }),
  }),
});

const NetworkMapFilter = builder.inputType('NetworkMapFilter', {
  fields: (t) => ({
    groupId: t.id({ required: false, description: 'Current members and people who came from it.' }),
    tag: t.string({ required: false }),
    targetBuyerId: t.id({ required: false, description: 'People who know this profile.' }),
    knowsTargetBuyer: t.boolean({
      required: false,
      description: 'People who know any active profile.',
    }),
    staleOnly: t.boolean({ required: false, description: 'Only people due or overdue.' }),
  }),
});

builder.queryFields((t) => ({
  networkMap: t.field({
    type: NetworkMap,
    errors: { types: LOOKUP_ERRORS },
    description: 'Every active person placed by trust and their understanding of my business.',
    args: { filter: t.arg({ type: NetworkMapFilter, required: false }) },
    resolve: async (_parent, args, ctx) =>
      getNetworkMap(scopeOf(ctx), await ctx.settings(), {
        ...args.filter,
        groupId: args.filter?.groupId == null ? null : String(args.filter.groupId),
        targetBuyerId:
          args.filter?.targetBuyerId == null ? null : String(args.filter.targetBuyerId),
      }),
  }),
}));
