import { describe, expect, it } from 'vitest';
import { redactLogText, redactUrl, serializeError, serializeRequest } from './request-log.ts';

const TOKEN = 'Qm9vbS1hLXNlY3JldC10b2tlbi10aGF0LWlzLTQzLWNo';

describe('the request log', () => {
  it('never shows a calendar feed token', () => {
    expect(redactUrl(`/calendar/feed/${TOKEN}.ics`)).toBe('/calendar/feed/<redacted>.ics');
    expect(redactUrl(`/calendar/feed/${TOKEN}`)).toBe('/calendar/feed/<redacted>');
    expect(redactUrl(`/calendar/feed/${TOKEN}.ics?x=1`)).toBe('/calendar/feed/<redacted>');
    expect(redactUrl(`/Calendar/Feed/${TOKEN}.ICS`)).toBe('/Calendar/Feed/<redacted>.ics');
    expect(redactUrl(`//calendar/feed/x/${TOKEN}.ics`)).toBe('//calendar/feed/<redacted>.ics');
  });

  it('never shows the owner setup code', () => {
    expect(redactUrl('/?setup=ABCD-EFGH-JKMN-PQRS')).toBe('/?setup=<redacted>');
    expect(redactUrl('/sign-up?x=1&SETUP=abcd&y=2')).toBe('/sign-up?x=1&SETUP=<redacted>&y=2');
  });

  it('keeps every other URL as it is', () => {
    for (const url of [
      '/graphql',
      '/calendar/one-to-ones/8d6f0c1e-4a8b-4f5e-9b1a-2c3d4e5f6a7b.ics',
      '/people?next=/calendar/feed/',
      '/calendar/feed',
    ]) {
      expect(redactUrl(url)).toBe(url);
    }
  });

  it('logs what Fastify logs of a request, with the URL redacted', () => {
    expect(
      serializeRequest({
        method: 'GET',
        url: `/calendar/feed/${TOKEN}.ics`,
        headers: { 'accept-version': '1' },
        host: 'tend.example.com',
        ip: '203.0.113.9',
        socket: { remotePort: 51234 },
      }),
    ).toEqual({
      method: 'GET',
      url: '/calendar/feed/<redacted>.ics',
      version: '1',
      host: 'tend.example.com',
      remoteAddress: '203.0.113.9',
      remotePort: 51234,
    });
  });
});

describe('the error log', () => {
  const SECRET = 'the-secret-value';
  /** What drizzle throws for a failed query, with the driver's error as its cause. */
  const failedQuery = () => {
    const driver = Object.assign(new Error(`invalid input syntax for type uuid: "${SECRET}"`), {
      code: '22P02',
      severity: 'ERROR',
      detail: `Failing row contains (${SECRET}).`,
      where: `SQL statement with ${SECRET}`,
      table: 'people',
    });
    const query = Object.assign(
      new Error(`Failed query: select * from people where id = $1\nparams: ${SECRET},\n    at x`),
      { name: 'DrizzleQueryError', params: [SECRET], cause: driver },
    );
    query.cause = driver;
    return query;
  };

  it('keeps no SQL parameter, detail or quoted value, at any depth', () => {
    const wrapped = Object.assign(new Error(failedQuery().message), {
      name: 'GraphQLError',
      originalError: failedQuery(),
    });
    const logged = serializeError(wrapped);
    expect(JSON.stringify(logged)).not.toContain(SECRET);
    expect(logged).toMatchObject({
      type: 'GraphQLError',
      message: 'Failed query: select * from people where id = $1\nparams: <redacted>',
      originalError: {
        type: 'DrizzleQueryError',
        cause: {
          message: 'invalid input syntax for type uuid: <redacted>',
          code: '22P02',
          table: 'people',
        },
      },
    });
  });

  it('keeps the stack frames after the message', () => {
    const logged = serializeError(failedQuery());
    expect(logged.stack).toMatch(
      /^DrizzleQueryError: Failed query: .*\nparams: <redacted>\n {4}at /s,
    );
  });

  it('redacts the parameters in a log message too', () => {
    expect(redactLogText(`Failed query: select 1\nparams: ${SECRET}`)).toBe(
      'Failed query: select 1\nparams: <redacted>',
    );
    expect(redactLogText('incoming request')).toBe('incoming request');
  });
});
