import { NotFoundError, ValidationError } from '@tend/domain';
import { builder } from './builder.ts';

/** The one place domain errors become GraphQL result types. */
export const ErrorInterface = builder.interfaceRef<Error>('Error').implement({
  fields: (t) => ({ message: t.exposeString('message') }),
});

builder.objectType(NotFoundError, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFoundError,
});

const FieldIssueRef = builder
  .objectRef<{ path: string[]; message: string }>('FieldIssue')
  .implement({
    description: 'One problem with the input, at the path of the field it concerns.',
    fields: (t) => ({
      path: t.exposeStringList('path'),
      field: t.string({ resolve: (issue) => issue.path.join('.') }),
      message: t.exposeString('message'),
    }),
  });

builder.objectType(ValidationError, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationError,
  fields: (t) => ({
    issues: t.field({ type: [FieldIssueRef], resolve: (error) => error.issues }),
  }),
});

export const MUTATION_ERRORS = [ValidationError, NotFoundError];
export const LOOKUP_ERRORS = [NotFoundError];
