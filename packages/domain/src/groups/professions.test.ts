import { describe, expect, it } from 'vitest';
import { isProfessionIn, memberRole, professionKey } from './professions.ts';

describe('professions', () => {
  it('compares case, spacing and Unicode form alike', () => {
    expect(professionKey('  Tax   Accountant ')).toBe('tax accountant');
    expect(isProfessionIn('Caf\u0065\u0301 owner', ['café OWNER'])).toBe(true);
  });

  it('never matches a missing or blank profession', () => {
    expect(isProfessionIn(null, [null, 'Accountant'])).toBe(false);
    expect(isProfessionIn('  ', ['', ' '])).toBe(false);
    expect(isProfessionIn('Lawyer', ['Accountant', null])).toBe(false);
  });
});

describe('memberRole', () => {
  const mine = {
    profession: 'Accountant',
    competitorProfessions: ['Bookkeeper'],
    powerPartnerProfessions: ['Solicitor', 'Financial planner'],
  };

  it('names competitors (my profession or a competing one) and power partners, compared loosely', () => {
    expect(memberRole(' accountant ', mine)).toBe('COMPETITOR');
    expect(memberRole('BOOKKEEPER', mine)).toBe('COMPETITOR');
    expect(memberRole('Financial  planner', mine)).toBe('POWER_PARTNER');
    expect(memberRole('Baker', mine)).toBeNull();
    expect(memberRole(null, mine)).toBeNull();
    expect(memberRole('', { ...mine, profession: '' })).toBeNull();
  });

  it('calls a profession in both lists a competitor: the review never counts anyone twice', () => {
    expect(memberRole('Solicitor', { ...mine, competitorProfessions: ['Solicitor'] })).toBe(
      'COMPETITOR',
    );
  });
});
