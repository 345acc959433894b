import { formatMoney, type Money } from '../../ui/money.ts';

/** Sums per currency, side by side: never one figure for two currencies. */
export const moneyList = (amounts: readonly Money[]): string =>
  amounts.length > 0 ? amounts.map(formatMoney).join(', ') : 'none';

/** The ledger's totals: the value of everything listed, and of what was won. */
export const ReferralTotals = ({
  totals,
  count,
}: {
  totals: { value: readonly Money[]; won: readonly Money[] };
  count: number;
}) => (
  <dl className="referral-totals" aria-label="Totals">
    <div>
      <dt>Referrals</dt>
      <dd>{count}</dd>
    </div>
    <div>
      <dt>Total value</dt>
      <dd data-testid="total-value">{moneyList(totals.value)}</dd>
    </div>
    <div>
      <dt>Won</dt>
      <dd data-testid="won-value">{moneyList(totals.won)}</dd>
    </div>
  </dl>
);
