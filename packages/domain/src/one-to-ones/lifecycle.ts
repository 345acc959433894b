import { latestTouchAt } from '../interactions/log-interaction-input.ts';
import { invalid } from '../shared/domain-error.ts';

export type OneToOneStatus = 'PLANNED' | 'DONE' | 'CANCELLED' | 'NO_SHOW';
export type OneToOneStep = 'RESCHEDULE' | 'CANCEL' | 'MARK_NO_SHOW' | 'COMPLETE';
export type OneToOneState = { status: OneToOneStatus; startsAt: Date; sequence: number };

const STATUS_AFTER: Record<OneToOneStep, OneToOneStatus> = {
  RESCHEDULE: 'PLANNED',
  CANCEL: 'CANCELLED',
  MARK_NO_SHOW: 'NO_SHOW',
  COMPLETE: 'DONE',
};

/** Only these change the invite itself, so calendars must replace their copy (SEQUENCE). */
const CHANGES_INVITE: ReadonlySet<OneToOneStep> = new Set(['RESCHEDULE', 'CANCEL']);

const NOT_PLANNED: Record<Exclude<OneToOneStatus, 'PLANNED'>, string> = {
  DONE: 'This one-to-one is already done; schedule a new one',
  CANCELLED: 'This one-to-one was cancelled; schedule a new one',
  NO_SHOW: 'This one-to-one was marked as a no-show; schedule a new one',
};

const TOO_EARLY_TO_COMPLETE =
  'It starts more than a day from now; mark it done once it has happened, or reschedule it to when you met';

/**
 * The status and invite sequence after a step. Only a planned one-to-one moves: a done,
 * cancelled or missed meeting is history, and the user schedules a new one instead. A no-show
 * can only be told once the meeting has started; done, from a day before (its touch is logged
 * at its start, and a touch is at most a day ahead). Problems are reported at the one-to-one's
 * `id`.
 */
export const stepOneToOne = (
  oneToOne: OneToOneState,
  step: OneToOneStep,
  now: Date,
): Pick<OneToOneState, 'status' | 'sequence'> => {
  if (oneToOne.status !== 'PLANNED') {
    throw invalid([{ path: ['id'], message: NOT_PLANNED[oneToOne.status] }]);
  }
  if (step === 'MARK_NO_SHOW' && now < oneToOne.startsAt) {
    throw invalid([{ path: ['id'], message: 'It has not started yet' }]);
  }
  if (step === 'COMPLETE' && oneToOne.startsAt > latestTouchAt(now)) {
    throw invalid([{ path: ['id'], message: TOO_EARLY_TO_COMPLETE }]);
  }
  return {
    status: STATUS_AFTER[step],
    sequence: oneToOne.sequence + (CHANGES_INVITE.has(step) ? 1 : 0),
  };
};

/**
 * How long a started meeting stays listed with the planned ones, awaiting word of how it went
 * (done or no-show); after that it is left behind.
 */
export const AWAITING_OUTCOME_DAYS = 30;

const ARCHIVED_PERSON_MESSAGE = "Archived people can't get new one-to-ones; restore them first";

/**
 * An archived person is out of the user's network: no meeting is planned or moved with them
 * until they are restored. The problem is reported at `field`, the input naming the meeting.
 */
export const ensureCanMeet = (person: { archivedAt: Date | null }, field: string): void => {
  if (person.archivedAt) throw invalid([{ path: [field], message: ARCHIVED_PERSON_MESSAGE }]);
};
