import { addElapsedDays } from '../shared/time.ts';

/** A session ends after a week without use, and after 30 days whatever happens. */
export const SESSION_IDLE_DAYS = 7;
export const SESSION_ABSOLUTE_DAYS = 30;
/** Seeing a session more often than this does not rewrite its last-seen time. */
export const SESSION_TOUCH_MINUTES = 5;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date };

export const sessionExpiresAt = (createdAt: Date): Date =>
  addElapsedDays(createdAt, SESSION_ABSOLUTE_DAYS);

export const isSessionActive = (session: SessionTimes, now: Date): boolean =>
  now < session.expiresAt && now < addElapsedDays(session.lastSeenAt, SESSION_IDLE_DAYS);

export const shouldTouchSession = (session: SessionTimes, now: Date): boolean =>
  now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MINUTES * 60_000;
