-- A knows tag's copy of its person's readiness, last depth touch day and activity (see
-- knows_ranking) was kept by a trigger run once per person updated: a settings change that
-- reschedules 14,000 people ran 14,000 small UPDATEs of knows, 1.5 s at 100k people. Once per
-- statement, over the people it changed, it is one join. Transition tables cannot go with a
-- column list, so the trigger sees every UPDATE of people and picks the rows that changed.
DROP TRIGGER people_copy_to_knows ON people;--> statement-breakpoint
DROP FUNCTION people_copy_to_knows();--> statement-breakpoint
CREATE FUNCTION people_copy_to_knows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE knows k SET readiness = person_readiness(changed.trust, changed.their_understanding),
    last_depth_touch_day = local_day_number(changed.last_depth_touch_at, a.timezone),
    person_active = changed.archived_at IS NULL
  FROM updated_people changed
  JOIN people_before_update before ON before.id = changed.id
  JOIN accounts a ON a.id = changed.account_id
  WHERE k.account_id = changed.account_id AND k.person_id = changed.id
    AND (before.trust IS DISTINCT FROM changed.trust
      OR before.their_understanding IS DISTINCT FROM changed.their_understanding
      OR before.last_depth_touch_at IS DISTINCT FROM changed.last_depth_touch_at
      OR (before.archived_at IS NULL) <> (changed.archived_at IS NULL));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER people_copy_to_knows AFTER UPDATE ON people
  REFERENCING OLD TABLE AS people_before_update NEW TABLE AS updated_people
  FOR EACH STATEMENT EXECUTE FUNCTION people_copy_to_knows();
