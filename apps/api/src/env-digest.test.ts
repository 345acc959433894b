import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('the weekly digest settings in the environment', () => {
  it('is off without SMTP_URL, and links to the address the server listens on', () => {
    const env = parseEnv({});
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.MAIL_FROM).toBe('Tend <tend@localhost>');
    expect(env.PUBLIC_URL).toBe('http://127.0.0.1:4000');
    expect(env.PUBLIC_URL_GIVEN).toBe(false);
    // An empty value is as good as unset.
    expect(parseEnv({ PUBLIC_URL: '' }).PUBLIC_URL_GIVEN).toBe(false);
    expect(env.DIGEST_HOUR).toBe(7);
    expect(parseEnv({ HOST: '0.0.0.0', PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
  });

  it('reads the SMTP server, sender, public address and hour', () => {
    const env = parseEnv({
      SMTP_URL: 'smtps://mailer:p%40ss@smtp.example.com:465',
      MAIL_FROM: 'Tend <digest@example.com>',
      PUBLIC_URL: 'https://tend.example.com/',
      DIGEST_HOUR: '6',
    });
    expect(env).toMatchObject({
      SMTP_URL: 'smtps://mailer:p%40ss@smtp.example.com:465',
      MAIL_FROM: 'Tend <digest@example.com>',
      PUBLIC_URL: 'https://tend.example.com',
      PUBLIC_URL_GIVEN: true,
      DIGEST_HOUR: 6,
    });
  });

  it('refuses values that cannot work, naming the variable', () => {
    expect(() => parseEnv({ SMTP_URL: 'mail.example.com:587' })).toThrow(/SMTP_URL/);
    expect(() => parseEnv({ PUBLIC_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ PUBLIC_URL: 'tend.example.com' })).toThrow(/PUBLIC_URL/);
    expect(() => parseEnv({ DIGEST_HOUR: '24' })).toThrow(/DIGEST_HOUR/);
    expect(() => parseEnv({ DIGEST_HOUR: 'seven' })).toThrow(/DIGEST_HOUR/);
  });
});
