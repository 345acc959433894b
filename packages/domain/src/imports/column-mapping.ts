import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';

/** The person fields a column of a CSV file can fill; a column mapped to none is dropped. */
export const IMPORT_FIELDS = [
  'NAME',
  'FIRST_NAME',
  'MIDDLE_NAME',
  'LAST_NAME',
  'EMAIL',
  'PHONE',
  'COMPANY',
  'ROLE',
  'PROFESSION',
  'LOCATION',
  'NOTES',
  'TAGS',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** For each column of the file, in order, the field it fills, or null: not imported. */
export type ColumnMapping = (ImportField | null)[];

/** Fields one column fills alone: a second column the guess finds for them is left out. */
const SINGLE: ReadonlySet<ImportField> = new Set([
  'NAME',
  'FIRST_NAME',
  'MIDDLE_NAME',
  'LAST_NAME',
  'COMPANY',
  'ROLE',
  'PROFESSION',
]);

/**
 * Headers as the exports of LinkedIn (Connections), Google Contacts and Outlook name them, and as
 * people name them in their own sheets; compared in lower case without spaces or punctuation.
 * Fax and pager numbers, nicknames, honorifics and web pages match nothing.
 */
const GUESSES: { field: ImportField; header: RegExp }[] = [
  { field: 'NAME', header: /^(name|fullname|displayname|contactname|contact|formattedname)$/ },
  { field: 'FIRST_NAME', header: /^(firstname|givenname|forename|first)$/ },
  { field: 'MIDDLE_NAME', header: /^(middlename|additionalname|middle)$/ },
  { field: 'LAST_NAME', header: /^(lastname|familyname|surname|last)$/ },
  {
    field: 'EMAIL',
    header:
      /^((work|home|personal|other|primary|business)?e?mail(address)?\d*|emails|emailaddresses|email\d+(address|value))$/,
  },
  {
    field: 'PHONE',
    header:
      /^((work|home|mobile|business|other|primary|car|cell)?(phone|telephone|phonenumber)\d*|mobile|cell|tel|phones|phone\d+value)$/,
  },
  {
    field: 'COMPANY',
    header: /^(company|companyname|organi[sz]ation(name)?|organi[sz]ation\d+name|org|employer)$/,
  },
  {
    field: 'ROLE',
    header: /^(role|position|jobtitle|title|organi[sz]ationtitle|organi[sz]ation\d+title|job)$/,
  },
  { field: 'PROFESSION', header: /^(profession|occupation|industry)$/ },
  {
    field: 'LOCATION',
    header:
      /^(location|city|town|(business|home|work)city|address\d*city|country|(business|home|work)?countryregion|address\d*country)$/,
  },
  { field: 'NOTES', header: /^(notes?|comments?|description|remarks)$/ },
  { field: 'TAGS', header: /^(tags?|labels?|categories|category|groups?|groupmembership)$/ },
];

const CITY = /city|town/;
const COUNTRY = /country/;

export const normaliseHeader = (header: string): string =>
  header
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The mapping a file's headers suggest. Outlook's "Title" is an honorific beside its "Job
 * Title", so it is a role only where no job title column exists. Location takes one city-like
 * column and one country-like column (Outlook has them for work and for home).
 */
export const guessColumnMapping = (headers: readonly string[]): ColumnMapping => {
  const normalised = headers.map(normaliseHeader);
  const hasJobTitle = normalised.includes('jobtitle');
  const taken = new Set<string>();
  return normalised.map((header) => {
    if (header === 'title' && hasJobTitle) return null;
    const field = GUESSES.find((guess) => guess.header.test(header))?.field ?? null;
    if (!field) return null;
    const slot =
      field === 'LOCATION'
        ? `LOCATION:${CITY.test(header) ? 'city' : COUNTRY.test(header) ? 'country' : 'place'}`
        : field;
    if ((SINGLE.has(field) || field === 'LOCATION') && taken.has(slot)) return null;
    if (slot === 'LOCATION:place') taken.add('LOCATION:city').add('LOCATION:country');
    taken.add(slot);
    return field;
  });
};

/** How many columns of a mapping name someone: a name, or a part of one. */
export const nameColumnsOf = (mapping: ColumnMapping): number =>
  mapping.filter(
    (field) =>
      field === 'NAME' ||
      field === 'FIRST_NAME' ||
      field === 'MIDDLE_NAME' ||
      field === 'LAST_NAME',
  ).length;

const mappingSchema = (columns: number) =>
  z
    .array(z.enum(IMPORT_FIELDS).nullable())
    .length(columns, `Give a field (or none) for each of the file’s ${columns} columns`)
    .superRefine((mapping, ctx) => {
      for (const field of SINGLE) {
        if (mapping.filter((entry) => entry === field).length > 1) {
          ctx.addIssue({
            code: 'custom',
            message: `Only one column can be the ${field.toLowerCase().replace('_', ' ')}`,
          });
        }
      }
    });

/** A mapping the user chose for a file of `columns` columns. */
export const parseColumnMapping = (input: unknown, columns: number): ColumnMapping =>
  parseInput(mappingSchema(columns), input);
