ALTER TABLE "prompts" DROP COLUMN "knows_target_buyer";--> statement-breakpoint
ALTER TABLE "weekly_list_items" DROP COLUMN "knows_target_buyer";