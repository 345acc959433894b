import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { type SortableColumn, SortableTable } from '../../ui/sortable-table.tsx';
import { moneyListText } from '../groups/review-labels.ts';
import { type OriginKey, originKeys } from './network-layout.ts';
import { NetworkMapChart, OriginMark } from './network-map-chart.tsx';
import {
  NETWORK_MAP_KEY,
  NetworkFilterOptionsQuery,
  type NetworkMapData,
  NetworkMapQuery,
  type NetworkPoint,
  originText,
  REGION_HINTS,
  REGION_TITLES,
} from './network-queries.ts';
import { isFiltered, type NetworkSearch, networkFilterOf } from './network-search.ts';
import './network-map.css';

const REGION_ORDER = { READY_TO_REFER: 0, BRIEF_THEM: 1, GIVE_FIRST: 2, ACQUAINTANCE: 3 } as const;

const COLUMNS: SortableColumn<NetworkPoint>[] = [
  {
    key: 'name',
    label: 'Name',
    rowHeader: true,
    value: (p) => p.name.toLocaleLowerCase(),
    cell: (p) => (
      <Link to="/people/$personId" params={{ personId: p.personId }}>
        {p.name}
      </Link>
    ),
  },
  { key: 'trust', label: 'Trust', value: (p) => p.trust },
  { key: 'understanding', label: 'Their understanding', value: (p) => p.theirUnderstanding },
  { key: 'readiness', label: 'Readiness', value: (p) => p.readiness },
  {
    key: 'region',
    label: 'Region',
    value: (p) => REGION_ORDER[p.region],
    cell: (p) => REGION_TITLES[p.region],
  },
  { key: 'origin', label: 'Origin', value: (p) => originText(p) },
  {
    key: 'won',
    label: 'Won from their referrals',
    value: (p) => p.wonShare,
    cell: (p) => moneyListText(p.won, '—'),
  },
  {
    key: 'stale',
    label: 'Due',
    value: (p) => (p.stale ? 1 : 0),
    cell: (p) => (p.stale ? 'Due' : '—'),
  },
  { key: 'next', label: 'Next step', value: (p) => p.nextStep.title },
];

/** One filter: "any" (nothing in the address) or one of the options. */
const FilterSelect = ({
  label,
  value,
  anyLabel,
  options,
  onChange,
}: {
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string | undefined) => void;
}) => (
  <label>
    {label}
    <select value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
      <option value="">{anyLabel}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  </label>
);

