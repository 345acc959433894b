import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import {
  MAX_INTRODUCTION_ASK_LENGTH,
  parseIntroductionAskInput,
} from './introduction-ask-input.ts';

const issuesOf = (input: unknown) => {
  try {
    parseIntroductionAskInput(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a ValidationError, but the input was accepted');
};

const valid = { personId: 'p', targetBuyerId: 'b', message: '  Hi Priya,\n\nCould you…  ' };

describe('parseIntroductionAskInput', () => {
  it('keeps the message trimmed, with its line breaks', () => {
    expect(parseIntroductionAskInput(valid)).toEqual({
      ...valid,
      message: 'Hi Priya,\n\nCould you…',
    });
    expect(
      parseIntroductionAskInput({ ...valid, message: 'x'.repeat(MAX_INTRODUCTION_ASK_LENGTH) })
        .message,
    ).toHaveLength(MAX_INTRODUCTION_ASK_LENGTH);
  });

  it('refuses an empty, too long or unsaveable message at its field', () => {
    for (const message of ['', '   \n ', undefined]) {
      expect(issuesOf({ ...valid, message })).toEqual([
        { path: ['message'], message: 'Write the message of the ask' },
      ]);
    }
    expect(issuesOf({ ...valid, message: 'x'.repeat(MAX_INTRODUCTION_ASK_LENGTH + 1) })).toEqual([
      { path: ['message'], message: 'Message must be at most 5,000 characters' },
    ]);
    expect(issuesOf({ ...valid, message: 'a\u0000b' }).map((issue) => issue.path)).toEqual([
      ['message'],
    ]);
    expect(issuesOf({ ...valid, message: 'a\u202Eb' })).toEqual([
      expect.objectContaining({ path: ['message'] }),
    ]);
  });
});
