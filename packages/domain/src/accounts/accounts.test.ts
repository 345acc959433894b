import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { addDays } from '../shared/time.ts';
import { parseSignUpInput } from './credentials-input.ts';
import { countAttempt, retryAfterSeconds, waitBeforeAttempt } from './rate-limit.ts';
import { isSessionActive, sessionExpiresAt } from './sessions.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const RULE = { max: 3, windowMs: 15 * 60_000 };

describe('sessions', () => {
  it('end after 7 idle days, and 30 days after sign-in whatever happens', () => {
    const session = { createdAt: NOW, lastSeenAt: NOW, expiresAt: sessionExpiresAt(NOW) };
    expect(isSessionActive(session, addDays(NOW, 6.9))).toBe(true);
    expect(isSessionActive(session, addDays(NOW, 7))).toBe(false);
    const busy = { ...session, lastSeenAt: addDays(NOW, 29.9) };
    expect(isSessionActive(busy, addDays(NOW, 29.95))).toBe(true);
    expect(isSessionActive(busy, addDays(NOW, 30))).toBe(false);
  });
});

describe('rate limits', () => {
  it('allow max attempts per window, then ask to wait until it ends', () => {
    let window = null;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      window = countAttempt(window, RULE, NOW);
      expect(retryAfterSeconds(window, RULE, NOW)).toBeNull();
    }
    expect(waitBeforeAttempt(window, RULE, addDays(NOW, 5 / 1440))).toBe(600);
    expect(waitBeforeAttempt(window, RULE, addDays(NOW, 15 / 1440))).toBeNull();
    expect(countAttempt(window, RULE, addDays(NOW, 15 / 1440))).toEqual({
      windowStartedAt: addDays(NOW, 15 / 1440),
      attempts: 1,
    });
  });
});

describe('sign-up input', () => {
  it('needs a valid e-mail and a password of 10 or more that is not the e-mail', () => {
    expect(parseSignUpInput({ email: ' Ada@Example.com ', password: 'a long password' })).toEqual({
      email: 'ada@example.com',
      password: 'a long password',
      name: null,
    });
    const issues = (input: unknown) => {
      try {
        parseSignUpInput(input);
        return [];
      } catch (error) {
        return error instanceof ValidationError ? error.issues.map((i) => i.path.join('.')) : ['?'];
      }
    };
    expect(issues({ email: 'nope', password: 'a long password' })).toEqual(['email']);
    expect(issues({ email: 'ada@example.com', password: 'short' })).toEqual(['password']);
    expect(issues({ email: 'ada@example.com', password: 'ADA@EXAMPLE.COM' })).toEqual(['password']);
  });
});
