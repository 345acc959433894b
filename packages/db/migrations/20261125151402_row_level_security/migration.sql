-- Isolation enforced by Postgres as well as by every query: requests run as tend_app
-- (SET LOCAL ROLE inside their transaction), which cannot bypass row-level security, with the
-- signed-in account in the tend.account_id setting.
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tend_app') THEN
    CREATE ROLE tend_app NOLOGIN NOBYPASSRLS;
  END IF;
EXCEPTION
  -- Roles are shared by the whole server: another database's migration may create it first.
  WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION tend_current_account() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('tend.account_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tend_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON people, depth_changes, interactions, interaction_participants, one_to_ones, prompts, weekly_lists, weekly_list_items, target_buyers, knows, referrals, groups, group_memberships, group_meetings TO tend_app;
--> statement-breakpoint
GRANT SELECT, UPDATE, DELETE ON accounts TO tend_app;
--> statement-breakpoint
GRANT SELECT, DELETE ON sessions TO tend_app;
--> statement-breakpoint
ALTER TABLE people ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE people FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON people USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE depth_changes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE depth_changes FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON depth_changes USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE interactions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE interactions FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON interactions USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE interaction_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE interaction_participants FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON interaction_participants USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE one_to_ones ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE one_to_ones FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON one_to_ones USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE prompts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE prompts FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON prompts USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE weekly_lists ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE weekly_lists FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON weekly_lists USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE weekly_list_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE weekly_list_items FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON weekly_list_items USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE target_buyers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE target_buyers FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON target_buyers USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE knows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE knows FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON knows USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE referrals FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON referrals USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE groups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE groups FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON groups USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE group_memberships ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_memberships FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON group_memberships USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
ALTER TABLE group_meetings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE group_meetings FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON group_meetings USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
-- Sign-in reads accounts and sessions before any account is known, as the connecting role,
-- so these two are not FORCEd; tend_app still sees only its own account's rows.
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON accounts USING (id = tend_current_account()) WITH CHECK (id = tend_current_account());
--> statement-breakpoint
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON sessions USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
