import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { request } from '../../lib/request.ts';
import { formatCalendarDate, todayInputValue } from '../../ui/dates.ts';
import { Field } from '../../ui/field.tsx';
import { formatMoney, type Money } from '../../ui/money.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { CoverageChart } from './coverage-chart.tsx';
import { minutesText } from './group-labels.ts';
import { GROUPS_KEY } from './group-queries.ts';
import {
  CHECK_TITLES,
  countText,
  moneyListText,
  PERIOD_LABELS,
  percentText,
  type ReviewPreset,
  VERDICT_LABELS,
} from './review-labels.ts';
import { GroupReviewQuery } from './review-queries.ts';
import { WhatStaysSection } from './what-stays-section.tsx';

type Period = { preset: ReviewPreset } | { from: string; to: string };

type Review = Extract<
  NonNullable<Extract<Awaited<ReturnType<typeof fetchReview>>, { __typename: 'Group' }>['review']>,
  { __typename: 'GroupReview' }
>;

const fetchReview = async (id: string, period: Period) =>
  (await request(GroupReviewQuery, { id, period })).group;

/** One line of a figures table; a missing amount reads as "—". */
const Line = ({ label, value }: { label: string; value: string }) => (
  <tr>
    <th scope="row">{label}</th>
    <td>{value}</td>
  </tr>
);

const moneyText = (money: Money | null) => (money ? formatMoney(money) : '—');

const PeriodPicker = ({
  period,
  onChange,
  error,
}: {
  period: Period;
  onChange: (period: Period) => void;
  error: string | undefined;
}) => {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState(todayInputValue());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ from, to });
  };
  return (
    <div className="card review-period">
      <fieldset className="segmented">
        <legend>Period: the last</legend>
        {(Object.keys(PERIOD_LABELS) as ReviewPreset[]).map((preset) => (
          <button
            key={preset}
            type="button"
            className={'preset' in period && period.preset === preset ? '' : 'secondary'}
            aria-pressed={'preset' in period && period.preset === preset}
            onClick={() => onChange({ preset })}
          >
            {PERIOD_LABELS[preset]}
          </button>
        ))}
      </fieldset>
      <form className="inline-form" onSubmit={submit} aria-label="Custom period">
        <Field label="From">
          <input type="date" value={from} required onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label="To" error={error}>
          <input type="date" value={to} required onChange={(e) => setTo(e.target.value)} />
        </Field>
        <button type="submit" className="secondary">
          Show period
        </button>
      </form>
    </div>
  );
};

const VerdictCard = ({ review }: { review: Review }) => (
  <section
    className={`card verdict verdict-${review.verdict.kind.toLowerCase()}`}
    aria-labelledby="verdict-title"
  >
    <h2 id="verdict-title">Verdict: {VERDICT_LABELS[review.verdict.kind]}</h2>
    <p>{review.verdict.summary}</p>
    <ul className="checks">
      {review.verdict.checks.map((check) => (
        <li key={check.code} className={check.triggered ? 'check-triggered' : 'check-ok'}>
          <span className="check-mark" aria-hidden="true">
            {check.triggered ? '✗' : '✓'}
          </span>
          <div>
            <strong>{CHECK_TITLES[check.code]}</strong>
            <span className="visually-hidden">{check.triggered ? ': a reason' : ': fine'}</span>
            <p>
              {check.figure} <span className="muted">(threshold: {check.threshold})</span>
            </p>
            {check.triggered ? <p>{check.reason}</p> : null}
          </div>
        </li>
      ))}
    </ul>
    <p className="muted">
      The thresholds are yours to change in <Link to="/settings">Settings</Link>.
    </p>
  </section>
);

const TimeAndMoney = ({ review }: { review: Review }) => (
  <section className="card" aria-labelledby="cost-title">
    <h2 id="cost-title">What it cost</h2>
    <p>
      {countText(review.meetingsAttended, 'meeting')} attended of{' '}
      {countText(review.meetingsHeld, 'meeting')} logged.
    </p>
    <table className="figures">
      <caption>Time</caption>
      <tbody>
        <Line label="Preparation" value={minutesText(review.time.prepMinutes)} />
        <Line label="Travel" value={minutesText(review.time.travelMinutes)} />
        <Line label="Meetings" value={minutesText(review.time.meetingMinutes)} />
        <Line label="Chat afterwards" value={minutesText(review.time.chatMinutes)} />
        <Line label="Total" value={minutesText(review.time.totalMinutes)} />
        <Line label="Hours per month" value={`${review.time.hoursPerMonth} h`} />
      </tbody>
    </table>
    <table className="figures">
      <caption>Money</caption>
      <tbody>
        <Line label="Fees for the period" value={moneyText(review.money.fees)} />
        <Line label="Meals and room" value={moneyText(review.money.meals)} />
        <Line label="Travel" value={moneyText(review.money.travel)} />
        <Line label="My time (hours × hourly rate)" value={moneyText(review.money.time)} />
        <Line label="Total" value={moneyListText(review.money.total, 'nothing')} />
      </tbody>
    </table>
    {review.money.time === null ? (
      <p className="muted">
        Set your hourly rate in <Link to="/settings">Settings</Link> to count your time as money.
      </p>
    ) : null}
  </section>
);

