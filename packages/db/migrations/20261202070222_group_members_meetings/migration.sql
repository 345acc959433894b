DROP INDEX "group_meetings_account_group_idx";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "profession" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "competitor_professions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "power_partner_professions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_min_referrals_per_year" integer DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_max_hours_per_month" integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_min_buyer_reach_percent" integer DEFAULT 25 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_max_competitor_percent" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_min_given_per_year" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_min_enjoyment" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "review_min_depth_coverage_percent" integer DEFAULT 50 NOT NULL;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "held_on" date;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "attended" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "meal_cost" numeric(12,2);--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "travel_cost" numeric(12,2);--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "interaction_id" uuid;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "group_meetings" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "group_memberships" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Existing rows: a meeting's instant becomes its calendar day in the account's zone; a second
-- meeting of a group on one day is folded into the first (one meeting a day per group).
ALTER TABLE "group_meetings" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_memberships" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "group_meetings" m SET "held_on" = (m."held_at" AT TIME ZONE a."timezone")::date FROM "accounts" a WHERE a."id" = m."account_id";--> statement-breakpoint
DELETE FROM "group_meetings" m USING "group_meetings" o WHERE o."account_id" = m."account_id" AND o."group_id" = m."group_id" AND o."held_on" = m."held_on" AND (o."held_at", o."id") < (m."held_at", m."id");--> statement-breakpoint
UPDATE "group_memberships" SET "left_on" = "joined_on" WHERE "left_on" < "joined_on";--> statement-breakpoint
ALTER TABLE "group_meetings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_memberships" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_meetings" ALTER COLUMN "held_on" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "group_meetings" DROP COLUMN "held_at";--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_account_id_id_unique" UNIQUE("account_id","id");--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_group_day_unique" UNIQUE("account_id","group_id","held_on");--> statement-breakpoint
CREATE INDEX "group_memberships_account_group_idx" ON "group_memberships" ("account_id","group_id");--> statement-breakpoint
CREATE INDEX "people_account_origin_group_idx" ON "people" ("account_id","origin_group_id");--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_interaction_fk" FOREIGN KEY ("account_id","interaction_id") REFERENCES "interactions"("account_id","id") ON DELETE SET NULL ("interaction_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_review_thresholds_range" CHECK ("review_min_referrals_per_year" between 0 and 1000 and "review_max_hours_per_month" between 0 and 744 and "review_min_buyer_reach_percent" between 0 and 100 and "review_max_competitor_percent" between 0 and 100 and "review_min_given_per_year" between 0 and 1000 and "review_min_enjoyment" between 1 and 5 and "review_min_depth_coverage_percent" between 0 and 100);--> statement-breakpoint
ALTER TABLE "group_meetings" ADD CONSTRAINT "group_meetings_costs_non_negative" CHECK ("meal_cost" >= 0 and "travel_cost" >= 0);--> statement-breakpoint
ALTER TABLE "group_memberships" ADD CONSTRAINT "group_memberships_left_after_joined" CHECK ("left_on" >= "joined_on");