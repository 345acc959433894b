import { describe, expect, it } from 'vitest';
import { parseRescheduleOneToOneInput } from './reschedule-one-to-one-input.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const START = new Date('2026-11-24T12:30:00Z');

describe('parseRescheduleOneToOneInput', () => {
  it('leaves the agenda out when none was given, so the stored one stays', () => {
    expect(parseRescheduleOneToOneInput({ startsAt: START, agenda: null }, NOW)).toEqual({
      startsAt: START,
      durationMinutes: 60,
      place: null,
      videoLink: null,
      agenda: null,
    });
  });

  it('replaces the agenda when one was given', () => {
    expect(
      parseRescheduleOneToOneInput({ startsAt: START, agenda: { tell: ' Case study ' } }, NOW)
        .agenda,
    ).toEqual({
      learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
      tell: 'Case study',
    });
  });

  it('checks the new plan as a new one-to-one is checked', () => {
    expect(() => parseRescheduleOneToOneInput({ startsAt: NOW }, NOW)).toThrow(
      'startsAt: Start must be in the future',
    );
  });
});
