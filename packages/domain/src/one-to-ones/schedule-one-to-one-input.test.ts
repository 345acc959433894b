import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { defaultAgenda, parseScheduleOneToOneInput } from './schedule-one-to-one-input.ts';

const NOW = new Date('2026-11-20T10:00:00Z');
const START = new Date('2026-11-24T12:30:00Z');

const issuesOf = (input: unknown) => {
  try {
    parseScheduleOneToOneInput(input, NOW);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => issue.path.join('.'));
    throw error;
  }
  throw new Error('Expected a validation error');
};

describe('parseScheduleOneToOneInput', () => {
  it('fills in the defaults', () => {
    expect(parseScheduleOneToOneInput({ startsAt: START }, NOW)).toEqual({
      startsAt: START,
      durationMinutes: 60,
      place: null,
      videoLink: null,
      agenda: {
        learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
        tell: '',
      },
    });
  });

  it('keeps and trims what was given', () => {
    const parsed = parseScheduleOneToOneInput(
      {
        startsAt: START,
        durationMinutes: 45,
        place: '  The Crown ',
        videoLink: 'https://meet.example.com/abc',
        agenda: { learn: { goals: ' Grow the firm ' }, tell: 'Brand strategy' },
      },
      NOW,
    );
    expect(parsed.place).toBe('The Crown');
    expect(parsed.durationMinutes).toBe(45);
    expect(parsed.videoLink).toBe('https://meet.example.com/abc');
    expect(parsed.agenda.learn.goals).toBe('Grow the firm');
    expect(parsed.agenda.learn.skills).toBe('');
    expect(parsed.agenda.tell).toBe('Brand strategy');
  });

  it('rejects a start in the past or now', () => {
    expect(issuesOf({ startsAt: new Date('2026-11-20T09:59:00Z') })).toEqual(['startsAt']);
    expect(issuesOf({ startsAt: NOW })).toEqual(['startsAt']);
  });

  it('rejects a start more than two years ahead', () => {
    expect(issuesOf({ startsAt: new Date('2028-12-01T10:00:00Z') })).toEqual(['startsAt']);
    expect(() =>
      parseScheduleOneToOneInput({ startsAt: new Date('2028-11-19T10:00:00Z') }, NOW),
    ).not.toThrow();
  });

  it('rejects an invalid date', () => {
    expect(issuesOf({ startsAt: new Date('nope') })).toEqual(['startsAt']);
  });

  it('keeps durations between 15 minutes and 8 hours', () => {
    expect(issuesOf({ startsAt: START, durationMinutes: 14 })).toEqual(['durationMinutes']);
    expect(issuesOf({ startsAt: START, durationMinutes: 481 })).toEqual(['durationMinutes']);
    expect(issuesOf({ startsAt: START, durationMinutes: 30.5 })).toEqual(['durationMinutes']);
    expect(
      parseScheduleOneToOneInput({ startsAt: START, durationMinutes: 480 }, NOW),
    ).toMatchObject({ durationMinutes: 480 });
  });

  it('accepts only http(s) video links', () => {
    expect(issuesOf({ startsAt: START, videoLink: 'javascript:alert(1)' })).toEqual(['videoLink']);
    expect(issuesOf({ startsAt: START, videoLink: 'not a url' })).toEqual(['videoLink']);
    expect(
      parseScheduleOneToOneInput({ startsAt: START, videoLink: 'http://zoom.example/x' }, NOW)
        .videoLink,
    ).toBe('http://zoom.example/x');
  });

  it('limits the place and each agenda text, naming the field', () => {
    expect(issuesOf({ startsAt: START, place: 'x'.repeat(201) })).toEqual(['place']);
    expect(
      issuesOf({ startsAt: START, agenda: { learn: { networks: 'x'.repeat(2001) } } }),
    ).toEqual(['agenda.learn.networks']);
    expect(issuesOf({ startsAt: START, agenda: { tell: 'x'.repeat(2001) } })).toEqual([
      'agenda.tell',
    ]);
  });
});

describe('defaultAgenda', () => {
  it('pre-fills what to tell from my offer', () => {
    expect(defaultAgenda(' I help accountants win clients ')).toEqual({
      learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
      tell: 'I help accountants win clients',
    });
  });

  it('leaves it empty without an offer', () => {
    expect(defaultAgenda(null).tell).toBe('');
  });
});
