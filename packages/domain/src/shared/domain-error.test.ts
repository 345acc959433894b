import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DomainError,
  invalid,
  isUuid,
  NotFoundError,
  notFound,
  ValidationError,
} from './domain-error.ts';

describe('NotFoundError', () => {
  it('names the entity and id', () => {
    const error = notFound('person', 'abc');
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('NOT_FOUND');
    expect(error.name).toBe('NotFoundError');
    expect(error.message).toBe('No person with id abc');
  });

  it('is not a ValidationError', () => {
    expect(new NotFoundError('group', '1')).not.toBeInstanceOf(ValidationError);
  });
});

describe('ValidationError', () => {
  it('keeps the field issues and summarises them in the message', () => {
    const issues = [
      { path: ['name'], message: 'Name is required' },
      { path: ['emails', '0'], message: 'Enter a valid e-mail address' },
    ];
    const error = invalid(issues);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('VALIDATION');
    expect(error.name).toBe('ValidationError');
    expect(error.issues).toEqual(issues);
    expect(error.message).toBe('name: Name is required; emails.0: Enter a valid e-mail address');
  });

  it('calls an issue with an empty path an input issue', () => {
    expect(invalid([{ path: [], message: 'Expected an object' }]).message).toBe(
      'input: Expected an object',
    );
  });

  it('is not a NotFoundError', () => {
    expect(invalid([])).not.toBeInstanceOf(NotFoundError);
  });

  it('mentions every issue message in its message', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            path: fc.array(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 3 }),
            message: fc.string({ maxLength: 40 }),
          }),
          { maxLength: 5 },
        ),
        (issues) => {
          const error = new ValidationError(issues);
          expect(error.issues).toBe(issues);
          for (const issue of issues) expect(error.message).toContain(issue.message);
        },
      ),
    );
  });
});

describe('isUuid', () => {
  it('accepts UUIDs in either case', () => {
    expect(isUuid('0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b')).toBe(true);
    expect(isUuid('0B8F6A3E-4C2D-4E1F-9A7B-5C6D7E8F9A0B')).toBe(true);
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(true);
  });

  it.each([
    '',
    'abc',
    '0b8f6a3e4c2d4e1f9a7b5c6d7e8f9a0b',
    '{0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b}',
    ' 0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b',
    '0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b\n',
    '0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0g',
    "1' OR '1'='1",
  ])('rejects %j', (value) => {
    expect(isUuid(value)).toBe(false);
  });

  it('accepts every generated UUID', () => {
    fc.assert(
      fc.property(fc.uuid(), (uuid) => {
        expect(isUuid(uuid)).toBe(true);
        expect(isUuid(uuid.toUpperCase())).toBe(true);
      }),
    );
  });

  it('rejects anything not 36 characters long', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        fc.pre(value.length !== 36);
        expect(isUuid(value)).toBe(false);
      }),
    );
  });
});
