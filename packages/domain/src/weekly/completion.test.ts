import { describe, expect, it } from 'vitest';
import { completionRate } from './completion.ts';

describe('completionRate', () => {
  it('counts only done items, and an empty list as 0', () => {
    expect(completionRate([])).toBe(0);
    expect(
      completionRate([
        { status: 'DONE' },
        { status: 'SKIPPED' },
        { status: 'PENDING' },
        { status: 'DONE' },
      ]),
    ).toBe(0.5);
  });
});
