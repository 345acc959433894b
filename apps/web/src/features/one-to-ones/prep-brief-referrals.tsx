import { type FragmentOf, graphql, type ResultOf, readFragment } from '../../lib/graphql.ts';
import { formatCalendarDate } from '../../ui/dates.ts';
import { formatMoney, type Money } from '../../ui/money.ts';
import { statusLabel } from '../referrals/referral-labels.ts';
import { ReferralBalanceFieldsFragment } from '../referrals/referral-queries.ts';
import { BriefSection } from './prep-brief-sections.tsx';

export const BriefReferralsFragment = graphql(
  `
  fragment BriefReferrals on Person {
    id
    referralBalance {
      ...ReferralBalanceFields
    }
    openReferrals {
      id
      direction
      person {
        id
        name
      }
      referredName
      targetBuyer {
        id
        name
      }
      status
      value {
        amount
        currency
      }
      referredOn
    }
  }
`,
  [ReferralBalanceFieldsFragment],
);

type OpenReferral = ResultOf<typeof BriefReferralsFragment>['openReferrals'][number];

/** Who referred whom, seen from the person the brief is about (giver, receiver or referred). */
const whoToWhom = (referral: OpenReferral, personId: string): string => {
  const referred = referral.referredName ?? 'someone';
  if (referral.person.id === personId) {
    return referral.direction === 'GIVEN'
      ? `I referred ${referred} to them`
      : `They referred ${referred} to me`;
  }
  return referral.direction === 'GIVEN'
    ? `I referred them to ${referral.person.name}`
    : `${referral.person.name} referred them to me`;
};

/** Won amounts, one per currency (never added across currencies). */
const wonText = (won: readonly Money[]) => won.map(formatMoney).join(' + ');

/** The referrals still open either way, and the balance of those given and received. */
export const BriefReferrals = ({
  person: data,
}: {
  person: FragmentOf<typeof BriefReferralsFragment>;
}) => {
  const person = readFragment(BriefReferralsFragment, data);
  const balance = person.referralBalance;
  return (
    <BriefSection title="Referrals">
      {balance.givenCount === 0 && balance.receivedCount === 0 ? (
        <p className="muted">No referrals either way yet.</p>
      ) : (
        <dl className="prep-brief-facts">
          <dt>I gave them</dt>
          <dd>
            {balance.givenCount}
            {balance.givenWon.length > 0 ? ` · won ${wonText(balance.givenWon)}` : null}
          </dd>
          <dt>They gave me</dt>
          <dd>
            {balance.receivedCount}
            {balance.receivedWon.length > 0 ? ` · won ${wonText(balance.receivedWon)}` : null}
          </dd>
        </dl>
      )}
      <h3>Open referrals</h3>
      {person.openReferrals.length === 0 ? (
        <p className="muted">No open referrals either way.</p>
      ) : (
        <ul className="list prep-brief-list">
          {person.openReferrals.map((referral) => (
            <li key={referral.id}>
              <p className="prep-brief-item-head">{whoToWhom(referral, person.id)}</p>
              <p>
                {statusLabel(referral.status)} · {formatCalendarDate(referral.referredOn)}
                {referral.targetBuyer ? ` · ${referral.targetBuyer.name}` : null}
                {referral.value ? ` · ${formatMoney(referral.value)}` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </BriefSection>
  );
};
