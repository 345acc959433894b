import { describe, expect, it } from 'vitest';
import { fileSizeProblem } from './file-size.ts';

describe('a file’s size before upload', () => {
  it('passes a file of the limit, and names both sizes for a larger one', () => {
    expect(fileSizeProblem(10 * 1024 * 1024)).toBeNull();
    expect(fileSizeProblem(20 * 1024 * 1024)).toBe(
      'The file is 20.0 MB; Tend imports files of at most 10 MB. Split it into smaller files and import each.',
    );
    // Rounded up: just over the limit never reads as the limit.
    expect(fileSizeProblem(10 * 1024 * 1024 + 1)).toMatch(/^The file is 10\.1 MB/);
  });
});
