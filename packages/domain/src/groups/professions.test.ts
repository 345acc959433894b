import { describe, expect, it } from 'vitest';
import { isProfessionIn, professionKey } from './professions.ts';

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
