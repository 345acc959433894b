/** Expected failures of a use case. The API maps each code to a GraphQL result type in one place. */
export type FieldIssue = { path: string[]; message: string };

export type DomainErrorCode = 'NOT_FOUND' | 'VALIDATION';

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly issues: FieldIssue[];

  constructor(code: DomainErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (entity: string, id: string): DomainError =>
  new DomainError('NOT_FOUND', `No ${entity} with id ${id}`);

export const invalid = (issues: FieldIssue[]): DomainError =>
  new DomainError(
    'VALIDATION',
    issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '),
    issues,
  );
