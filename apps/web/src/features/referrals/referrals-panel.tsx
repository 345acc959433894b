import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { request } from '../../lib/request.ts';
import { QueryState } from '../../ui/query-state.tsx';
import { ReferralCard } from './referral-card.tsx';
import { ReferralForm } from './referral-form.tsx';
import {
  REFERRALS_KEY,
  ReferralBalanceQuery,
  ReferralsQuery,
  refreshReferrals,
} from './referral-queries.ts';
import { moneyList } from './referral-totals.tsx';
import './referrals.css';

/**
 * A contact's referrals: given against received (counts and won value per currency), the
 * referrals they are in, and "Record referral" with them filled in.
 */
export const ReferralsPanel = ({ person }: { person: { id: string; name: string } }) => {
  const titleId = useId();
  const queryClient = useQueryClient();
  const [recording, setRecording] = useState(false);
  const [status, setStatus] = useState('');
  const filter = { personId: person.id };
  const list = useQuery({
    queryKey: [...REFERRALS_KEY, filter],
    queryFn: () => request(ReferralsQuery, { filter }),
  });
  // Under the referrals key too, so every change to a referral refreshes it.
  const balance = useQuery({
    queryKey: [...REFERRALS_KEY, 'balance', person.id],
    queryFn: () => request(ReferralBalanceQuery, { id: person.id }),
  });
  const changed = async (message: string) => {
    await refreshReferrals(queryClient);
    setStatus(message);
  };
  const found = balance.data?.person;
  const numbers = found?.__typename === 'Person' ? found.referralBalance : null;
  const items = list.data?.referrals.items ?? [];

  return (
    <section className="card" aria-labelledby={titleId}>
      <div className="card-head">
        <h2 id={titleId}>Referrals</h2>
        <Link to="/referrals" search={{ person: person.id }}>
          In the ledger
        </Link>
      </div>
      <QueryState
        isPending={balance.isPending || list.isPending}
        error={balance.error ?? list.error}
        onRetry={() => Promise.all([balance.refetch(), list.refetch()])}
      >
        {numbers ? (
          <dl className="referral-totals" aria-label="Referral balance">
            <div>
              <dt>Received from them</dt>
              <dd data-testid="received-count">
                {numbers.receivedCount} · won {moneyList(numbers.receivedWon)}
              </dd>
            </div>
            <div>
              <dt>Given to them</dt>
              <dd data-testid="given-count">
                {numbers.givenCount} · won {moneyList(numbers.givenWon)}
              </dd>
            </div>
          </dl>
        ) : null}
        {items.length === 0 ? (
          <p className="muted">
            No referrals with {person.name} yet. Record one they gave you, or one you gave them, to
            see the balance between you.
          </p>
        ) : (
          <ul className="referral-list">
            {items.map((referral) => (
              <ReferralCard key={referral.id} referral={referral} onChanged={changed} />
            ))}
          </ul>
        )}
      </QueryState>
      <p className="form-success" role="status">
        {status}
      </p>
      {recording ? (
        <ReferralForm
          person={person}
          onCancel={() => setRecording(false)}
          onDone={async (message) => {
            setRecording(false);
            await changed(message);
          }}
        />
      ) : (
        <button
          type="button"
          className="button-small"
          onClick={() => {
            setRecording(true);
            setStatus('');
          }}
        >
          Record referral
        </button>
      )}
    </section>
  );
};
