-- The server logs in as a member of tend_server, which is neither superuser nor owner: it cannot
-- drop or alter tables, turn row-level security off, or read account data except by becoming
-- tend_app with an account set (withAccount). Migrations run as the owner (see the README).
-- NOINHERIT: tend_server holds only what is granted here, not tend_app's privileges; it may still
-- SET ROLE tend_app, which membership alone allows.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tend_server') THEN
    CREATE ROLE tend_server NOLOGIN NOINHERIT NOBYPASSRLS;
  END IF;
EXCEPTION
  -- Roles are shared by the whole server: another database's migration may create it first.
  WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
-- Only when missing: where an admin made the roles beforehand (README), the owner needs no right
-- to manage roles.
DO $$ BEGIN
  IF NOT pg_has_role('tend_server', 'tend_app', 'MEMBER') THEN
    GRANT tend_app TO tend_server;
  END IF;
EXCEPTION
  -- The same race, on the membership row.
  WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tend_server;
--> statement-breakpoint
-- Outside an account's transaction the server only signs people up and in, resolves sessions,
-- counts attempts, keeps the local account, and lists the accounts a digest is due for.
GRANT SELECT, INSERT, UPDATE ON accounts TO tend_server;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON sessions TO tend_server;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limits TO tend_server;
--> statement-breakpoint
-- Sign-in finds an account by e-mail, a cookie its session by token hash, before any account is
-- known: these tables are not FORCEd, so the owner is not limited, and tend_server gets these
-- policies. Updating an account is limited to claiming the local one (no password yet); once an
-- account has a password it changes only as that account, inside withAccount.
CREATE POLICY server_read ON accounts FOR SELECT TO tend_server USING (true);
--> statement-breakpoint
CREATE POLICY server_sign_up ON accounts FOR INSERT TO tend_server WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY server_claim_local ON accounts FOR UPDATE TO tend_server USING (password_hash IS NULL) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY server_sessions ON sessions TO tend_server USING (true) WITH CHECK (true);
--> statement-breakpoint
-- pg-boss keeps its jobs in a schema of its own; the server's login creates its tables there, so
-- it needs no right to create schemas in the database.
CREATE SCHEMA IF NOT EXISTS pgboss;
--> statement-breakpoint
GRANT USAGE, CREATE ON SCHEMA pgboss TO tend_server;
--> statement-breakpoint
-- A deployment that ran pg-boss as the owner before keeps its jobs usable by the server.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO tend_server;
