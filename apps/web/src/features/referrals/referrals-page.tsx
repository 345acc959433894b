import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { request } from '../../lib/request.ts';
import { Field } from '../../ui/field.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { TargetBuyerOptionsQuery } from '../buyers/knows-panel.tsx';
import { PersonPicker } from '../people/person-picker.tsx';
import { ReferralCard } from './referral-card.tsx';
import { ReferralForm } from './referral-form.tsx';
import { isReferralStatus, REFERRAL_STATUSES } from './referral-labels.ts';
import {
  REFERRALS_KEY,
  ReferralBalanceQuery,
  ReferralsQuery,
  refreshReferrals,
} from './referral-queries.ts';
import type { ReferralsSearch } from './referral-search.ts';
import { ReferralTotals } from './referral-totals.tsx';
import './referrals.css';

/** The person filter: its name is looked up, as the address holds only the id. */
const PersonFilter = ({
  personId,
  onChange,
}: {
  personId: string | undefined;
  onChange: (personId: string | undefined) => void;
}) => {
  const person = useQuery({
    queryKey: ['person', personId, 'name'],
    queryFn: () => request(ReferralBalanceQuery, { id: personId ?? '' }),
    enabled: Boolean(personId),
  });
  const found = person.data?.person;
  const value =
    personId && found?.__typename === 'Person' ? { id: found.id, name: found.name } : null;
  return <PersonPicker label="Person" value={value} onChange={(p) => onChange(p?.id)} />;
};

export const ReferralsPage = () => {
  const search = useSearch({ from: '/referrals' });
  const navigate = useNavigate({ from: '/referrals' });
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState(false);
  const [status, setStatus] = useState('');
  const filter = {
    direction: search.direction ?? null,
    status: search.status ?? null,
    personId: search.person ?? null,
    targetBuyerId: search.profile ?? null,
    from: search.from ?? null,
    to: search.to ?? null,
  };
  const query = useQuery({
    queryKey: [...REFERRALS_KEY, filter],
    queryFn: () => request(ReferralsQuery, { filter }),
    placeholderData: keepPreviousData,
  });
  const profiles = useQuery({
    queryKey: ['target-buyer-options'],
    queryFn: () => request(TargetBuyerOptionsQuery),
  });
  const setFilter = (change: Partial<ReferralsSearch>) =>
    navigate({ search: (prev) => ({ ...prev, ...change }), replace: true });
  const filtered = Object.values(search).some(Boolean);
  const changed = async (message: string) => {
    await refreshReferrals(queryClient);
    setStatus(message);
  };
  const ledger = query.data?.referrals;

  return (
    <section>
      <div className="card-head">
        <h1>Referrals</h1>
        {recording ? null : (
          <button
            type="button"
            onClick={() => {
              setRecording(true);
              setStatus('');
            }}
          >
            Record referral
          </button>
        )}
      </div>
      {recording ? (
        <div className="card">
          <ReferralForm
            onCancel={() => setRecording(false)}
            onDone={async (message) => {
              setRecording(false);
              await changed(message);
            }}
          />
        </div>
      ) : null}
      <p className="form-success" role="status">
        {status}
      </p>
      <form
        className="card referral-filters"
        aria-label="Filter referrals"
        onSubmit={(e) => e.preventDefault()}
      >
        <Field label="Direction">
          <select
            value={search.direction ?? ''}
            onChange={(e) =>
              setFilter({
                direction:
                  e.target.value === 'GIVEN' || e.target.value === 'RECEIVED'
                    ? e.target.value
                    : undefined,
              })
            }
          >
            <option value="">Given and received</option>
            <option value="RECEIVED">Received</option>
            <option value="GIVEN">Given</option>
          </select>
        </Field>
        <Field label="Status">
          <select
            value={search.status ?? ''}
            onChange={(e) =>
              setFilter({ status: isReferralStatus(e.target.value) ? e.target.value : undefined })
            }
          >
            <option value="">Any status</option>
            {REFERRAL_STATUSES.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Profile">
          <select
            value={search.profile ?? ''}
            onChange={(e) => setFilter({ profile: e.target.value || undefined })}
          >
            <option value="">Any profile</option>
            {(profiles.data?.targetBuyers ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="From">
          <input
            type="date"
            value={search.from ?? ''}
            onChange={(e) => setFilter({ from: e.target.value || undefined })}
          />
        </Field>
        <Field label="To">
          <input
            type="date"
            value={search.to ?? ''}
            onChange={(e) => setFilter({ to: e.target.value || undefined })}
          />
        </Field>
        <PersonFilter personId={search.person} onChange={(person) => setFilter({ person })} />
        {filtered ? (
          <Link to="/referrals" search={{}}>
            Clear filters
          </Link>
        ) : null}
      </form>
      <QueryState isPending={query.isPending} error={query.error} onRetry={() => query.refetch()}>
        {ledger ? (
          <>
            <div className="card">
              <ReferralTotals totals={ledger.totals} count={ledger.items.length} />
            </div>
            {ledger.items.length === 0 ? (
              <div className="empty-state card">
                {filtered ? (
                  <p>No referrals match these filters.</p>
                ) : (
                  <>
                    <p>
                      No referrals yet. Record each referral you give or receive: who it came from
                      or went to, who was referred, and how it went — introduced, met, proposal, won
                      or lost. The totals and each person’s balance follow from them.
                    </p>
                    <button type="button" onClick={() => setRecording(true)}>
                      Record the first referral
                    </button>
                  </>
                )}
              </div>
            ) : (
              <div className="referral-pipeline">
                {REFERRAL_STATUSES.map((s) => {
                  const items = ledger.items.filter((r) => r.status === s.value);
                  const count = ledger.byStatus.find((b) => b.status === s.value)?.count ?? 0;
                  return (
                    <section key={s.value} className="card" aria-label={`${s.label} (${count})`}>
                      <h2>
                        {s.label} <span className="muted">({count})</span>
                      </h2>
                      {items.length === 0 ? (
                        <p className="muted">None</p>
                      ) : (
                        <ul className="referral-list">
                          {items.map((referral) => (
                            <ReferralCard
                              key={referral.id}
                              referral={referral}
                              onChanged={changed}
                            />
                          ))}
                        </ul>
                      )}
                    </section>
                  );
                })}
              </div>
            )}
          </>
        ) : null}
      </QueryState>
    </section>
  );
};
