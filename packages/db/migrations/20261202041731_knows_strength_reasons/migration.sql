ALTER TABLE "prompts" ADD COLUMN "knows_strength" text;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD COLUMN "knows_strength" text;--> statement-breakpoint
-- Existing reasons that knew a target buyer take the person's strongest tag as it is now.
ALTER TABLE "prompts" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_list_items" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "knows" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "prompts" p SET "knows_strength" = coalesce((
  SELECT k."strength" FROM "knows" k WHERE k."account_id" = p."account_id" AND k."person_id" = p."person_id"
  ORDER BY array_position(ARRAY['KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE'], k."strength") DESC LIMIT 1
), 'KNOWS_OF') WHERE p."knows_target_buyer";--> statement-breakpoint
UPDATE "weekly_list_items" w SET "knows_strength" = coalesce((
  SELECT k."strength" FROM "knows" k WHERE k."account_id" = w."account_id" AND k."person_id" = w."person_id"
  ORDER BY array_position(ARRAY['KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE'], k."strength") DESC LIMIT 1
), 'KNOWS_OF') WHERE w."knows_target_buyer";--> statement-breakpoint
ALTER TABLE "knows" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_list_items" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "prompts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_knows_strength" CHECK ("knows_strength" in ('KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE'));--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD CONSTRAINT "weekly_list_items_knows_strength" CHECK ("knows_strength" in ('KNOWS_OF','KNOWS_PERSONALLY','WORKS_WITH','CAN_INTRODUCE'));
