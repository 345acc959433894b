import { describe, expect, it } from 'vitest';
import { isConnectionError } from './connection-errors.ts';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isConnectionError', () => {
  it.each([
    [
      'a terminated backend',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a crashed server', withCode('terminating connection because of crash', '57P02')],
    ['a server starting up', withCode('the database system is starting up', '57P03')],
    ['a connection exception', withCode('connection failure', '08006')],
    ['a refused socket', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset socket', withCode('read ECONNRESET', 'ECONNRESET')],
    ['a closed socket', new Error('Connection terminated unexpectedly')],
    ['a dead client', new Error('Client has encountered a connection error and is not queryable')],
    ['the pool timing out', new Error('timeout exceeded when trying to connect')],
  ])('recognises %s', (_, error) => {
    expect(isConnectionError(error)).toBe(true);
  });

  it('looks through the errors that wrap it', () => {
    const pgError = withCode('terminating connection due to administrator command', '57P01');
    const drizzleError = new Error('Failed query: select 1', { cause: pgError });
    expect(
      isConnectionError(Object.assign(new Error('Unexpected'), { originalError: drizzleError })),
    ).toBe(true);
  });

  it.each([
    ['a constraint violation', withCode('duplicate key value', '23505')],
    ['a serialization failure', withCode('could not serialize access', '40001')],
    ['a syntax error', withCode('syntax error at or near', '42601')],
    ['a plain error', new Error('Something else')],
    ['no error at all', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(isConnectionError(error)).toBe(false);
  });

  it('stops at a cycle', () => {
    const error: Error & { cause?: unknown } = new Error('loop');
    error.cause = error;
    expect(isConnectionError(error)).toBe(false);
  });
});
