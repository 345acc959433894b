import { isUuid, MAX_COMPANY_SIZE, MAX_TARGET_BUYER_LIST_ITEMS, notFound } from '@tend/domain';
import { sql } from 'drizzle-orm';
import { createTargetBuyer } from '../use-cases/buyers/create-target-buyer.ts';
import { setTargetBuyerArchived } from '../use-cases/buyers/set-target-buyer-archived.ts';
import { updateTargetBuyer } from '../use-cases/buyers/update-target-buyer.ts';
import { builder } from './builder.ts';
import { LOOKUP_ERRORS, MUTATION_ERRORS } from './errors.ts';
import { scopeOf } from './scope.ts';

export const TargetBuyerRef = builder.drizzleObject('targetBuyers', {
  name: 'TargetBuyer',
  description:
    'A kind of buyer the account wants introductions to, such as “CFOs of 50–500 person B2B firms”.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    roles: t.exposeStringList('roles'),
    industries: t.exposeStringList('industries'),
    companySizeMin: t.exposeInt('companySizeMin', { nullable: true }),
    companySizeMax: t.exposeInt('companySizeMax', { nullable: true }),
    regions: t.exposeStringList('regions'),
    notes: t.exposeString('notes', { nullable: true }),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const TargetBuyerInputRef = builder.inputRef<{
  name?: string | null;
  roles?: string[] | null;
  industries?: string[] | null;
  companySizeMin?: number | null;
  companySizeMax?: number | null;
  regions?: string[] | null;
  notes?: string | null;
}>('TargetBuyerInput');

TargetBuyerInputRef.implement({
  description: `A target buyer profile's details, all of them: an edit replaces the profile's. Lists hold at most ${MAX_TARGET_BUYER_LIST_ITEMS} entries; company sizes are whole numbers of people, 1 to ${MAX_COMPANY_SIZE}.`,
  fields: (t) => ({
    name: t.string({ required: false }),
    roles: t.stringList({ required: false }),
    industries: t.stringList({ required: false }),
    companySizeMin: t.field({ type: 'Number', required: false }),
    companySizeMax: t.field({ type: 'Number', required: false }),
    regions: t.stringList({ required: false }),
    notes: t.string({ required: false }),
  }),
});

builder.queryFields((t) => ({
  targetBuyers: t.drizzleField({
    type: ['targetBuyers'],
    description: 'The account’s target buyer profiles: active ones first, each part by name.',
    args: { includeArchived: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: (query, _parent, args, ctx) =>
      ctx.db.query.targetBuyers.findMany(
        query({
          where: args.includeArchived
            ? { accountId: ctx.accountId }
            : { accountId: ctx.accountId, archivedAt: { isNull: true } },
          orderBy: (table) => [
            sql`${table.archivedAt} is not null`,
            sql`lower(${table.name})`,
            table.id,
          ],
        }),
      ),
  }),
  targetBuyer: t.drizzleField({
    type: 'targetBuyers',
    errors: { types: LOOKUP_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _parent, args, ctx) => {
      const id = String(args.id);
      const targetBuyer = isUuid(id)
        ? await ctx.db.query.targetBuyers.findFirst(
            query({ where: { id, accountId: ctx.accountId } }),
          )
        : undefined;
      if (!targetBuyer) throw notFound('target buyer profile', id);
      return targetBuyer;
    },
  }),
}));

builder.mutationFields((t) => ({
  createTargetBuyer: t.field({
    type: TargetBuyerRef,
    errors: { types: MUTATION_ERRORS },
    args: { input: t.arg({ type: TargetBuyerInputRef, required: true }) },
    resolve: (_parent, args, ctx) => createTargetBuyer(scopeOf(ctx), args.input),
  }),
  updateTargetBuyer: t.field({
    type: TargetBuyerRef,
    errors: { types: MUTATION_ERRORS },
    args: {
      id: t.arg.id({ required: true }),
      input: t.arg({ type: TargetBuyerInputRef, required: true }),
    },
    resolve: (_parent, args, ctx) => updateTargetBuyer(scopeOf(ctx), String(args.id), args.input),
  }),
  archiveTargetBuyer: t.field({
    type: TargetBuyerRef,
    description: 'Takes the profile off the working list; it keeps who knows it.',
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => setTargetBuyerArchived(scopeOf(ctx), String(args.id), true),
  }),
  unarchiveTargetBuyer: t.field({
    type: TargetBuyerRef,
    errors: { types: MUTATION_ERRORS },
    args: { id: t.arg.id({ required: true }) },
    resolve: (_parent, args, ctx) => setTargetBuyerArchived(scopeOf(ctx), String(args.id), false),
  }),
}));
