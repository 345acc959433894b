import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeValue } from './time-value.ts';

describe('timeValue', () => {
  it('turns a meeting’s minutes into money to the penny (hand-computed)', () => {
    // 20 + 40 + 90 + 15 = 165 minutes at £85.50 an hour: 165 × 85.50 / 60 = 14107.5 / 60
    // = 235.125, rounded half-up to the penny: £235.13.
    expect(timeValue(165, { amount: '85.50', currency: 'GBP' })).toEqual({
      amount: '235.13',
      currency: 'GBP',
    });
    // 7 minutes at £10: 70 / 60 = 1.1666… → £1.17.
    expect(timeValue(7, { amount: '10.00', currency: 'GBP' })).toEqual({
      amount: '1.17',
      currency: 'GBP',
    });
  });

  it('rounds to the currency’s minor unit: whole yen', () => {
    // 50 minutes at ¥3,000: 150000 / 60 = 2500; 25 minutes: 1250; 1 minute at ¥3,001: 50.0166… → 50.
    expect(timeValue(50, { amount: '3000', currency: 'JPY' }).amount).toBe('2500.00');
    expect(timeValue(1, { amount: '3001', currency: 'JPY' }).amount).toBe('50.00');
  });

  it('is zero for no time and for no rate, and refuses fractional or negative minutes', () => {
    expect(timeValue(0, { amount: '85.50', currency: 'GBP' }).amount).toBe('0.00');
    expect(timeValue(90, { amount: '0', currency: 'EUR' })).toEqual({
      amount: '0.00',
      currency: 'EUR',
    });
    expect(() => timeValue(1.5, { amount: '1', currency: 'GBP' })).toThrow(RangeError);
    expect(() => timeValue(-1, { amount: '1', currency: 'GBP' })).toThrow(RangeError);
  });

  it('an hour is worth the rate, and more minutes never cost less', () => {
    const pennies = fc.integer({ min: 0, max: 10_000_000 });
    const rate = pennies.map((p) => ({
      amount: `${Math.floor(p / 100)}.${String(p % 100).padStart(2, '0')}`,
      currency: 'GBP',
    }));
    fc.assert(
      fc.property(rate, fc.integer({ min: 0, max: 100_000 }), (hourly, minutes) => {
        expect(Number(timeValue(60, hourly).amount)).toBe(Number(hourly.amount));
        expect(timeValue(minutes * 60, hourly).amount).toBe(
          (BigInt(Math.round(Number(hourly.amount) * 100)) * BigInt(minutes))
            .toString()
            .replace(
              /^(\d*?)(\d{1,2})$/,
              (_, whole: string, cents: string) => `${whole || '0'}.${cents.padStart(2, '0')}`,
            ),
        );
        const a = timeValue(minutes, hourly).amount;
        const b = timeValue(minutes + 1, hourly).amount;
        expect(Number(b) >= Number(a)).toBe(true);
      }),
    );
  });
});
