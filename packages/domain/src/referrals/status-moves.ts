import { z } from 'zod';
import { type DateClock, pastCalendarDate } from '../shared/calendar-date.ts';
import { type FieldIssue, invalid } from '../shared/domain-error.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText } from '../shared/text-rules.ts';
import {
  MAX_REFERRAL_YEARS_BACK,
  REFERRAL_STATUSES,
  type ReferralStatus,
  referralStatusSchema,
} from './referral-input.ts';

export const MAX_STATUS_NOTE_LENGTH = 1_000;

/** The two ends of the pipeline: a referral there is closed. */
export const CLOSED_REFERRAL_STATUSES = ['WON', 'LOST'] as const satisfies ReferralStatus[];

export const isClosedStatus = (status: ReferralStatus): boolean =>
  (CLOSED_REFERRAL_STATUSES as readonly ReferralStatus[]).includes(status);

export const OPEN_REFERRAL_STATUSES = REFERRAL_STATUSES.filter((status) => !isClosedStatus(status));

const STATUS_WORDS: Record<ReferralStatus, string> = {
  INTRODUCED: 'introduced',
  MET: 'met',
  PROPOSAL: 'proposal',
  WON: 'won',
  LOST: 'lost',
};

/**
 * Whether the move follows the pipeline: from an open stage on to any later stage (skipping is
 * fine), or to lost. Anything else goes back, or out of won or lost: a reopening.
 */
export const isForwardMove = (from: ReferralStatus, to: ReferralStatus): boolean => {
  if (isClosedStatus(from) || from === to) return false;
  return to === 'LOST' || REFERRAL_STATUSES.indexOf(to) > REFERRAL_STATUSES.indexOf(from);
};

const moveStatusSchema = (clock: DateClock) =>
  z.object({
    status: referralStatusSchema,
    changedOn: pastCalendarDate('Date', clock, MAX_REFERRAL_YEARS_BACK),
    note: multiLineText(
      z
        .string()
        .trim()
        .max(MAX_STATUS_NOTE_LENGTH, `Note must be at most ${MAX_STATUS_NOTE_LENGTH} characters`),
    )
      .nullish()
      .transform((note) => note || null),
    reopen: z
      .boolean({ error: 'Reopen must be true or false' })
      .nullish()
      .transform((reopen) => reopen ?? false),
  });

export type MoveStatusInput = z.output<ReturnType<typeof moveStatusSchema>>;

export const parseMoveStatusInput = (input: unknown, clock: DateClock): MoveStatusInput =>
  parseInput(moveStatusSchema(clock), input);

/** Where the referral stands: its status, its date and the day of its latest status change. */
export type ReferralStanding = {
  status: ReferralStatus;
  referredOn: string;
  lastChangedOn: string;
};

/**
 * What is wrong with moving the referral, if anything: a move back, or out of won or lost,
 * must say it reopens the referral; a change is dated on or after the referral and its latest
 * change (dates are YYYY-MM-DD, which order like the days they name).
 */
export const statusMoveIssues = (
  standing: ReferralStanding,
  move: Pick<MoveStatusInput, 'status' | 'changedOn' | 'reopen'>,
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  if (move.status === standing.status) {
    issues.push({
      path: ['status'],
      message: `The referral is already ${STATUS_WORDS[move.status]}`,
    });
  } else if (!isForwardMove(standing.status, move.status) && !move.reopen) {
    issues.push({
      path: ['status'],
      message: `Moving from ${STATUS_WORDS[standing.status]} back to ${STATUS_WORDS[move.status]} reopens the referral: confirm the reopening to do it`,
    });
  }
  if (move.changedOn < standing.referredOn) {
    issues.push({ path: ['changedOn'], message: 'Date cannot be before the referral’s date' });
  } else if (move.changedOn < standing.lastChangedOn) {
    issues.push({
      path: ['changedOn'],
      message: `Date cannot be before the last status change, on ${standing.lastChangedOn}`,
    });
  }
  return issues;
};

/** Throws a field error when the move makes no sense (see statusMoveIssues). */
export const checkStatusMove = (
  standing: ReferralStanding,
  move: Pick<MoveStatusInput, 'status' | 'changedOn' | 'reopen'>,
): void => {
  const issues = statusMoveIssues(standing, move);
  if (issues.length > 0) throw invalid(issues);
};
