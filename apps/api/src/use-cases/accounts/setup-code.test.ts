import { describe, expect, it } from 'vitest';
import { generateSetupCode, setupCodeMatches } from './setup-code.ts';

describe('setup codes', () => {
  it('are 4 groups of 4 base32 characters without look-alikes, new each time', () => {
    const codes = Array.from({ length: 50 }, generateSetupCode);
    for (const code of codes)
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(50);
  });

  it('match as typed by hand: case, spaces, dashes and look-alike letters aside', () => {
    const code = 'Q0X1-4KDT-9WBR-2HNZ';
    for (const typed of [code, 'q0x1 4kdt 9wbr 2hnz', 'QOXI4KDT9WBR2HNZ', 'qoxl-4kdt-9wbr-2hnz']) {
      expect(setupCodeMatches(code, typed)).toBe(true);
    }
  });

  it('do not match another code, part of it, or anything when the server has none', () => {
    const code = 'Q0X1-4KDT-9WBR-2HNZ';
    for (const typed of ['Q0X1-4KDT-9WBR-2HNA', 'Q0X1-4KDT-9WBR', '', 'x'.repeat(10_000)]) {
      expect(setupCodeMatches(code, typed)).toBe(false);
    }
    expect(setupCodeMatches(undefined, code)).toBe(false);
  });
});
