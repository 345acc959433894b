import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { request } from '../../lib/request.ts';
import type { Money } from '../../ui/money.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { minutesText } from './group-labels.ts';
import { GROUPS_KEY } from './group-queries.ts';
import { moneyListText, percentText, VERDICT_LABELS } from './review-labels.ts';
import { GroupsComparisonQuery } from './review-queries.ts';

type Row = {
  id: string;
  name: string;
  left: boolean;
  verdict: keyof typeof VERDICT_LABELS;
  cost: Money[];
  minutes: number;
  received: number;
  won: Money[];
  given: number;
  coverage: number | null;
  competitors: number | null;
  buyerReach: number | null;
  costPerReferral: Money[] | null;
};

/** Money sorts by currency, then amount: amounts in two currencies are never compared as one. */
const moneyKey = (amounts: readonly Money[] | null): [string, number] => {
  const first = amounts?.[0];
  return first ? [first.currency, Number(first.amount)] : ['', -1];
};

const VERDICT_ORDER = { STAY: 0, INVEST: 1, LEAVE: 2 } as const;

const COLUMNS = [
  { key: 'name', label: 'Group', value: (r: Row) => r.name },
  { key: 'verdict', label: 'Verdict', value: (r: Row) => VERDICT_ORDER[r.verdict] },
  { key: 'cost', label: 'Cost', value: (r: Row) => moneyKey(r.cost) },
  { key: 'minutes', label: 'Time', value: (r: Row) => r.minutes },
  { key: 'received', label: 'Referrals received', value: (r: Row) => r.received },
  { key: 'won', label: 'Won', value: (r: Row) => moneyKey(r.won) },
  { key: 'given', label: 'Given to members', value: (r: Row) => r.given },
  { key: 'coverage', label: 'Depth coverage', value: (r: Row) => r.coverage ?? -1 },
  { key: 'competitors', label: 'Competitors', value: (r: Row) => r.competitors ?? -1 },
  { key: 'buyerReach', label: 'Know my buyers', value: (r: Row) => r.buyerReach ?? -1 },
  {
    key: 'costPerReferral',
    label: 'Cost per referral',
    value: (r: Row) => moneyKey(r.costPerReferral),
  },
] as const;

type SortKey = (typeof COLUMNS)[number]['key'];

const compare = (a: string | number | [string, number], b: typeof a): number => {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a[0] === b[0] ? a[1] - b[1] : a[0].localeCompare(b[0]);
  }
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
};

const cells = (row: Row) => [
  VERDICT_LABELS[row.verdict].split(':')[0],
  moneyListText(row.cost, 'nothing'),
  minutesText(row.minutes),
  String(row.received),
  moneyListText(row.won, 'nothing'),
  String(row.given),
  percentText(row.coverage),
  percentText(row.competitors),
  percentText(row.buyerReach),
  row.costPerReferral === null ? 'no referrals' : moneyListText(row.costPerReferral),
];

/** Every group's key figures over the last 12 months in one sortable table: which one pays. */
export const GroupsComparison = () => {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({
    key: 'name',
    descending: false,
  });
  const query = useQuery({
    queryKey: [...GROUPS_KEY, 'comparison'],
    queryFn: () => request(GroupsComparisonQuery),
  });
  const rows: Row[] = (query.data?.groups ?? []).flatMap((group) => {
    const review = group.review;
    if (review.__typename !== 'GroupReview') return [];
    return [
      {
        id: group.id,
        name: group.name,
        left: group.leftOn !== null,
        verdict: review.verdict.kind,
        cost: review.money.total,
        minutes: review.time.totalMinutes,
        received: review.referralsReceived.count,
        won: review.referralsReceived.won,
        given: review.referralsGivenToMembers.count,
        coverage: review.depthCoveragePercent,
        competitors: review.competitorPercent,
        buyerReach: review.buyerReachPercent,
        costPerReferral: review.costPerReferral,
      },
    ];
  });
  const column = COLUMNS.find((c) => c.key === sort.key) ?? COLUMNS[0];
  const sorted = [...rows].sort(
    (a, b) => compare(column.value(a), column.value(b)) * (sort.descending ? -1 : 1),
  );
  if (query.data && rows.length === 0) return null;

  return (
    <section className="card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Side by side: the last 12 months</h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        <div className="table-scroll">
          <table className="comparison">
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.key}
                    scope="col"
                    aria-sort={
                      sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : 'none'
                    }
                  >
                    <button
                      type="button"
                      className="link-button"
                      onClick={() =>
                        setSort({
                          key: c.key,
                          descending: sort.key === c.key ? !sort.descending : false,
                        })
                      }
                    >
                      {c.label}
                      {sort.key === c.key ? (sort.descending ? ' ↓' : ' ↑') : ''}
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link to="/groups/$groupId/review" params={{ groupId: row.id }}>
                      {row.name}
                    </Link>
                    {row.left ? <span className="muted"> (left)</span> : null}
                  </th>
                  {cells(row).map((cell, index) => (
                    <td key={COLUMNS[index + 1]?.key}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </QueryState>
    </section>
  );
};
