import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('TRUST_PROXY', () => {
  it('is off by default, a hop count, or a list of proxy addresses; `true` means one hop', () => {
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(parseEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1,loopback' }).TRUST_PROXY).toEqual([
      '10.0.0.0/8',
      '127.0.0.1',
      '::1',
      'loopback',
    ]);
  });

  it('refuses anything else, naming the variable', () => {
    for (const value of ['yes', 'all', '10.0.0.0/33', '10.0.0.1,', 'proxy.example.com', '-1']) {
      expect(() => parseEnv({ TRUST_PROXY: value }), value).toThrow(
        /TRUST_PROXY: TRUST_PROXY must be/,
      );
    }
  });
});
