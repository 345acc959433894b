import type { Money } from '@tend/domain';

/** A touch's cost as its two columns: the exact amount and its currency, both or neither. */
export const costColumns = (cost: Money | null) => ({
  cost: cost?.amount ?? null,
  costCurrency: cost?.currency ?? null,
});
