import { describe, expect, it } from 'vitest';
import { parseRescheduleOneToOneInput } from './reschedule-one-to-one-input.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const START = new Date('2026-11-24T12:30:00Z');

describe('parseRescheduleOneToOneInput', () => {
  it('changes only the start when nothing else is given, so the stored plan stays', () => {
    expect(parseRescheduleOneToOneInput({ startsAt: START }, NOW)).toEqual({ startsAt: START });
  });

  it('keeps the duration and agenda when they are null, and clears a null place or link', () => {
    expect(
      parseRescheduleOneToOneInput(
        { startsAt: START, durationMinutes: null, agenda: null, place: null, videoLink: null },
        NOW,
      ),
    ).toEqual({ startsAt: START, place: null, videoLink: null });
  });

  it('takes every part given, checked and tidied as when scheduling', () => {
    expect(
      parseRescheduleOneToOneInput(
        {
          startsAt: START,
          durationMinutes: 30,
          place: ' The Crown ',
          videoLink: '',
          agenda: { tell: ' Case study ' },
        },
        NOW,
      ),
    ).toEqual({
      startsAt: START,
      durationMinutes: 30,
      place: 'The Crown',
      videoLink: null,
      agenda: {
        learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
        tell: 'Case study',
      },
    });
  });

  it('checks the new plan as a new one-to-one is checked', () => {
    expect(() => parseRescheduleOneToOneInput({ startsAt: NOW }, NOW)).toThrow(
      'startsAt: Start must be in the future',
    );
    expect(() =>
      parseRescheduleOneToOneInput({ startsAt: START, durationMinutes: 5 }, NOW),
    ).toThrow('durationMinutes: Duration must be at least 15 minutes');
  });
});
