CREATE TABLE "calendar_feeds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL CONSTRAINT "calendar_feeds_account_unique" UNIQUE,
	"token_hash" text NOT NULL CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON calendar_feeds TO tend_app;
--> statement-breakpoint
ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON calendar_feeds USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
--> statement-breakpoint
-- A calendar app fetching the feed brings only the token: before any account is known, the
-- one row whose hash is in tend.feed_token_hash may be read, and nothing else.
CREATE POLICY feed_token_lookup ON calendar_feeds FOR SELECT USING (token_hash = nullif(current_setting('tend.feed_token_hash', true), ''));
