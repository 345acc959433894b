import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { request } from '../../lib/request.ts';
import type { Money } from '../../ui/money.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { type SortableColumn, SortableTable } from '../../ui/sortable-table.tsx';
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

const COLUMNS: SortableColumn<Row>[] = [
  {
    key: 'name',
    label: 'Group',
    rowHeader: true,
    value: (r) => r.name,
    cell: (r) => (
      <>
        <Link to="/groups/$groupId/review" params={{ groupId: r.id }}>
          {r.name}
        </Link>
        {r.left ? <span className="muted"> (left)</span> : null}
      </>
    ),
  },
  {
    key: 'verdict',
    label: 'Verdict',
    value: (r) => VERDICT_ORDER[r.verdict],
    cell: (r) => VERDICT_LABELS[r.verdict].split(':')[0],
  },
  {
    key: 'cost',
    label: 'Cost',
    value: (r) => moneyKey(r.cost),
    cell: (r) => moneyListText(r.cost, 'nothing'),
  },
  { key: 'minutes', label: 'Time', value: (r) => r.minutes, cell: (r) => minutesText(r.minutes) },
  { key: 'received', label: 'Referrals received', value: (r) => r.received },
  {
    key: 'won',
    label: 'Won',
    value: (r) => moneyKey(r.won),
    cell: (r) => moneyListText(r.won, 'nothing'),
  },
  { key: 'given', label: 'Given to members', value: (r) => r.given },
  {
    key: 'coverage',
    label: 'Depth coverage',
    value: (r) => r.coverage ?? -1,
    cell: (r) => percentText(r.coverage),
  },
  {
    key: 'competitors',
    label: 'Competitors',
    value: (r) => r.competitors ?? -1,
    cell: (r) => percentText(r.competitors),
  },
  {
    key: 'buyerReach',
    label: 'Know my buyers',
    value: (r) => r.buyerReach ?? -1,
    cell: (r) => percentText(r.buyerReach),
  },
  {
    key: 'costPerReferral',
    label: 'Cost per referral',
    value: (r) => moneyKey(r.costPerReferral),
    cell: (r) => (r.costPerReferral === null ? 'no referrals' : moneyListText(r.costPerReferral)),
  },
];

/** Every group's key figures over the last 12 months in one sortable table: which one pays. */
export const GroupsComparison = () => {
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
  if (query.data && rows.length === 0) return null;

  return (
    <section className="card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">Side by side: the last 12 months</h2>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        <SortableTable
          caption="Every group over the last 12 months"
          columns={COLUMNS}
          rows={rows}
          rowKey={(row) => row.id}
          initialSort={{ key: 'name', descending: false }}
        />
      </QueryState>
    </section>
  );
};
