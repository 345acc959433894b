import { z } from 'zod';
import { type DateClock, localDateIn, pastCalendarDate } from '../shared/calendar-date.ts';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText } from '../shared/text-rules.ts';

export const KNOWS_STRENGTHS = [
  'KNOWS_OF',
  'KNOWS_PERSONALLY',
  'WORKS_WITH',
  'CAN_INTRODUCE',
] as const;
export type KnowsStrength = (typeof KNOWS_STRENGTHS)[number];

export const MAX_KNOWS_NOTE_LENGTH = 2_000;
export const MAX_LEARNED_YEARS_BACK = 100;
/** One bulk tag names at most this many people: one page of the people list and then some. */
export const MAX_TAGGED_PEOPLE = 500;

export { localDateIn };

export type KnowsClock = DateClock;

const learnedOnSchema = (clock: KnowsClock) =>
  pastCalendarDate('Date learned', clock, MAX_LEARNED_YEARS_BACK)
    .nullish()
    .transform((date) => date || null);

const tagFields = (clock: KnowsClock) => ({
  targetBuyerId: z.string({ error: 'Choose a target buyer profile' }),
  strength: z.enum(KNOWS_STRENGTHS, {
    error: 'Strength must be knows of, knows personally, works with or can introduce',
  }),
  note: multiLineText(
    z
      .string()
      .trim()
      .normalize('NFC')
      .max(MAX_KNOWS_NOTE_LENGTH, `Note must be at most ${MAX_KNOWS_NOTE_LENGTH} characters`),
  )
    .nullish()
    .transform((note) => note || null),
  learnedOn: learnedOnSchema(clock),
});

const setKnowsSchema = (clock: KnowsClock) =>
  z.object({ personId: z.string({ error: 'Choose a person' }), ...tagFields(clock) });

const tagPeopleKnowsSchema = (clock: KnowsClock) =>
  z.object({
    personIds: z
      .array(z.string())
      .min(1, 'Choose at least one person')
      .max(MAX_TAGGED_PEOPLE, `Tag at most ${MAX_TAGGED_PEOPLE} people at once`)
      .transform((ids) => [...new Set(ids)]),
    ...tagFields(clock),
  });

export type SetKnowsInput = z.output<ReturnType<typeof setKnowsSchema>>;
export type TagPeopleKnowsInput = z.output<ReturnType<typeof tagPeopleKnowsSchema>>;

/** One person's tag for one profile; the date learned is checked against today in the account's zone. */
export const parseSetKnowsInput = (input: unknown, clock: KnowsClock): SetKnowsInput =>
  parseInput(setKnowsSchema(clock), input);

/** The same tag for several people at once (duplicates counted once). */
export const parseTagPeopleKnowsInput = (input: unknown, clock: KnowsClock): TagPeopleKnowsInput =>
  parseInput(tagPeopleKnowsSchema(clock), input);
