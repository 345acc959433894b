import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import {
  ensureCanMeet,
  type OneToOneStatus,
  type OneToOneStep,
  stepOneToOne,
} from './lifecycle.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const date = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2100-01-01T00:00:00Z'),
  noInvalidDate: true,
});
const steps: OneToOneStep[] = ['RESCHEDULE', 'CANCEL', 'MARK_NO_SHOW', 'COMPLETE'];
const ended: Exclude<OneToOneStatus, 'PLANNED'>[] = ['DONE', 'CANCELLED', 'NO_SHOW'];

const planned = (startsAt: Date, sequence = 2) => ({
  status: 'PLANNED' as const,
  startsAt,
  sequence,
});

const issueOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a validation error');
};

describe('stepOneToOne', () => {
  it('raises the invite sequence when rescheduling or cancelling, not otherwise', () => {
    const started = planned(new Date('2026-11-20T09:00:00Z'));
    expect(stepOneToOne(started, 'RESCHEDULE', NOW)).toEqual({ status: 'PLANNED', sequence: 3 });
    expect(stepOneToOne(started, 'CANCEL', NOW)).toEqual({ status: 'CANCELLED', sequence: 3 });
    expect(stepOneToOne(started, 'MARK_NO_SHOW', NOW)).toEqual({
      status: 'NO_SHOW',
      sequence: 2,
    });
    expect(stepOneToOne(started, 'COMPLETE', NOW)).toEqual({ status: 'DONE', sequence: 2 });
  });

  it('marks a no-show only once the meeting has started', () => {
    expect(
      issueOf(() => stepOneToOne(planned(new Date('2026-11-20T10:01:00Z')), 'MARK_NO_SHOW', NOW)),
    ).toEqual([{ path: ['id'], message: 'It has not started yet' }]);
    expect(stepOneToOne(planned(NOW), 'MARK_NO_SHOW', NOW).status).toBe('NO_SHOW');
  });

  it('lets a planned meeting be cancelled before it starts, and completed from a day before', () => {
    const later = planned(new Date('2026-12-01T10:00:00Z'));
    expect(stepOneToOne(later, 'CANCEL', NOW).status).toBe('CANCELLED');
    const tomorrow = planned(new Date('2026-11-21T10:00:00Z'));
    expect(stepOneToOne(tomorrow, 'COMPLETE', NOW).status).toBe('DONE');
  });

  it('refuses to complete a meeting more than a day off, since its touch is logged at its start', () => {
    const message =
      'It starts more than a day from now; mark it done once it has happened, or reschedule it to when you met';
    expect(
      issueOf(() => stepOneToOne(planned(new Date('2026-11-21T10:00:01Z')), 'COMPLETE', NOW)),
    ).toEqual([{ path: ['id'], message }]);
    expect(
      issueOf(() => stepOneToOne(planned(new Date('2026-12-01T10:00:00Z')), 'COMPLETE', NOW)),
    ).toEqual([{ path: ['id'], message }]);
  });

  it('never moves a meeting that is no longer planned, saying why', () => {
    expect(
      issueOf(() => stepOneToOne({ ...planned(NOW), status: 'CANCELLED' }, 'COMPLETE', NOW)),
    ).toEqual([{ path: ['id'], message: 'This one-to-one was cancelled; schedule a new one' }]);
    fc.assert(
      fc.property(
        fc.constantFrom(...ended),
        fc.constantFrom(...steps),
        date,
        date,
        (status, step, startsAt, now) => {
          const issues = issueOf(() => stepOneToOne({ status, startsAt, sequence: 0 }, step, now));
          expect(issues).toHaveLength(1);
          expect(issues[0]?.path).toEqual(['id']);
        },
      ),
    );
  });

  it('never lowers the sequence, and a planned meeting can always be cancelled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...steps),
        date,
        date,
        fc.nat(1000),
        (step, startsAt, now, sequence) => {
          const next = stepOneToOne(planned(startsAt, sequence), 'CANCEL', now);
          expect(next.sequence).toBe(sequence + 1);
          if (step === 'MARK_NO_SHOW' && now < startsAt) return;
          if (step === 'COMPLETE' && startsAt.getTime() > now.getTime() + 86_400_000) return;
          expect(
            stepOneToOne(planned(startsAt, sequence), step, now).sequence,
          ).toBeGreaterThanOrEqual(sequence);
        },
      ),
    );
  });
});

describe('ensureCanMeet', () => {
  it('lets a person who is not archived meet', () => {
    expect(() => ensureCanMeet({ archivedAt: null }, 'personId')).not.toThrow();
  });

  it('refuses an archived person, at the field given', () => {
    const refusal = (() => {
      try {
        ensureCanMeet({ archivedAt: NOW }, 'id');
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(ValidationError);
    expect((refusal as ValidationError).issues).toEqual([
      { path: ['id'], message: "Archived people can't get new one-to-ones; restore them first" },
    ]);
  });
});
