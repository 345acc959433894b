import { describe, expect, it } from 'vitest';
import { countText, moneyListText, percentText } from './review-labels.ts';

describe('review labels', () => {
  it('lists each currency on its own, never summed', () => {
    const text = moneyListText([
      { amount: '1200.00', currency: 'GBP' },
      { amount: '300.00', currency: 'EUR' },
    ]);
    expect(text).toContain(' and ');
    expect(text).toMatch(/1,200\.00/);
    expect(text).toMatch(/300\.00/);
    expect(moneyListText([], 'nothing')).toBe('nothing');
  });

  it('says when there was nobody to count', () => {
    expect(percentText(null)).toBe('—');
    expect(percentText(30)).toBe('30 %');
  });

  it('counts in the singular and plural', () => {
    expect(countText(1, 'referral')).toBe('1 referral');
    expect(countText(0, 'referral')).toBe('0 referrals');
    expect(countText(2, 'person', 'people')).toBe('2 people');
  });
});
