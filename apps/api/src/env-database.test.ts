import { describe, expect, it } from 'vitest';
import { parseEnv } from './env.ts';

describe('the database logins in the environment', () => {
  it('takes a separate owner login for migrations', () => {
    const env = parseEnv({
      DATABASE_URL: 'postgres://tend_web:secret@db:5432/tend',
      DATABASE_MIGRATION_URL: 'postgres://tend_owner:secret@db:5432/tend',
    });
    expect(env.DATABASE_URL).toBe('postgres://tend_web:secret@db:5432/tend');
    expect(env.DATABASE_MIGRATION_URL).toBe('postgres://tend_owner:secret@db:5432/tend');
    // Unset, migrations run as DATABASE_URL's login.
    expect(parseEnv({ DATABASE_URL: 'postgres://db/tend' }).DATABASE_MIGRATION_URL).toBeUndefined();
  });

  it('refuses a migration login without a server to migrate, or one that is not Postgres', () => {
    expect(() => parseEnv({ DATABASE_MIGRATION_URL: 'postgres://db/tend' })).toThrow(
      /DATABASE_MIGRATION_URL: .*set both/,
    );
    expect(() =>
      parseEnv({ DATABASE_URL: 'postgres://db/tend', DATABASE_MIGRATION_URL: 'mysql://db/tend' }),
    ).toThrow(/DATABASE_MIGRATION_URL must start with postgres:\/\//);
  });
});
