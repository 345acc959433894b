CREATE TABLE "introduction_asks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"target_buyer_id" uuid,
	"message" text NOT NULL,
	"asked_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "referral_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid(),
	"account_id" uuid NOT NULL,
	"referral_id" uuid NOT NULL,
	"status" text NOT NULL,
	"changed_on" date NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "referral_status_changes_status" CHECK ("status" in ('INTRODUCED','MET','PROPOSAL','WON','LOST'))
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "ready_threshold" integer DEFAULT 60 NOT NULL;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD COLUMN "is_demo" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "thanked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ALTER COLUMN "currency" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "referrals" ALTER COLUMN "currency" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_account_id_id_unique" UNIQUE("account_id","id");--> statement-breakpoint
CREATE INDEX "introduction_asks_account_person_idx" ON "introduction_asks" ("account_id","person_id","asked_at");--> statement-breakpoint
CREATE INDEX "referral_status_changes_referral_idx" ON "referral_status_changes" ("account_id","referral_id","changed_on");--> statement-breakpoint
CREATE INDEX "referrals_account_referred_person_idx" ON "referrals" ("account_id","referred_person_id");--> statement-breakpoint
CREATE INDEX "referrals_account_referred_on_idx" ON "referrals" ("account_id","referred_on");--> statement-breakpoint
ALTER TABLE "introduction_asks" ADD CONSTRAINT "introduction_asks_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "introduction_asks" ADD CONSTRAINT "introduction_asks_person_fk" FOREIGN KEY ("account_id","person_id") REFERENCES "people"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "introduction_asks" ADD CONSTRAINT "introduction_asks_target_buyer_fk" FOREIGN KEY ("account_id","target_buyer_id") REFERENCES "target_buyers"("account_id","id") ON DELETE SET NULL ("target_buyer_id");--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "referral_status_changes" ADD CONSTRAINT "referral_status_changes_referral_fk" FOREIGN KEY ("account_id","referral_id") REFERENCES "referrals"("account_id","id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_ready_threshold_range" CHECK ("ready_threshold" between 0 and 100);--> statement-breakpoint
-- Existing rows: a currency without a value meant nothing (it was only the column default),
-- so it goes with the value.
ALTER TABLE "referrals" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "referrals" SET "currency" = NULL WHERE "value" IS NULL;--> statement-breakpoint
-- The history starts on the referral's day with the status it has.
INSERT INTO "referral_status_changes" ("account_id", "referral_id", "status", "changed_on")
  SELECT "account_id", "id", 'INTRODUCED', "referred_on" FROM "referrals";--> statement-breakpoint
INSERT INTO "referral_status_changes" ("account_id", "referral_id", "status", "changed_on")
  SELECT "account_id", "id", "status", "referred_on" FROM "referrals" WHERE "status" <> 'INTRODUCED';--> statement-breakpoint
ALTER TABLE "referrals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_value_money" CHECK (("value" is null and "currency" is null) or ("value" is not null and "value" >= 0 and "currency" is not null and "currency" ~ '^[A-Z]{3}$'));--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON introduction_asks, referral_status_changes TO tend_app;--> statement-breakpoint
ALTER TABLE introduction_asks ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE introduction_asks FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY account_isolation ON introduction_asks USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());--> statement-breakpoint
ALTER TABLE referral_status_changes ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE referral_status_changes FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY account_isolation ON referral_status_changes USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
