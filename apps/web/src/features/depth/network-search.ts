// Kept apart from the page, so the router reads the address without loading the page's chunk.

export type NetworkView = 'map' | 'table';

export type NetworkSearch = {
  group?: string | undefined;
  tag?: string | undefined;
  /** A target buyer profile's id, or "any" for anyone who knows one. */
  buyer?: string | undefined;
  stale?: true | undefined;
  view?: 'table' | undefined;
};

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The filters as the address holds them: anything unknown is dropped, not sent. */
export const validateNetworkSearch = (search: Record<string, unknown>): NetworkSearch => ({
  group: text(search.group),
  tag: text(search.tag),
  buyer: text(search.buyer),
  stale: search.stale === true || search.stale === 'true' ? true : undefined,
  view: search.view === 'table' ? 'table' : undefined,
});

/** The API's filter for the address's. */
export const networkFilterOf = (search: NetworkSearch) => ({
  groupId: search.group ?? null,
  tag: search.tag ?? null,
  targetBuyerId: search.buyer && search.buyer !== 'any' ? search.buyer : null,
  knowsTargetBuyer: search.buyer === 'any' ? true : null,
  staleOnly: search.stale ?? null,
});

export const isFiltered = (search: NetworkSearch) =>
  Boolean(search.group || search.tag || search.buyer || search.stale);
