import { describe, expect, it } from 'vitest';
import {
  googleCalendarUrl,
  oneToOneDescription,
  oneToOneEventText,
  oneToOneFileName,
  oneToOneLocation,
  oneToOneTitle,
  outlookCalendarUrl,
  reconnectTitle,
  wallClockIn,
} from './calendar-links.ts';
import { defaultAgenda } from './schedule-one-to-one-input.ts';

const EVENT = {
  title: 'One-to-one with Ann & Bo',
  description: 'What to tell them\nWe build brands + sites',
  location: 'Café Nero, 1 High St',
  // 09:00 in London, summer time.
  startsAt: new Date('2026-10-23T08:00:00Z'),
  endsAt: new Date('2026-10-23T09:00:00Z'),
};

describe('googleCalendarUrl', () => {
  it('fills in Google Calendar’s event template, times in UTC', () => {
    const url = new URL(googleCalendarUrl(EVENT));
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: 'TEMPLATE',
      text: 'One-to-one with Ann & Bo',
      dates: '20261023T080000Z/20261023T090000Z',
      details: 'What to tell them\nWe build brands + sites',
      location: 'Café Nero, 1 High St',
    });
  });

  it('encodes spaces as %20, not +', () => {
    expect(googleCalendarUrl(EVENT)).toContain('text=One-to-one%20with%20Ann%20%26%20Bo');
  });
});

describe('outlookCalendarUrl', () => {
  it('fills in Outlook’s compose page, times as ISO instants', () => {
    const url = new URL(outlookCalendarUrl(EVENT));
    expect(url.origin + url.pathname).toBe('https://outlook.live.com/calendar/0/action/compose');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      subject: 'One-to-one with Ann & Bo',
      startdt: '2026-10-23T08:00:00Z',
      enddt: '2026-10-23T09:00:00Z',
      body: 'What to tell them\nWe build brands + sites',
      location: 'Café Nero, 1 High St',
      path: '/calendar/action/compose',
      rru: 'addevent',
    });
  });
});

describe('one-to-one event text', () => {
  it('titles the meeting with the person’s name', () => {
    expect(oneToOneTitle('Ann Lee')).toBe('One-to-one with Ann Lee');
  });

  it('ticks a reconnect item once done', () => {
    expect(reconnectTitle('Ann', false)).toBe('Reconnect with Ann');
    expect(reconnectTitle('Ann', true)).toBe('✓ Reconnect with Ann');
  });

  it('meets at the place, else the video link, else nowhere', () => {
    expect(oneToOneLocation({ place: 'Café', videoLink: 'https://meet.example/x' })).toBe('Café');
    expect(oneToOneLocation({ place: ' ', videoLink: 'https://meet.example/x' })).toBe(
      'https://meet.example/x',
    );
    expect(oneToOneLocation({ place: null, videoLink: null })).toBe('');
  });

  it('describes the agenda, then the video link', () => {
    const agenda = defaultAgenda('Brand design');
    agenda.learn.goals = 'A second office';
    expect(oneToOneDescription({ agenda, videoLink: 'https://meet.example/x' })).toBe(
      [
        'What to learn about them',
        '- Goals: A second office',
        '',
        'What to tell them',
        'Brand design',
        '',
        'Video link: https://meet.example/x',
      ].join('\n'),
    );
    expect(oneToOneDescription({ agenda: null, videoLink: null })).toBe('');
    expect(oneToOneDescription({ agenda: { tell: 'Hi' }, videoLink: ' ' })).toBe(
      'What to tell them\nHi',
    );
  });
});

describe('oneToOneEventText', () => {
  it('ends the meeting its duration after the start', () => {
    const event = oneToOneEventText(
      {
        startsAt: new Date('2026-10-25T00:30:00Z'),
        durationMinutes: 90,
        place: null,
        videoLink: 'https://meet.example/x',
        agenda: null,
      },
      'Ann',
    );
    expect(event).toEqual({
      title: 'One-to-one with Ann',
      description: 'Video link: https://meet.example/x',
      location: 'https://meet.example/x',
      startsAt: new Date('2026-10-25T00:30:00Z'),
      endsAt: new Date('2026-10-25T02:00:00Z'),
    });
  });
});

describe('wallClockIn', () => {
  it('reads the local time in the zone on both sides of the end of summer time', () => {
    const friday = wallClockIn(new Date('2026-10-23T08:00:00Z'), 'Europe/London');
    const monday = wallClockIn(new Date('2026-10-26T09:00:00Z'), 'Europe/London');
    expect([friday.getDate(), friday.getHours(), friday.getMinutes()]).toEqual([23, 9, 0]);
    expect([monday.getDate(), monday.getHours(), monday.getMinutes()]).toEqual([26, 9, 0]);
    expect(monday.getTime()).toBe(Date.parse('2026-10-26T09:00:00Z'));
  });
});

describe('oneToOneFileName', () => {
  it('is the person’s name as a slug and the local date', () => {
    // 23:30 UTC on the 25th is already the 26th in Auckland.
    const late = new Date('2026-10-25T23:30:00Z');
    expect(oneToOneFileName('Zoë O’Brien-Smith', late, 'Europe/London')).toBe(
      'one-to-one-zoe-o-brien-smith-2026-10-25.ics',
    );
    expect(oneToOneFileName('Zoë', late, 'Pacific/Auckland')).toBe('one-to-one-zoe-2026-10-26.ics');
    expect(oneToOneFileName('李', late, 'UTC')).toBe('one-to-one-2026-10-25.ics');
  });
});
