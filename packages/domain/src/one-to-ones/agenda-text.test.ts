import { describe, expect, it } from 'vitest';
import { agendaText } from './agenda-text.ts';
import { defaultAgenda } from './schedule-one-to-one-input.ts';

describe('agendaText', () => {
  it('is empty for an empty agenda', () => {
    expect(agendaText(defaultAgenda(null))).toBe('');
  });

  it('lists only the filled-in parts under their headings', () => {
    const agenda = defaultAgenda(' Brand strategy for accountants ');
    agenda.learn.goals = ' Open a second office ';
    agenda.learn.networks = 'Chamber of commerce';
    expect(agendaText(agenda)).toBe(
      [
        'What to learn about them',
        '- Goals: Open a second office',
        '- Networks: Chamber of commerce',
        '',
        'What to tell them',
        'Brand strategy for accountants',
      ].join('\n'),
    );
  });
});