const Returns = ({ review }: { review: Review }) => {
  const received = review.referralsReceived;
  return (
    <section className="card" aria-labelledby="returns-title">
      <h2 id="returns-title">What it brought</h2>
      <table className="figures">
        <tbody>
          <Line
            label="Referrals from members"
            value={`${review.referralsFromMembers.count} · won ${moneyListText(review.referralsFromMembers.won, 'nothing')}`}
          />
          <Line
            label="Through members’ networks"
            value={`${review.referralsThroughNetwork.count} · won ${moneyListText(review.referralsThroughNetwork.won, 'nothing')}`}
          />
          <Line
            label="Referrals received"
            value={`${received.count} · won ${moneyListText(received.won, 'nothing')}`}
          />
          <Line
            label="Referrals I gave members"
            value={String(review.referralsGivenToMembers.count)}
          />
        </tbody>
      </table>
      {review.costPerReferral === null ? (
        <p className="notice" role="note">
          No referrals were received in this period, so there is no cost per referral: the group has
          cost {moneyListText(review.money.total, 'nothing')} and brought no business yet.
        </p>
      ) : (
        <table className="figures">
          <tbody>
            <Line label="Cost per referral" value={moneyListText(review.costPerReferral)} />
            <Line
              label="Cost per 1 won"
              value={
                review.costPerWon.length === 0
                  ? 'nothing won yet'
                  : review.costPerWon
                      .map((ratio) => `${ratio.value} per ${ratio.currency} 1 won`)
                      .join(', ')
              }
            />
            <Line
              label="Payback"
              value={
                review.paybackMonths.length === 0
                  ? 'nothing won yet, so it does not pay back'
                  : review.paybackMonths
                      .map((ratio) => `${ratio.value} months of winning (${ratio.currency})`)
                      .join(', ')
              }
            />
          </tbody>
        </table>
      )}
    </section>
  );
};

const People = ({ review }: { review: Review }) => (
  <section className="card" aria-labelledby="people-title">
    <h2 id="people-title">The people</h2>
    <table className="figures">
      <tbody>
        <Line
          label="One-to-ones with members"
          value={`${review.oneToOnes} (${countText(review.membersMetOneToOne, 'member')} met)`}
        />
        <Line label="Depth coverage" value={percentText(review.depthCoveragePercent)} />
        <Line
          label="Real network / acquaintances"
          value={`${review.network.length} / ${review.acquaintances.length}`}
        />
        <Line
          label="Competitors"
          value={`${percentText(review.competitorPercent)}${review.competitors.length > 0 ? ` (${review.competitors.map((m) => m.name).join(', ')})` : ''}`}
        />
        <Line
          label="Power partners"
          value={
            review.powerPartners.length === 0
              ? 'none'
              : review.powerPartners.map((m) => `${m.name} (ready ${m.readiness})`).join(', ')
          }
        />
        <Line
          label="Know my target buyers"
          value={
            review.noTargetBuyers
              ? 'no target buyers described yet'
              : `${percentText(review.buyerReachPercent)} (${countText(review.buyerReachCount, 'member')})`
          }
        />
        <Line
          label="Enjoyment"
          value={review.enjoyment === null ? 'not rated' : `${review.enjoyment} of 5`}
        />
      </tbody>
    </table>
    <h3>Depth coverage by month</h3>
    <p className="muted">The share of members I had met one-to-one outside the meetings.</p>
    <CoverageChart points={review.depthCoverageByMonth} describedBy="coverage-table" />
    <table className="figures compact" id="coverage-table">
      <caption className="visually-hidden">Depth coverage by month</caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          <th scope="col">Met / members</th>
          <th scope="col">Coverage</th>
        </tr>
      </thead>
      <tbody>
        {review.depthCoverageByMonth.map((month) => (
          <tr key={month.month}>
            <th scope="row">{month.month}</th>
            <td>
              {month.met} / {month.members}
            </td>
            <td>{percentText(month.percent)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);

export const GroupReviewPage = () => {
  const { groupId } = useParams({ from: '/groups/$groupId/review' });
  const [period, setPeriod] = useState<Period>({ preset: 'LAST_12_MONTHS' });
  const query = useQuery({
    queryKey: [...GROUPS_KEY, groupId, 'review', period],
    queryFn: () => fetchReview(groupId, period),
    placeholderData: keepPreviousData,
  });
  const group = query.data?.__typename === 'Group' ? query.data : null;
  const result = group?.review;
  const review = result?.__typename === 'GroupReview' ? result : null;
  const periodError =
    result?.__typename === 'ValidationError'
      ? (result.issues.map((issue) => issue.message).join('. ') ?? result.message)
      : undefined;

  return (
    <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
      {query.data && !group ? (
        <section className="card empty-state">
          <h1>Group not found</h1>
          <Link to="/groups">Back to groups</Link>
        </section>
      ) : null}
      {group ? (
        <section className="group-review">
          <p>
            <Link to="/groups/$groupId" params={{ groupId }}>
              ← {group.name}
            </Link>
          </p>
          <h1>Should I stay in {group.name}?</h1>
          <PeriodPicker period={period} onChange={setPeriod} error={periodError} />
          {review ? (
            <>
              <p className="muted" aria-live="polite">
                {formatCalendarDate(review.period.from, { withYear: true })} –{' '}
                {formatCalendarDate(review.period.to, { withYear: true })}
                {query.isFetching ? ' · updating…' : ''}
              </p>
              <VerdictCard review={review} />
              <TimeAndMoney review={review} />
              <Returns review={review} />
              <People review={review} />
              <WhatStaysSection network={review.network} acquaintances={review.acquaintances} />
            </>
          ) : null}
        </section>
      ) : null}
    </QueryState>
  );
};
