import { describe, expect, it } from 'vitest';
import { redactUrl, serializeRequest } from './request-log.ts';

const TOKEN = 'Qm9vbS1hLXNlY3JldC10b2tlbi10aGF0LWlzLTQzLWNo';

describe('the request log', () => {
  it('never shows a calendar feed token', () => {
    expect(redactUrl(`/calendar/feed/${TOKEN}.ics`)).toBe('/calendar/feed/<redacted>.ics');
    expect(redactUrl(`/calendar/feed/${TOKEN}`)).toBe('/calendar/feed/<redacted>');
    expect(redactUrl(`/calendar/feed/${TOKEN}.ics?x=1`)).toBe('/calendar/feed/<redacted>');
    expect(redactUrl(`/Calendar/Feed/${TOKEN}.ICS`)).toBe('/Calendar/Feed/<redacted>.ics');
    expect(redactUrl(`//calendar/feed/x/${TOKEN}.ics`)).toBe('//calendar/feed/<redacted>.ics');
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
