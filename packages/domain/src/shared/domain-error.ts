/** Expected failures of a use case. The API maps each class to a GraphQL result type in one place. */
export type FieldIssue = { path: string[]; message: string };

export abstract class DomainError extends Error {
  abstract readonly code: 'NOT_FOUND' | 'VALIDATION';
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';

  constructor(entity: string, id: string) {
    super(`No ${entity} with id ${id}`);
    this.name = 'NotFoundError';
  }
}

export class ValidationError extends DomainError {
  readonly code = 'VALIDATION';
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

export const notFound = (entity: string, id: string): NotFoundError =>
  new NotFoundError(entity, id);

export const invalid = (issues: FieldIssue[]): ValidationError => new ValidationError(issues);

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else cannot name a row and is reported as not found. */
export const isUuid = (value: string): boolean => UUID_PATTERN.test(value);
