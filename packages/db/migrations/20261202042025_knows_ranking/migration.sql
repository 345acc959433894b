-- "Who knows this buyer" and the gap list read a profile's knows tags in rank order from one
-- index, however large the network: each tag carries a copy of its person's referral
-- readiness, the calendar day of their last depth touch (in the account's zone) and whether
-- they are active, kept by the triggers below; its rank key is the domain's rankWhoKnows
-- (packages/domain/src/buyers/rank-who-knows.ts) in log form, where today's date drops out:
-- ln(strength weight) + ln((readiness + 25) / 100) + day × ln 2 / 90 (a 90-day half-life).
-- Never touched counts as a day long past. A test checks this matches the domain's order.
CREATE FUNCTION knows_rank_key(strength text, readiness smallint, last_depth_touch_day integer)
  RETURNS double precision
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ln((CASE strength WHEN 'CAN_INTRODUCE' THEN 4 WHEN 'WORKS_WITH' THEN 3 WHEN 'KNOWS_PERSONALLY' THEN 2 ELSE 1 END)::double precision)
    + ln((coalesce(readiness, 0) + 25) / 100.0::double precision)
    + coalesce(last_depth_touch_day, -1000000) * ln(2::double precision) / 90;
--> statement-breakpoint
-- referralReadiness in packages/domain/src/depth/readiness.ts: the weaker side, out of 5, as 0–100.
CREATE FUNCTION person_readiness(trust smallint, their_understanding smallint) RETURNS smallint
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN round(least(trust, their_understanding) * 100 / 5.0)::smallint;
--> statement-breakpoint
CREATE FUNCTION local_day_number(at timestamptz, zone text) RETURNS integer
  LANGUAGE sql STABLE PARALLEL SAFE
  RETURN (at AT TIME ZONE zone)::date - date '1970-01-01';
--> statement-breakpoint
ALTER TABLE "knows" ADD COLUMN "readiness" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "knows" ADD COLUMN "last_depth_touch_day" integer;--> statement-breakpoint
ALTER TABLE "knows" ADD COLUMN "person_active" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "knows" ADD COLUMN "rank_key" double precision GENERATED ALWAYS AS (knows_rank_key(strength, readiness, last_depth_touch_day)) STORED;--> statement-breakpoint
CREATE INDEX "knows_buyer_rank_idx" ON "knows" ("account_id","target_buyer_id","rank_key" DESC NULLS LAST,"person_id") WHERE "person_active";--> statement-breakpoint
CREATE INDEX "knows_buyer_readiness_idx" ON "knows" ("account_id","target_buyer_id","readiness") WHERE "person_active";--> statement-breakpoint
CREATE FUNCTION knows_copy_person() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE found_person record;
BEGIN
  SELECT person_readiness(p.trust, p.their_understanding) AS readiness,
    local_day_number(p.last_depth_touch_at, a.timezone) AS touch_day,
    p.archived_at IS NULL AS active
  INTO found_person
  FROM people p JOIN accounts a ON a.id = p.account_id
  WHERE p.account_id = NEW.account_id AND p.id = NEW.person_id;
  -- No such person: the foreign key refuses the row, with its own error.
  IF FOUND THEN
    NEW.readiness := found_person.readiness;
    NEW.last_depth_touch_day := found_person.touch_day;
    NEW.person_active := found_person.active;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER knows_copy_person BEFORE INSERT OR UPDATE OF person_id ON knows
  FOR EACH ROW EXECUTE FUNCTION knows_copy_person();
--> statement-breakpoint
CREATE FUNCTION people_copy_to_knows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE knows k SET readiness = person_readiness(NEW.trust, NEW.their_understanding),
    last_depth_touch_day = local_day_number(NEW.last_depth_touch_at, a.timezone),
    person_active = NEW.archived_at IS NULL
  FROM accounts a
  WHERE a.id = NEW.account_id AND k.account_id = NEW.account_id AND k.person_id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_copy_to_knows AFTER UPDATE OF trust, their_understanding, last_depth_touch_at, archived_at ON people
  FOR EACH ROW
  WHEN (OLD.trust IS DISTINCT FROM NEW.trust OR OLD.their_understanding IS DISTINCT FROM NEW.their_understanding
    OR OLD.last_depth_touch_at IS DISTINCT FROM NEW.last_depth_touch_at OR (OLD.archived_at IS NULL) <> (NEW.archived_at IS NULL))
  EXECUTE FUNCTION people_copy_to_knows();
--> statement-breakpoint
CREATE FUNCTION accounts_zone_to_knows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Only in the account's own transaction: sign-up, which sets the zone of an account not yet
  -- in use (so with no tags) before any account is chosen, may not even read the tags.
  IF tend_current_account() IS DISTINCT FROM NEW.id THEN
    RETURN NULL;
  END IF;
  UPDATE knows k SET last_depth_touch_day = local_day_number(p.last_depth_touch_at, NEW.timezone)
  FROM people p
  WHERE k.account_id = NEW.id AND p.account_id = NEW.id AND p.id = k.person_id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER accounts_zone_to_knows AFTER UPDATE OF timezone ON accounts
  FOR EACH ROW WHEN (OLD.timezone IS DISTINCT FROM NEW.timezone)
  EXECUTE FUNCTION accounts_zone_to_knows();
--> statement-breakpoint
-- Existing tags take their person's side now.
ALTER TABLE "knows" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "people" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE knows k SET readiness = person_readiness(p.trust, p.their_understanding),
  last_depth_touch_day = local_day_number(p.last_depth_touch_at, a.timezone),
  person_active = p.archived_at IS NULL
FROM people p JOIN accounts a ON a.id = p.account_id
WHERE p.account_id = k.account_id AND p.id = k.person_id;--> statement-breakpoint
ALTER TABLE "people" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "knows" FORCE ROW LEVEL SECURITY;
