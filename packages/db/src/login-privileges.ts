import { sql } from 'drizzle-orm';
import type { Db } from './client.ts';

export type LoginPrivileges = {
  role: string;
  superuser: boolean;
  /** Owns a public table, or inherits from a role that does: it could drop or alter it. */
  ownsTables: boolean;
};

/** What the connection's login may do beyond the server's needs (Postgres only). */
export const loginPrivileges = async (db: Db): Promise<LoginPrivileges> => {
  const result = (await db.execute(sql`
    select current_user::text as role,
      (select rolsuper from pg_roles where rolname = current_user) as superuser,
      exists (
        select 1 from pg_tables
        where schemaname = 'public' and pg_has_role(current_user, tableowner, 'USAGE')
      ) as owns_tables`)) as { rows: { role: string; superuser: boolean; owns_tables: boolean }[] };
  const [row] = result.rows;
  if (!row) throw new Error('The login’s privileges could not be read');
  return { role: row.role, superuser: row.superuser, ownsTables: row.owns_tables };
};

/** A warning for the start-up log when the server's login has more power than it needs. */
export const leastPrivilegeWarning = ({
  role,
  superuser,
  ownsTables,
}: LoginPrivileges): string | null => {
  if (!superuser && !ownsTables) return null;
  const power = superuser ? 'is a superuser' : 'owns the tables';
  return `Warning: the server logs in to PostgreSQL as "${role}", which ${power}: it could alter the tables and get round row-level security. Log in as a member of tend_server (DATABASE_URL) and migrate as the owner (DATABASE_MIGRATION_URL): see "Running on PostgreSQL" in the README.`;
};
