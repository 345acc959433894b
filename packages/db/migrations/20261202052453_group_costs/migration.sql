CREATE TABLE "group_enjoyment_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"rated_on" date NOT NULL,
	"rating" integer NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_enjoyment_ratings_rating_range" CHECK ("rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "one_per_profession" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "fee" numeric(12,2);--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "fee_period" text DEFAULT 'YEAR' NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "travel_cost" numeric(12,2);--> statement-breakpoint
ALTER TABLE "groups" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Existing rows: the fee was always per year; it moves to the fee with its period.
ALTER TABLE "groups" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "groups" SET "fee" = "fee_per_year", "fee_period" = 'YEAR' WHERE "fee_per_year" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "groups" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "groups" DROP COLUMN "fee_per_year";--> statement-breakpoint
CREATE INDEX "group_enjoyment_ratings_account_group_idx" ON "group_enjoyment_ratings" ("account_id","group_id","rated_on");--> statement-breakpoint
ALTER TABLE "group_enjoyment_ratings" ADD CONSTRAINT "group_enjoyment_ratings_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "group_enjoyment_ratings" ADD CONSTRAINT "group_enjoyment_ratings_group_fk" FOREIGN KEY ("account_id","group_id") REFERENCES "groups"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_hourly_rate_non_negative" CHECK ("hourly_rate" >= 0);--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_currency_iso" CHECK ("currency" ~ '^[A-Z]{3}$');--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_fee_period" CHECK ("fee_period" in ('YEAR','MONTH'));--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_currency" CHECK ("currency" ~ '^[A-Z]{3}$');--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_amounts_non_negative" CHECK ("fee" >= 0 and "cost_per_meeting" >= 0 and "travel_cost" >= 0);--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_minutes_range" CHECK ("prep_minutes" between 0 and 1440 and "travel_minutes" between 0 and 1440 and "meeting_minutes" between 0 and 1440 and "chat_minutes" between 0 and 1440);--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_cadence_range" CHECK ("meeting_cadence_days" between 1 and 366);--> statement-breakpoint
ALTER TABLE "groups" ADD CONSTRAINT "groups_left_after_joined" CHECK ("left_on" >= "joined_on");--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON group_enjoyment_ratings TO tend_app;--> statement-breakpoint
ALTER TABLE group_enjoyment_ratings ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE group_enjoyment_ratings FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY account_isolation ON group_enjoyment_ratings USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
