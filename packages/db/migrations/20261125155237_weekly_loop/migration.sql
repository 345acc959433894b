CREATE TABLE "digest_deliveries" (
	"account_id" uuid,
	"week_starts_on" date,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "digest_deliveries_pk" PRIMARY KEY("account_id","week_starts_on")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "weekly_digest" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "prompts_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "prompts" ADD COLUMN "due_at" timestamp with time zone NOT NULL;--> statement-breakpoint
DROP INDEX "prompts_account_status_idx";--> statement-breakpoint
CREATE INDEX "prompts_account_status_idx" ON "prompts" ("account_id","status","due_at","id");--> statement-breakpoint
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_person_due_unique" UNIQUE("account_id","person_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "prompts_one_active_per_person" ON "prompts" ("account_id","person_id") WHERE "status" in ('OPEN', 'SNOOZED');--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_account_id_accounts_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE CASCADE;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON digest_deliveries TO tend_app;
--> statement-breakpoint
ALTER TABLE digest_deliveries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE digest_deliveries FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY account_isolation ON digest_deliveries USING (account_id = tend_current_account()) WITH CHECK (account_id = tend_current_account());
