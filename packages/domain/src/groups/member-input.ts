import { z } from 'zod';
import {
  MAX_SHORT_TEXT_LENGTH,
  personEmailSchema,
  personNameSchema,
} from '../people/person-input.ts';
import { type DateClock, pastCalendarDate } from '../shared/calendar-date.ts';
import type { FieldIssue } from '../shared/domain-error.ts';
import { parseInput } from '../shared/parse-input.ts';
import { singleLineText } from '../shared/text-rules.ts';
import { isProfessionIn } from './professions.ts';

export const MAX_MEMBER_PROFESSION_LENGTH = MAX_SHORT_TEXT_LENGTH;
/** One add names at most this many members: a big chapter's roster at once. */
export const MAX_MEMBERS_ADDED_AT_ONCE = 200;
/** Dates further back than this are typos, like any other date a user says happened. */
const MAX_YEARS_BACK = 100;

// A cleared input sends empty text, which means no value.
const blankAsNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

const professionSchema = singleLineText(
  z
    .string({ error: 'Profession must be text' })
    .trim()
    .normalize('NFC')
    .max(
      MAX_MEMBER_PROFESSION_LENGTH,
      `Profession must be at most ${MAX_MEMBER_PROFESSION_LENGTH} characters`,
    ),
)
  .nullish()
  .transform((value) => value || null);

const optionalPastDate = (label: string, clock: DateClock) =>
  z
    .preprocess(blankAsNull, pastCalendarDate(label, clock, MAX_YEARS_BACK).nullish())
    .transform((date) => date ?? null);

const memberSchema = (clock: DateClock) =>
  z
    .object({
      profession: professionSchema,
      joinedOn: optionalPastDate('Joined on', clock),
      leftOn: optionalPastDate('Left on', clock),
    })
    .superRefine((member, ctx) => {
      if (member.joinedOn && member.leftOn && member.leftOn < member.joinedOn) {
        ctx.addIssue({
          code: 'custom',
          path: ['leftOn'],
          message: 'The left date cannot be before the joined date',
        });
      }
    });

export type GroupMemberInput = z.output<ReturnType<typeof memberSchema>>;

/**
 * One membership, whole: what they do in the group and when they joined and left, days that
 * have happened in the account's zone. Leaving is a left date, so the membership stays as history.
 */
export const parseGroupMemberInput = (input: unknown, clock: DateClock): GroupMemberInput =>
  parseInput(memberSchema(clock), input);

const newPersonSchema = z.object({
  name: personNameSchema,
  email: z.preprocess(blankAsNull, personEmailSchema.nullish()).transform((email) => email ?? null),
});

const entrySchema = z.object({
  personId: z
    .string({ error: 'Choose a person' })
    .nullish()
    .transform((id) => id || null),
  newPerson: newPersonSchema.nullish().transform((person) => person ?? null),
  profession: professionSchema,
});

type Entry = z.output<typeof entrySchema>;

/** Someone to add: a person of the account's, or one made on the spot with a name. */
export type MemberEntry =
  | { kind: 'existing'; personId: string; profession: string | null }
  | { kind: 'new'; name: string; email: string | null; profession: string | null };

/**
 * What makes two entries one person: the id, or for new people the name and e-mail (one
 * person typed twice). Refinements also run when another field of the entry was refused, before
 * its transforms, so empty values are read as none here too.
 */
const entryKey = ({ personId, newPerson }: Entry): string | null => {
  if (personId) return `id ${personId}`;
  if (!newPerson) return null;
  const name = newPerson.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');
  return `new ${name} ${newPerson.email?.trim().toLowerCase() ?? ''}`;
};

const addMembersSchema = (clock: DateClock) =>
  z
    .object({
      members: z
        .array(entrySchema, { error: 'List the members to add' })
        .min(1, 'Add at least one member')
        .max(MAX_MEMBERS_ADDED_AT_ONCE, `Add at most ${MAX_MEMBERS_ADDED_AT_ONCE} members at once`),
      joinedOn: optionalPastDate('Joined on', clock),
    })
    .superRefine(({ members }, ctx) => {
      const seen = new Set<string>();
      members.forEach((entry, index) => {
        if (!entry.personId === !entry.newPerson) {
          ctx.addIssue({
            code: 'custom',
            path: ['members', index],
            message: entry.personId
              ? 'Choose a person or name a new one, not both'
              : 'Choose a person or name a new one',
          });
        }
        const key = entryKey(entry);
        if (key === null) return;
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: entry.personId
              ? ['members', index, 'personId']
              : ['members', index, 'newPerson', 'name'],
            message: entry.personId
              ? 'This person is in the list twice'
              : `${entry.newPerson?.name.trim()} is in the list twice`,
          });
        }
        seen.add(key);
      });
    })
    .transform(({ members, joinedOn }) => ({
      members: members.map(
        ({ personId, newPerson, profession }): MemberEntry =>
          personId
            ? { kind: 'existing', personId, profession }
            : {
                kind: 'new',
                name: newPerson?.name ?? '',
                email: newPerson?.email ?? null,
                profession,
              },
      ),
      joinedOn,
    }));

export type AddGroupMembersInput = z.output<ReturnType<typeof addMembersSchema>>;

/**
 * Members to add at once, people of the account's and new ones, each with what they do in the
 * group (none given: the person's own profession), all joining on one day.
 */
export const parseAddGroupMembersInput = (input: unknown, clock: DateClock): AddGroupMembersInput =>
  parseInput(addMembersSchema(clock), input);

/** A member as the one-per-profession rule sees them: who, and the profession they hold. */
export type ProfessionSeat = { name: string; profession: string | null };

/**
 * In a group that takes one person per profession: each joining member whose profession a
 * current member already holds, or one earlier among those joining, at `pathOf(index)`.
 */
export const onePerProfessionIssues = (
  joining: readonly ProfessionSeat[],
  current: readonly ProfessionSeat[],
  pathOf: (index: number) => string[],
): FieldIssue[] => {
  const held: ProfessionSeat[] = [...current];
  const issues: FieldIssue[] = [];
  joining.forEach((member, index) => {
    const holder = held.find(
      (seat) => seat.profession !== null && isProfessionIn(member.profession, [seat.profession]),
    );
    if (holder) {
      issues.push({
        path: pathOf(index),
        message: `The group takes one person per profession: ${holder.name} is already the ${holder.profession}`,
      });
    }
    held.push(member);
  });
  return issues;
};
