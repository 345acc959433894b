import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_INTERACTION_NOTES_LENGTH } from '../interactions/log-interaction-input.ts';
import { ValidationError } from '../shared/domain-error.ts';
import { completionTouch } from './complete-one-to-one-input.ts';
import { defaultAgenda } from './schedule-one-to-one-input.ts';

const agenda = {
  ...defaultAgenda('Brand strategy'),
  learn: { ...defaultAgenda(null).learn, goals: 'A second office' },
};
const meeting = {
  personId: 'p1',
  startsAt: new Date('2026-11-20T09:00:00Z'),
  durationMinutes: 45,
  agenda,
};

const fieldsOf = (input: unknown, oneToOne = meeting) => {
  try {
    completionTouch(oneToOne, input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => issue.path.join('.'));
    throw error;
  }
  throw new Error('Expected a validation error');
};

describe('completionTouch', () => {
  it('logs a one-to-one at the planned start, for the planned time, with the agenda as notes', () => {
    expect(completionTouch(meeting, undefined)).toEqual({
      kind: 'ONE_TO_ONE',
      occurredAt: meeting.startsAt,
      durationMinutes: 45,
      notes:
        'What to learn about them\n- Goals: A second office\n\nWhat to tell them\nBrand strategy',
      personIds: ['p1'],
    });
  });

  it('keeps the notes and duration given; null or empty notes mean none', () => {
    expect(completionTouch(meeting, { notes: '  Went well ', durationMinutes: 90 })).toMatchObject({
      notes: 'Went well',
      durationMinutes: 90,
    });
    expect(completionTouch(meeting, { notes: '' }).notes).toBeNull();
    expect(completionTouch(meeting, { notes: null }).notes).toBeNull();
    expect(completionTouch({ ...meeting, agenda: null }, {}).notes).toBeNull();
    expect(completionTouch({ ...meeting, agenda: defaultAgenda(null) }, {}).notes).toBeNull();
  });

  it('logs a meeting marked done before its start at its start, not now', () => {
    const early = { ...meeting, startsAt: new Date('2026-11-20T11:00:00Z') };
    expect(completionTouch(early, {}).occurredAt).toEqual(early.startsAt);
  });

  it('rejects notes over the limit and odd durations, naming the field', () => {
    expect(fieldsOf({ notes: 'x'.repeat(MAX_INTERACTION_NOTES_LENGTH + 1) })).toEqual(['notes']);
    expect(fieldsOf({ durationMinutes: 0 })).toEqual(['durationMinutes']);
    expect(fieldsOf({ durationMinutes: 24 * 60 + 1 })).toEqual(['durationMinutes']);
    expect(fieldsOf({ durationMinutes: 1.5 })).toEqual(['durationMinutes']);
  });

  it('takes the agenda as notes up to the notes limit, and refuses a longer one, never cutting it', () => {
    const long = fc.string({ minLength: 0, maxLength: 2000 });
    fc.assert(
      fc.property(
        long,
        long,
        long,
        long,
        long,
        long,
        (goals, accomplishments, interests, networks, skills, tell) => {
          const full = { learn: { goals, accomplishments, interests, networks, skills }, tell };
          let notes: string | null;
          try {
            notes = completionTouch({ ...meeting, agenda: full }, {}).notes;
          } catch (error) {
            if (!(error instanceof ValidationError)) throw error;
            expect(error.issues).toEqual([
              {
                path: ['notes'],
                message: expect.stringMatching(
                  /^Notes must be at most 10000 characters, and the agenda is \d+: send shorter notes$/,
                ),
              },
            ]);
            return;
          }
          expect((notes ?? '').length).toBeLessThanOrEqual(MAX_INTERACTION_NOTES_LENGTH);
          // Whole: every part's text is in the notes.
          for (const part of [goals, accomplishments, interests, networks, skills, tell]) {
            expect(notes ?? '').toContain(part.trim());
          }
        },
      ),
      { numRuns: 50 },
    );
    const six = 'x'.repeat(2000);
    const full = {
      learn: { goals: six, accomplishments: six, interests: six, networks: six, skills: six },
      tell: six,
    };
    expect(fieldsOf({}, { ...meeting, agenda: full })).toEqual(['notes']);
  });
});
