import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import type { Relations } from '@tend/db';
import { relations } from '@tend/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { Context } from '../context.ts';

export type Builder = typeof builder;

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: Relations;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Number: { Input: number; Output: number };
    Decimal: { Input: string; Output: string };
  };
}>({
  plugins: [ErrorsPlugin, RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  relay: { nodesOnConnection: true, clientMutationId: 'omit', cursorType: 'String' },
  errors: { directResult: true },
  drizzle: {
    // The request's client: later a transaction that carries the account for row-level security.
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    maxConnectionSize: 100,
  },
});

builder.queryType({});
builder.mutationType({});