const Filters = ({
  search,
  onChange,
}: {
  search: NetworkSearch;
  onChange: (next: Partial<NetworkSearch>) => void;
}) => {
  const options = useQuery({
    queryKey: [...NETWORK_MAP_KEY, 'options'],
    queryFn: () => request(NetworkFilterOptionsQuery),
  });
  const groups = options.data?.groups ?? [];
  const buyers = options.data?.targetBuyers ?? [];
  const tags = options.data?.personTags ?? [];
  return (
    <fieldset className="map-filters">
      <legend>Show</legend>
      <FilterSelect
        label="Group"
        value={search.group}
        anyLabel="Any group"
        options={groups.map((group) => ({ value: group.id, label: group.name }))}
        onChange={(group) => onChange({ group })}
      />
      <FilterSelect
        label="Tag"
        value={search.tag}
        anyLabel="Any tag"
        options={tags.map((tag) => ({ value: tag, label: tag }))}
        onChange={(tag) => onChange({ tag })}
      />
      <FilterSelect
        label="Knows a target buyer"
        value={search.buyer}
        anyLabel="Whether or not"
        options={[
          { value: 'any', label: 'Knows any of my target buyers' },
          ...buyers.map((buyer) => ({ value: buyer.id, label: `Knows ${buyer.name}` })),
        ]}
        onChange={(buyer) => onChange({ buyer })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={search.stale === true}
          onChange={(e) => onChange({ stale: e.target.checked ? true : undefined })}
        />
        Due for a touch only
      </label>
      {options.error ? (
        <p className="field-error" role="alert">
          The filter choices could not be loaded: {options.error.message}
        </p>
      ) : null}
    </fieldset>
  );
};

const Legend = ({ keys }: { keys: readonly OriginKey[] }) => (
  <div className="map-legend">
    <h2 className="visually-hidden">Legend</h2>
    <ul>
      {keys.map((key) => (
        <li key={key.key}>
          <svg viewBox="-8 -8 16 16" width="16" height="16" aria-hidden="true">
            <OriginMark shape={key.shape} color={key.color} x={0} y={0} r={5.5} />
          </svg>
          {key.label}
        </li>
      ))}
    </ul>
    <p className="muted">
      A larger mark: more won from their referrals (compared within each currency). A number in a
      corner: how many people share that square.
    </p>
  </div>
);

const RegionCounts = ({ map }: { map: NetworkMapData }) => (
  <ul className="region-counts" aria-label="People per region">
    {map.regionCounts.map(({ region, count }) => (
      <li key={region} data-region={region}>
        <span className="region-count">{count}</span> <strong>{REGION_TITLES[region]}</strong>
        <span className="muted">{REGION_HINTS[region]}</span>
      </li>
    ))}
  </ul>
);

const MapBody = ({
  map,
  search,
  onClear,
}: {
  map: NetworkMapData;
  search: NetworkSearch;
  onClear: () => void;
}) => {
  const navigate = useNavigate();
  const keys = useMemo(() => originKeys(map.points), [map.points]);
  const keyMap = useMemo(() => new Map(keys.map((key) => [key.key, key])), [keys]);
  if (map.points.length === 0) {
    return isFiltered(search) ? (
      <div className="empty-state">
        <p>Nobody in your network matches these filters.</p>
        <button type="button" className="secondary" onClick={onClear}>
          Clear the filters
        </button>
      </div>
    ) : (
      <div className="empty-state">
        <p>Your map is empty: add the people you know, and set how deep each relationship is.</p>
        <p>
          <Link to="/people/new">Add a person</Link> or{' '}
          <Link to="/people/import">import contacts</Link>.
        </p>
      </div>
    );
  }
  return (
    <>
      <RegionCounts map={map} />
      {search.view === 'table' ? (
        <SortableTable
          caption="Everyone on the map"
          columns={COLUMNS}
          rows={map.points}
          rowKey={(p) => p.personId}
          initialSort={{ key: 'readiness', descending: true }}
          className="comparison network-table"
        />
      ) : (
        <>
          <p className="muted map-help">
            Point at or tab to a person for their readiness and next step; the arrow keys move
            between people and Enter opens one.
          </p>
          <NetworkMapChart
            map={map}
            keys={keyMap}
            onOpen={(personId) => navigate({ to: '/people/$personId', params: { personId } })}
          />
          <Legend keys={keys} />
        </>
      )}
    </>
  );
};

/** Everyone by trust and by how well they understand my business: who could refer me now. */
export const NetworkMapPage = () => {
  const search = useSearch({ from: '/network' });
  const navigate = useNavigate({ from: '/network' });
  const filter = networkFilterOf(search);
  const query = useQuery({
    queryKey: [...NETWORK_MAP_KEY, filter],
    queryFn: () => request(NetworkMapQuery, { filter }),
    placeholderData: keepPreviousData,
  });
  const update = (next: Partial<NetworkSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...next }), replace: true });
  const result = query.data?.networkMap;
  const view = search.view ?? 'map';

  return (
    <div className="network-page">
      <h1>Network map</h1>
      <p className="lead">
        Referrals come from people who both trust you and understand your business: the top right.
        Everyone else shows what to work on next.
      </p>
      <Filters search={search} onChange={update} />
      <fieldset className="view-toggle">
        <legend className="visually-hidden">View as</legend>
        <button
          type="button"
          aria-pressed={view === 'map'}
          onClick={() => update({ view: undefined })}
        >
          Map
        </button>
        <button
          type="button"
          aria-pressed={view === 'table'}
          onClick={() => update({ view: 'table' })}
        >
          Table
        </button>
      </fieldset>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {result?.__typename === 'NotFoundError' ? (
          <div className="error-state" role="alert">
            <p>{result.message}</p>
            <button
              type="button"
              className="secondary"
              onClick={() => update({ group: undefined, buyer: undefined })}
            >
              Clear the filters
            </button>
          </div>
        ) : result?.__typename === 'NetworkMap' ? (
          <MapBody
            map={result}
            search={search}
            onClear={() =>
              update({ group: undefined, tag: undefined, buyer: undefined, stale: undefined })
            }
          />
        ) : null}
      </QueryState>
    </div>
  );
};
