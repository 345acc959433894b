import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('TEND_SETUP_CODE in the environment', () => {
  it('is unset by default, so each start without an owner makes its own code', () => {
    expect(parseEnv({}).TEND_SETUP_CODE).toBeUndefined();
    expect(parseEnv({ TEND_SETUP_CODE: '' }).TEND_SETUP_CODE).toBeUndefined();
  });

  it('fixes the code in advance, for every replica alike', () => {
    expect(parseEnv({ TEND_SETUP_CODE: 'plum-harbour-4471' }).TEND_SETUP_CODE).toBe(
      'plum-harbour-4471',
    );
  });

  it('refuses a code too short to stand guessing, naming the variable', () => {
    for (const code of ['short-code', '----------------', '1234 5678 9']) {
      expect(() => parseEnv({ TEND_SETUP_CODE: code })).toThrow(
        'TEND_SETUP_CODE: Use at least 12 letters or digits',
      );
    }
  });
});
