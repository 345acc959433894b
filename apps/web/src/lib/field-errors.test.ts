import { describe, expect, it, vi } from 'vitest';
import { fieldErrorsOf, submitMutation } from './field-errors.ts';

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

describe('submitMutation', () => {
  type Result =
    | { __typename: 'Saved'; id: string }
    | {
        __typename: 'ValidationError';
        message: string;
        issues: { field: string; message: string }[];
      }
    | { __typename: 'NotFoundError'; message: string };
  const form = () => ({ showErrors: vi.fn(), setFormError: vi.fn() });
  const shown = new Set(['name']);

  it('hands the saved result on and shows nothing', async () => {
    const feedback = form();
    const onSaved = vi.fn();
    await submitMutation(
      async (): Promise<Result> => ({ __typename: 'Saved', id: '1' }),
      'Saved',
      onSaved,
      shown,
      feedback,
    );
    expect(onSaved).toHaveBeenCalledWith({ __typename: 'Saved', id: '1' });
    expect(feedback.showErrors).not.toHaveBeenCalled();
    expect(feedback.setFormError).not.toHaveBeenCalled();
  });

  it('shows a refusal at its fields, and the issues of unshown fields at the top', async () => {
    const feedback = form();
    const onSaved = vi.fn();
    const refusal: Result = {
      __typename: 'ValidationError',
      message: 'Invalid',
      issues: [
        { field: 'name', message: 'Name is required' },
        { field: 'hidden', message: 'Hidden is wrong' },
      ],
    };
    await submitMutation(async (): Promise<Result> => refusal, 'Saved', onSaved, shown, feedback);
    expect(onSaved).not.toHaveBeenCalled();
    expect(feedback.showErrors).toHaveBeenCalledWith({
      name: 'Name is required',
      hidden: 'Hidden is wrong',
    });
    expect(feedback.setFormError).toHaveBeenCalledWith('Hidden is wrong');
  });

  it('shows another error, a failed request and a failing follow-up as the form’s message', async () => {
    const feedback = form();
    const notFound: Result = { __typename: 'NotFoundError', message: 'No such thing' };
    await submitMutation(async (): Promise<Result> => notFound, 'Saved', vi.fn(), shown, feedback);
    await submitMutation(
      async (): Promise<Result> => {
        throw new Error('Network down');
      },
      'Saved',
      vi.fn(),
      shown,
      feedback,
    );
    await submitMutation(
      async (): Promise<Result> => ({ __typename: 'Saved', id: '1' }),
      'Saved',
      () => Promise.reject(new Error('Refresh failed')),
      shown,
      feedback,
    );
    expect(feedback.setFormError.mock.calls).toEqual([
      ['No such thing'],
      ['Network down'],
      ['Refresh failed'],
    ]);
  });
});
