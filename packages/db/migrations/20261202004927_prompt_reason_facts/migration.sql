-- A prompt's reason was text frozen when raised ("91 days since …" beside a list saying 98). It is
-- now kept as the facts it states, and the text, with its day count, is built when it is read.
-- And cadences count calendar days in the account's zone: stored due dates are recomputed.
ALTER TABLE "prompts" ADD COLUMN "anchor_kind" text;--> statement-breakpoint
ALTER TABLE "prompts" ADD COLUMN "anchor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "prompts" ADD COLUMN "cadence_days" integer;--> statement-breakpoint
ALTER TABLE "prompts" ADD COLUMN "readiness" integer;--> statement-breakpoint
ALTER TABLE "prompts" ADD COLUMN "knows_target_buyer" boolean;--> statement-breakpoint
-- Row-level security binds the tables' owner too (FORCE): lifted while existing rows are rewritten.
ALTER TABLE "prompts" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "people" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Existing prompts: the facts are read back from their text ("53 days since your last depth touch,
-- against a cadence of 30 days; readiness 60; knows a target buyer."). Their due date was the
-- anchor plus the cadence in 24-hour days, so the anchor is exact; text in any other shape keeps
-- what can be read (the count back from when it was raised, readiness 0).
UPDATE "prompts" SET
  "anchor_kind" = CASE WHEN "reason" LIKE '%since you added them%' THEN 'ADDED' ELSE 'LAST_DEPTH_TOUCH' END,
  "cadence_days" = greatest(1, coalesce(
    (regexp_match("reason", 'cadence of (\d+) days'))[1]::integer,
    (regexp_match("reason", '^(\d+) days?'))[1]::integer,
    1)),
  "readiness" = coalesce((regexp_match("reason", 'readiness (\d+)'))[1]::integer, 0),
  "knows_target_buyer" = "reason" LIKE '%knows a target buyer%';--> statement-breakpoint
UPDATE "prompts" SET "anchor_at" = CASE
  WHEN "reason" ~ 'cadence of \d+ days' THEN "due_at" - "cadence_days" * interval '24 hours'
  ELSE "raised_at" - coalesce((regexp_match("reason", '^(\d+) days?'))[1]::integer, 0) * interval '24 hours'
END;--> statement-breakpoint
-- Due dates become calendar days in the account's zone: the start of the day the cadence's days
-- after the anchor's day there (they were the anchor plus that many 24-hour days).
UPDATE "people" SET "next_due_at" = (
  (("anchors"."anchor" AT TIME ZONE "accounts"."timezone")::date
    + round(extract(epoch FROM "people"."next_due_at" - "anchors"."anchor") / 86400)::integer
  )::timestamp AT TIME ZONE "accounts"."timezone")
FROM (SELECT "id", coalesce("last_depth_touch_at", "created_at") AS "anchor" FROM "people") AS "anchors", "accounts"
WHERE "anchors"."id" = "people"."id" AND "accounts"."id" = "people"."account_id" AND "people"."next_due_at" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "people" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "prompts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "prompts" ALTER COLUMN "anchor_kind" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "prompts" ALTER COLUMN "anchor_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "prompts" ALTER COLUMN "cadence_days" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "prompts" ALTER COLUMN "readiness" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "prompts" ALTER COLUMN "knows_target_buyer" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "prompts" DROP COLUMN "reason";--> statement-breakpoint
ALTER TABLE "prompts" ADD CONSTRAINT "prompts_anchor_kind" CHECK ("anchor_kind" in ('LAST_DEPTH_TOUCH','ADDED'));
