import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { Context } from '../context.ts';

/**
 * A field's loads batched within a request: the parents that ask for it together (as GraphQL
 * resolves a list's rows) with the same arguments are loaded by one call of `load`, which
 * answers each parent's result in the parents' order. So a list costs `load`'s statements once
 * per set of arguments, not once a row. Nothing is cached, so a mutation's later fields never
 * see an earlier load.
 */
export const batchLoader = <Parent, Args, Result>(
  load: (ctx: Context, parents: Parent[], args: Args) => Promise<readonly Result[]>,
) => {
  const loadersOf = createContextCache(() => new Map<string, DataLoader<Parent, Result>>());
  return (ctx: Context, parent: Parent, args: Args) => {
    const loaders = loadersOf(ctx);
    const key = JSON.stringify(args);
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader((parents) => load(ctx, [...parents], args), { cache: false });
      loaders.set(key, loader);
    }
    return loader.load(parent);
  };
};
