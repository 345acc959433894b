import { describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './field-errors.ts';

describe('fieldErrorsOf', () => {
  it('shows every bad entry of a list at its input, not just the last', () => {
    const errors = fieldErrorsOf({
      issues: [
        { field: 'emails.0', message: '“first-bad”: Enter a valid e-mail address' },
        { field: 'emails.2', message: '“second bad@x”: Enter a valid e-mail address' },
        { field: 'name', message: 'Name is required' },
      ],
    });
    expect(errors.emails).toBe(
      '“first-bad”: Enter a valid e-mail address “second bad@x”: Enter a valid e-mail address',
    );
    expect(errors['emails.2']).toBe('“second bad@x”: Enter a valid e-mail address');
    expect(errors.name).toBe('Name is required');
  });

  it('says a message repeated at one input once, and nothing without issues', () => {
    const repeated = { field: 'tags.1', message: 'Tags must be at most 50 characters' };
    expect(fieldErrorsOf({ issues: [repeated, { ...repeated, field: 'tags.3' }] }).tags).toBe(
      'Tags must be at most 50 characters',
    );
    expect(fieldErrorsOf(null)).toEqual({});
  });
});
