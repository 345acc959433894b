/** A fixed window of attempts: after `max` attempts the key waits for the window to end. */
export type RateLimitRule = { max: number; windowMs: number };

/**
 * Growing delays: after `free` attempts each one waits longer after the last (doubling from
 * `baseMs`, at most `capMs`); `quietMs` without an attempt starts the count again.
 */
export type PaceRule = { free: number; baseMs: number; capMs: number; quietMs: number };

export type LimitRule = RateLimitRule | PaceRule;

/** Failed sign-ins: an office behind one address is not locked out by its own successes. */
export const SIGN_IN_PER_IP: RateLimitRule = { max: 20, windowMs: 15 * 60_000 };
/**
 * Keyed on e-mail and address, so a burst from an attacker's address locks out that address
 * only, never the owner signing in from their own.
 */
export const SIGN_IN_PER_ACCOUNT_AND_IP: RateLimitRule = { max: 5, windowMs: 15 * 60_000 };
/** Guesses at one e-mail from many addresses: a softer cap across all of them… */
export const SIGN_IN_PER_ACCOUNT: RateLimitRule = { max: 50, windowMs: 60 * 60_000 };
/** …reached slowly: past 10 failures each guess waits twice as long, up to 5 minutes. */
export const SIGN_IN_PACE: PaceRule = {
  free: 10,
  baseMs: 1000,
  capMs: 5 * 60_000,
  quietMs: 60 * 60_000,
};
/** Every sign-up costs a 19 MiB password hash, so one address gets a few an hour. */
export const SIGN_UP_PER_IP: RateLimitRule = { max: 10, windowMs: 60 * 60_000 };
/**
 * Sign-up answers that an e-mail has an account already (it signs the new account in at once, so
 * no answer can be the same for both): a few an hour per address, then none of its sign-ups.
 */
export const SIGN_UP_TAKEN_PER_IP: RateLimitRule = { max: 3, windowMs: 60 * 60_000 };
/** Wrong passwords when changing it or deleting the account, per signed-in account. */
export const PASSWORD_CHECK_PER_ACCOUNT: RateLimitRule = { max: 5, windowMs: 15 * 60_000 };

/**
 * What a key has counted. For a window: its start and the attempts in it. For a pace: the last
 * attempt's time and the attempts since the key was last quiet.
 */
export type RateLimitWindow = { windowStartedAt: Date; attempts: number };

export type AttemptDecision =
  /** Go ahead; `next` is what the key now holds. */
  | { allowed: true; next: RateLimitWindow }
  /** Refused, and not counted: the key is unchanged. */
  | { allowed: false; retryAfterSeconds: number };

const isPace = (rule: LimitRule): rule is PaceRule => 'free' in rule;

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** The wait a pace asks for after `attempts` attempts: none for the free ones, then doubling. */
export const paceDelayMs = (attempts: number, rule: PaceRule): number =>
  attempts < rule.free
    ? 0
    : Math.min(rule.capMs, rule.baseMs * 2 ** Math.min(attempts - rule.free, 30));

/** Whether one more attempt may go ahead now, and what the key holds once it is counted. */
export const decideAttempt = (
  current: RateLimitWindow | null,
  rule: LimitRule,
  now: Date,
): AttemptDecision => {
  const since = current ? now.getTime() - current.windowStartedAt.getTime() : Number.NaN;
  if (isPace(rule)) {
    if (!current || !(since < rule.quietMs)) {
      return { allowed: true, next: { windowStartedAt: now, attempts: 1 } };
    }
    const wait = paceDelayMs(current.attempts, rule) - since;
    return wait > 0
      ? { allowed: false, retryAfterSeconds: seconds(wait) }
      : { allowed: true, next: { windowStartedAt: now, attempts: current.attempts + 1 } };
  }
  // A clock set back (since < 0) keeps the window rather than opening a fresh one.
  if (!current || !(since < rule.windowMs)) {
    return { allowed: true, next: { windowStartedAt: now, attempts: 1 } };
  }
  return current.attempts >= rule.max
    ? { allowed: false, retryAfterSeconds: seconds(rule.windowMs - since) }
    : {
        allowed: true,
        next: { windowStartedAt: current.windowStartedAt, attempts: current.attempts + 1 },
      };
};

/**
 * How long a key's row can still matter: the longest window or quiet time of the rules above.
 * A row older than this changes no decision, so it may be pruned.
 */
export const RATE_LIMIT_RETENTION_MS = Math.max(
  SIGN_IN_PER_IP.windowMs,
  SIGN_IN_PER_ACCOUNT_AND_IP.windowMs,
  SIGN_IN_PER_ACCOUNT.windowMs,
  SIGN_IN_PACE.quietMs,
  SIGN_UP_PER_IP.windowMs,
  SIGN_UP_TAKEN_PER_IP.windowMs,
  PASSWORD_CHECK_PER_ACCOUNT.windowMs,
);
