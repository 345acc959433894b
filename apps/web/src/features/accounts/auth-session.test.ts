import { describe, expect, it } from 'vitest';
import { setupCodeOf, validateAuthSearch } from './auth-session.ts';

describe('the setup code in a sign-up address', () => {
  it('is read as typed, also when it is digits alone and was parsed as a number', () => {
    expect(validateAuthSearch({ setup: 'QX7M-4KDT-9WBR-2HNZ' }).setup).toBe('QX7M-4KDT-9WBR-2HNZ');
    expect(setupCodeOf(123456789012)).toBe('123456789012');
    expect(setupCodeOf(' QX7M 4KDT ')).toBe('QX7M 4KDT');
  });

  it('is left out when empty, not text, or far too long to be one', () => {
    for (const value of [undefined, '', '   ', true, { code: 'x' }, 'x'.repeat(201)]) {
      expect(validateAuthSearch({ setup: value }).setup).toBeUndefined();
    }
  });
});
