import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Money } from '../shared/money.ts';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from './referral-input.ts';
import { type ReferralFigures, referralBalance, referralTotals } from './referral-totals.ts';

const money = (amount: string, currency = 'GBP'): Money => ({ amount, currency });
const won = (value: Money | null, direction: 'GIVEN' | 'RECEIVED' = 'RECEIVED') =>
  ({ direction, status: 'WON', value }) satisfies ReferralFigures;

describe('referralTotals', () => {
  it('adds 0.10 and 0.20 to exactly 0.30', () => {
    const totals = referralTotals([won(money('0.10')), won(money('0.20'))]);
    expect(totals.value).toEqual([money('0.30')]);
    expect(totals.won).toEqual([money('0.30')]);
  });

  it('sums 1,234,567.89 to the cent, each currency on its own', () => {
    const totals = referralTotals([
      won(money('1234567.89')),
      won(money('1234567.89')),
      won(money('0.01')),
      { direction: 'GIVEN', status: 'PROPOSAL', value: money('1234567.89', 'EUR') },
      { direction: 'GIVEN', status: 'LOST', value: null },
    ]);
    expect(totals.value).toEqual([money('1234567.89', 'EUR'), money('2469135.79')]);
    expect(totals.won).toEqual([money('2469135.79')]);
  });

  it('counts every status in pipeline order, zeros included', () => {
    const { byStatus } = referralTotals([won(null), won(null)]);
    expect(byStatus).toEqual(
      REFERRAL_STATUSES.map((status) => ({ status, count: status === 'WON' ? 2 : 0 })),
    );
  });

  it('adds to the cent whatever the amounts (checked in integer cents)', () => {
    const cents = fc.bigInt({ min: 0n, max: 99_999_999_999n });
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 30 }), (amounts) => {
        const asMoney = amounts.map((c) =>
          money(`${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`),
        );
        const total = amounts.reduce((sum, c) => sum + c, 0n);
        const expected = `${total / 100n}.${(total % 100n).toString().padStart(2, '0')}`;
        const { value } = referralTotals(asMoney.map((m) => won(m)));
        expect(value).toEqual(amounts.length > 0 ? [money(expected)] : []);
      }),
    );
  });
});

describe('referralBalance', () => {
  it('sets given against received, won value per currency each side', () => {
    expect(
      referralBalance([
        won(money('100.10'), 'GIVEN'),
        won(money('0.20'), 'GIVEN'),
        won(money('50', 'USD'), 'RECEIVED'),
        { direction: 'RECEIVED', status: 'MET', value: money('999.99') },
      ]),
    ).toEqual({
      givenCount: 2,
      receivedCount: 2,
      givenWon: [money('100.30')],
      receivedWon: [money('50.00', 'USD')],
    });
  });

  it('counts every referral on exactly one side', () => {
    const figures = fc.record({
      direction: fc.constantFrom(...REFERRAL_DIRECTIONS),
      status: fc.constantFrom(...REFERRAL_STATUSES),
      value: fc.constant(null),
    });
    fc.assert(
      fc.property(fc.array(figures), (referrals) => {
        const balance = referralBalance(referrals);
        expect(balance.givenCount + balance.receivedCount).toBe(referrals.length);
      }),
    );
  });
});
