import { describe, expect, it } from 'vitest';
import { fullAgenda } from './agenda.ts';

const EMPTY = {
  learn: { goals: '', accomplishments: '', interests: '', networks: '', skills: '' },
  tell: '',
};

describe('fullAgenda', () => {
  it('reads no agenda as an empty one', () => {
    expect(fullAgenda(null)).toEqual(EMPTY);
    expect(fullAgenda(undefined)).toEqual(EMPTY);
    expect(fullAgenda({})).toEqual(EMPTY);
    expect(fullAgenda({ learn: null, tell: null })).toEqual(EMPTY);
  });

  it('fills in the missing parts and keeps the given ones', () => {
    expect(
      fullAgenda({ learn: { goals: 'A second office', skills: null }, tell: 'Case study' }),
    ).toEqual({
      learn: { ...EMPTY.learn, goals: 'A second office' },
      tell: 'Case study',
    });
  });

  it('keeps only the agenda’s own parts', () => {
    const stored = { learn: { goals: 'x', extra: 'y' }, tell: '', other: 1 };
    expect(fullAgenda(stored)).toEqual({ learn: { ...EMPTY.learn, goals: 'x' }, tell: '' });
  });
});
