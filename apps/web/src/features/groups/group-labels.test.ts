import { describe, expect, it } from 'vitest';
import { minutesText } from './group-labels.ts';

describe('minutesText', () => {
  it('reads minutes as hours and minutes', () => {
    expect(minutesText(0)).toBe('0 min');
    expect(minutesText(45)).toBe('45 min');
    expect(minutesText(120)).toBe('2 h');
    expect(minutesText(165)).toBe('2 h 45 min');
  });
});
