import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { addElapsedDays } from '../shared/time.ts';
import {
  parseChangePasswordInput,
  parseSignInInput,
  parseSignUpInput,
} from './credentials-input.ts';
import {
  decideAttempt,
  type LimitRule,
  type PaceRule,
  paceDelayMs,
  type RateLimitWindow,
} from './rate-limit.ts';
import { isSessionActive, sessionExpiresAt } from './sessions.ts';

const NOW = new Date('2026-11-23T09:00:00Z');
const RULE = { max: 3, windowMs: 15 * 60_000 };

describe('sessions', () => {
  it('end after 7 idle days, and 30 days after sign-in whatever happens', () => {
    const session = { createdAt: NOW, lastSeenAt: NOW, expiresAt: sessionExpiresAt(NOW) };
    expect(isSessionActive(session, addElapsedDays(NOW, 6.9))).toBe(true);
    expect(isSessionActive(session, addElapsedDays(NOW, 7))).toBe(false);
    const busy = { ...session, lastSeenAt: addElapsedDays(NOW, 29.9) };
    expect(isSessionActive(busy, addElapsedDays(NOW, 29.95))).toBe(true);
    expect(isSessionActive(busy, addElapsedDays(NOW, 30))).toBe(false);
  });
});

const minutes = (n: number) => addElapsedDays(NOW, n / 1440);
const PACE: PaceRule = { free: 2, baseMs: 1000, capMs: 8000, quietMs: 60 * 60_000 };

/** Runs attempts at the given instants through a rule: the decisions, in order. */
const run = (rule: LimitRule, instants: Date[]) => {
  let state: RateLimitWindow | null = null;
  return instants.map((instant) => {
    const decision = decideAttempt(state, rule, instant);
    if (decision.allowed) state = decision.next;
    return decision.allowed ? 'ok' : decision.retryAfterSeconds;
  });
};

describe('rate limits', () => {
  it('allow max attempts per window, then ask to wait until it ends', () => {
    expect(run(RULE, [NOW, NOW, NOW, minutes(5), minutes(15)])).toEqual([
      'ok',
      'ok',
      'ok',
      600,
      'ok',
    ]);
    const full = { windowStartedAt: NOW, attempts: 3 };
    expect(decideAttempt(full, RULE, minutes(15))).toEqual({
      allowed: true,
      next: { windowStartedAt: minutes(15), attempts: 1 },
    });
  });

  it('never allow more than max attempts in a window, however they are spread', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 60 * 60_000 }), { maxLength: 40 }),
        (offsets) => {
          const instants = [...offsets]
            .sort((a, b) => a - b)
            .map((ms) => new Date(NOW.getTime() + ms));
          const decisions = run(RULE, instants);
          const allowed = instants.filter((_, i) => decisions[i] === 'ok');
          for (const instant of allowed) {
            const inWindow = allowed.filter(
              (other) => other >= instant && other.getTime() - instant.getTime() < RULE.windowMs,
            );
            expect(inWindow.length).toBeLessThanOrEqual(2 * RULE.max);
          }
          // A refusal names a wait that ends within one window.
          for (const decision of decisions) {
            if (decision !== 'ok') expect(decision).toBeLessThanOrEqual(RULE.windowMs / 1000);
          }
        },
      ),
    );
  });

  it('pace: free attempts, then waits that double up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 40].map((n) => paceDelayMs(n, PACE))).toEqual([
      0, 0, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    const second = (n: number) => new Date(NOW.getTime() + n * 1000);
    // Two free, then 1 s, then 2 s after the last allowed attempt; refusals are not counted.
    expect(run(PACE, [second(0), second(0), second(0), second(1), second(2), second(3)])).toEqual([
      'ok',
      'ok',
      1,
      'ok',
      1,
      'ok',
    ]);
    // An hour without attempts starts again with the free ones.
    expect(run(PACE, [second(0), second(0), second(3600), second(3600)])).toEqual([
      'ok',
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('pace: the delays only grow, never beyond the cap', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(paceDelayMs(low, PACE)).toBeLessThanOrEqual(paceDelayMs(high, PACE));
        expect(paceDelayMs(high, PACE)).toBeLessThanOrEqual(PACE.capMs);
      }),
    );
  });
});

describe('sign-up input', () => {
  it('needs a valid e-mail and a password of 10 or more that is not the e-mail', () => {
    expect(parseSignUpInput({ email: ' Ada@Example.com ', password: 'a long password' })).toEqual({
      email: 'ada@example.com',
      password: 'a long password',
      name: null,
      timezone: null,
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
    expect(issues({ email: 'ada@example.com', password: 'Password123' })).toEqual(['password']);
    expect(issues({ email: 'ada@example.com', password: 'QWERTYUIOP' })).toEqual(['password']);
  });

  it('takes the browser’s time zone, and none for one the server does not know', () => {
    const zoneOf = (timezone: unknown) =>
      parseSignUpInput({ email: 'ada@example.com', password: 'a long password', timezone })
        .timezone;
    expect(zoneOf('Pacific/Auckland')).toBe('Pacific/Auckland');
    expect(zoneOf('america/new_york')).toBe('America/New_York');
    for (const unknown of [undefined, null, '', 'Mars/Olympus_Mons', 42]) {
      expect(zoneOf(unknown)).toBeNull();
    }
  });
});

describe('an empty password', () => {
  const messagesOf = (parse: () => unknown) => {
    try {
      parse();
      return [];
    } catch (error) {
      return error instanceof ValidationError
        ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
        : ['?'];
    }
  };

  it('says "Enter a password", alone, wherever a password is asked for', () => {
    const email = 'ada@example.com';
    expect(messagesOf(() => parseSignUpInput({ email, password: '' }))).toEqual([
      'password: Enter a password',
    ]);
    expect(messagesOf(() => parseSignUpInput({ email }))).toEqual(['password: Enter a password']);
    expect(messagesOf(() => parseSignInInput({ email, password: '' }))).toEqual([
      'password: Enter a password',
    ]);
    expect(
      messagesOf(() => parseChangePasswordInput({ currentPassword: '', newPassword: '' }, email)),
    ).toEqual(['currentPassword: Enter a password', 'newPassword: Enter a password']);
  });
});

describe('change-password input', () => {
  const issues = (input: unknown, email: string | null = 'ada@example.com') => {
    try {
      parseChangePasswordInput(input, email);
      return [];
    } catch (error) {
      return error instanceof ValidationError
        ? error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
        : ['?'];
    }
  };

  it('applies the sign-up rules to the new password', () => {
    const current = 'the old password';
    expect(issues({ currentPassword: current, newPassword: 'a long password' })).toEqual([]);
    expect(issues({ currentPassword: current, newPassword: 'password123' })).toEqual([
      'newPassword: This password is one of the most common: choose one that is harder to guess',
    ]);
    expect(issues({ currentPassword: current, newPassword: 'Ada@Example.com' })).toEqual([
      'newPassword: Choose a password that is not your e-mail address',
    ]);
    expect(issues({ currentPassword: current, newPassword: 'short' })).toEqual([
      'newPassword: Use at least 10 characters',
    ]);
  });
});
