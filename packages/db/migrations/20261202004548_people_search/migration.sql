-- Search finds people whatever the Unicode form, accents or case of the name or the query: what
-- search looks in is folded by the database itself (a generated column), so every write keeps it
-- right, and the query goes through the same function. pg_trgm is a trusted extension: the
-- database's owner may create it; its GIN index keeps `like '%…%'` fast at 100k people.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- Folds text for search: decomposed (NFD), Latin accents (the combining diacritical marks) left
-- out, lower case, the Latin letters that do not decompose spelt plainly ("Søren", "Łódź",
-- "Straße" are found by "soren", "lodz", "strasse"), composed again (NFC).
CREATE FUNCTION search_fold(value text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN normalize(
    translate(
      replace(replace(replace(
        lower(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g')),
        'ß', 'ss'), 'æ', 'ae'), 'œ', 'oe'),
      'øłđħı', 'oldhi'),
    NFC);
--> statement-breakpoint
-- The fields the people list searches, one per line, so a one-line query never matches across two.
-- IMMUTABLE although array_to_string and concat_ws are only STABLE: on text they do not change.
CREATE FUNCTION people_search_text(name text, company text, profession text, emails text[], tags text[])
  RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN search_fold(concat_ws(E'\n', name, company, profession, array_to_string(emails, E'\n'), array_to_string(tags, E'\n')));
--> statement-breakpoint
-- Existing people are folded as the column is added.
ALTER TABLE "people" ADD COLUMN "search_text" text GENERATED ALWAYS AS (people_search_text(name, company, profession, emails, tags)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "people_search_text_idx" ON "people" USING gin ("search_text" gin_trgm_ops);
