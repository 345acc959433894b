import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText, singleLineText } from '../shared/text-rules.ts';

export const MAX_NAME_LENGTH = 200;
export const MAX_SHORT_TEXT_LENGTH = 200;
export const MAX_PERSON_NOTES_LENGTH = 10_000;
export const MAX_LIST_ITEMS = 20;
export const MAX_TAG_LENGTH = 50;

export const ORIGIN_KINDS = ['GROUP', 'PERSON', 'OTHER'] as const;
export type OriginKind = (typeof ORIGIN_KINDS)[number];

/**
 * Person text is stored composed (NFC): "é" typed as one character or as "e" and an accent is
 * the same name, shown and compared alike.
 */
const personText = (error?: string) =>
  z
    .string(error ? { error } : undefined)
    .trim()
    .normalize('NFC');

const shortText = (label: string) =>
  singleLineText(
    personText().max(
      MAX_SHORT_TEXT_LENGTH,
      `${label} must be at most ${MAX_SHORT_TEXT_LENGTH} characters`,
    ),
  )
    .nullish()
    .transform((value) => value || null);

const list = (label: string, item: z.ZodType<string>) =>
  z
    .array(item)
    .max(MAX_LIST_ITEMS, `At most ${MAX_LIST_ITEMS} ${label}`)
    .transform((items) => [...new Set(items.filter((entry) => entry.length > 0))]);

/** A person's name: one line of 1–200 characters; shared by every form that names someone. */
export const personNameSchema = singleLineText(
  personText('Name is required')
    .min(1, 'Name is required')
    .max(MAX_NAME_LENGTH, `Name must be at most ${MAX_NAME_LENGTH} characters`),
);

/** One e-mail address of a person, stored in lower case. */
export const personEmailSchema = personText()
  .toLowerCase()
  .pipe(z.email('Enter a valid e-mail address'));

/** One tag of a person's: one line of at most 50 characters. */
export const personTagSchema = singleLineText(
  personText().max(MAX_TAG_LENGTH, `Tags must be at most ${MAX_TAG_LENGTH} characters`),
);

const personFields = {
  name: personNameSchema,
  emails: list('e-mail addresses', personEmailSchema),
  phones: list(
    'phone numbers',
    personText()
      .max(40, 'Phone numbers must be at most 40 characters')
      .regex(/^[+\d\s().-]*$/, 'Phone numbers may contain digits, spaces and + ( ) . - only'),
  ),
  company: shortText('Company'),
  role: shortText('Role'),
  profession: shortText('Profession'),
  location: shortText('Location'),
  notes: multiLineText(
    personText().max(
      MAX_PERSON_NOTES_LENGTH,
      `Notes must be at most ${MAX_PERSON_NOTES_LENGTH} characters`,
    ),
  )
    .nullish()
    .transform((value) => value || null),
  tags: list('tags', personTagSchema),
  originKind: z.enum(ORIGIN_KINDS),
  originGroupId: z.string().nullish(),
  originPersonId: z.string().nullish(),
  originNote: shortText('Origin note'),
};

/** A group origin names its group; an introducer origin names the person. */
export const withOriginRules = <T extends z.ZodType<Partial<PersonFields>>>(schema: T) =>
  schema.superRefine((value, ctx) => {
    if (value.originKind === 'GROUP' && !value.originGroupId) {
      ctx.addIssue({ code: 'custom', path: ['originGroupId'], message: 'Choose the group' });
    }
    if (value.originKind === 'PERSON' && !value.originPersonId) {
      ctx.addIssue({
        code: 'custom',
        path: ['originPersonId'],
        message: 'Choose who introduced you',
      });
    }
  });

const createPersonSchema = withOriginRules(
  z.object({
    ...personFields,
    emails: personFields.emails.default([]),
    phones: personFields.phones.default([]),
    tags: personFields.tags.default([]),
    originKind: personFields.originKind.default('OTHER'),
  }),
);

type PersonFields = z.output<z.ZodObject<typeof personFields>>;

const updatePersonSchema = withOriginRules(z.object(personFields).partial());

export type CreatePersonInput = z.output<typeof createPersonSchema>;
export type UpdatePersonInput = z.output<typeof updatePersonSchema>;

/** Unset fields in the input stay unset (not null), so an update only touches what was sent. */
const dropUndefined = <T extends Record<string, unknown>>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;

export const parseCreatePersonInput = (input: unknown): CreatePersonInput =>
  parseInput(createPersonSchema, input);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A missing input is an empty update; anything else that is not an object is rejected. */
export const parseUpdatePersonInput = (input: unknown): UpdatePersonInput =>
  dropUndefined(
    parseInput(updatePersonSchema, isRecord(input) ? dropUndefined(input) : (input ?? {})),
  );
