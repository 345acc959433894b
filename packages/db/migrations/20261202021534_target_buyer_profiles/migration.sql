ALTER TABLE "knows" ADD COLUMN "learned_on" date;--> statement-breakpoint
ALTER TABLE "knows" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD COLUMN "company_size_min" integer;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD COLUMN "company_size_max" integer;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD COLUMN "regions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "target_buyers" ADD CONSTRAINT "target_buyers_company_size_range" CHECK (("company_size_min" is null or "company_size_min" >= 1) and ("company_size_max" is null or "company_size_max" >= 1) and ("company_size_min" is null or "company_size_max" is null or "company_size_min" <= "company_size_max"));