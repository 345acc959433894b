import { type FieldIssue, ValidationError } from './domain-error.ts';

/** For tests: the issues a parse refuses with; anything else (accepted, another error) fails. */
export const issuesOf = (run: () => unknown): FieldIssue[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a ValidationError, but the input was accepted');
};
