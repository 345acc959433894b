/** A fixed window of attempts: after `max` attempts the key waits for the window to end. */
export type RateLimitRule = { max: number; windowMs: number };

/** Failed sign-ins: an office behind one address is not locked out by its own successes. */
export const SIGN_IN_PER_IP: RateLimitRule = { max: 20, windowMs: 15 * 60_000 };
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { max: 5, windowMs: 15 * 60_000 };
/** Every sign-up costs a 19 MiB password hash, so one address gets a few an hour. */
export const SIGN_UP_PER_IP: RateLimitRule = { max: 10, windowMs: 60 * 60_000 };

export type RateLimitWindow = { windowStartedAt: Date; attempts: number };

/** The window after one more attempt: a new window once the old one has ended. */
export const countAttempt = (
  current: RateLimitWindow | null,
  rule: RateLimitRule,
  now: Date,
): RateLimitWindow =>
  current && now.getTime() - current.windowStartedAt.getTime() < rule.windowMs
    ? { windowStartedAt: current.windowStartedAt, attempts: current.attempts + 1 }
    : { windowStartedAt: now, attempts: 1 };

/** Seconds until the window ends when the attempt is over the limit; null when allowed. */
export const retryAfterSeconds = (
  window: RateLimitWindow,
  rule: RateLimitRule,
  now: Date,
): number | null =>
  window.attempts <= rule.max
    ? null
    : Math.max(
        1,
        Math.ceil((window.windowStartedAt.getTime() + rule.windowMs - now.getTime()) / 1000),
      );

/** Seconds to wait when the window already holds `max` attempts; null when one more may try. */
export const waitBeforeAttempt = (
  window: RateLimitWindow | null,
  rule: RateLimitRule,
  now: Date,
): number | null =>
  window && now.getTime() - window.windowStartedAt.getTime() < rule.windowMs
    ? retryAfterSeconds({ ...window, attempts: window.attempts + 1 }, rule, now)
    : null;
