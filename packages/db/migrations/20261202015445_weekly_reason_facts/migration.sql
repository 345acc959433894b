-- A week's list item's reason was text frozen when picked ("91 days since …" beside a prompt
-- saying 98). It is now kept as the facts it states, as prompts' reasons are, and the text, with
-- its day count, is built when it is read.
ALTER TABLE "weekly_list_items" ADD COLUMN "anchor_kind" text;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD COLUMN "anchor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD COLUMN "cadence_days" integer;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD COLUMN "readiness" integer;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD COLUMN "knows_target_buyer" boolean;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD COLUMN "dormant" boolean;--> statement-breakpoint
-- Row-level security binds the tables' owner too (FORCE): lifted while existing rows are rewritten.
ALTER TABLE "weekly_list_items" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_lists" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "people" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Existing items: the facts are read back from their text ("53 days since your last depth touch
-- (cadence 30 days); readiness 60; knows a target buyer." or "A tie worth reviving: 300 days since
-- …; readiness 0."); text in any other shape keeps what can be read (readiness 0).
UPDATE "weekly_list_items" SET
  "anchor_kind" = CASE WHEN "reason" LIKE '%since you added them%' THEN 'ADDED' ELSE 'LAST_DEPTH_TOUCH' END,
  "dormant" = "reason" LIKE 'A tie worth reviving%',
  "cadence_days" = (regexp_match("reason", '\(cadence (\d+) days?\)'))[1]::integer,
  "readiness" = coalesce((regexp_match("reason", 'readiness (\d+)'))[1]::integer, 0),
  "knows_target_buyer" = "reason" LIKE '%knows a target buyer%';--> statement-breakpoint
-- The anchor is the person's: when they were added, or their last depth touch if it came before
-- the list was made; touched since (done from the list), it is the count back from the list's
-- making. A dormant tie's text gave no cadence: it is the person's current one, custom or the
-- account's default for the readiness they were picked with.
UPDATE "weekly_list_items" SET
  "anchor_at" = CASE
    WHEN "weekly_list_items"."anchor_kind" = 'ADDED' THEN "people"."created_at"
    WHEN "people"."last_depth_touch_at" <= "weekly_lists"."created_at" THEN "people"."last_depth_touch_at"
    ELSE "weekly_lists"."created_at" - coalesce(
      (regexp_match("weekly_list_items"."reason", '(\d+) days? since'))[1]::integer, 0) * interval '24 hours'
  END,
  "cadence_days" = coalesce("weekly_list_items"."cadence_days",
    CASE WHEN "people"."cadence_mode" = 'CUSTOM' THEN "people"."cadence_days" END,
    CASE
      WHEN "weekly_list_items"."readiness" >= 60 THEN "accounts"."cadence_inner_days"
      WHEN "weekly_list_items"."readiness" >= 20 THEN "accounts"."cadence_middle_days"
      ELSE "accounts"."cadence_outer_days"
    END)
FROM "people", "weekly_lists", "accounts"
WHERE "people"."account_id" = "weekly_list_items"."account_id" AND "people"."id" = "weekly_list_items"."person_id"
  AND "weekly_lists"."id" = "weekly_list_items"."weekly_list_id"
  AND "accounts"."id" = "weekly_list_items"."account_id";--> statement-breakpoint
ALTER TABLE "people" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_lists" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_list_items" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ALTER COLUMN "anchor_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ALTER COLUMN "anchor_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ALTER COLUMN "cadence_days" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ALTER COLUMN "readiness" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ALTER COLUMN "knows_target_buyer" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" ALTER COLUMN "dormant" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "weekly_list_items" DROP COLUMN "reason";--> statement-breakpoint
ALTER TABLE "weekly_list_items" ADD CONSTRAINT "weekly_list_items_anchor_kind" CHECK ("anchor_kind" in ('LAST_DEPTH_TOUCH','ADDED'));
