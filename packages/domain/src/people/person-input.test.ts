import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../shared/domain-error.ts';
import { issuesOf } from '../shared/issues-of.ts';
import { MALFORMED_TEXT_MESSAGE } from '../shared/text-rules.ts';
import {
  MAX_LIST_ITEMS,
  MAX_NAME_LENGTH,
  MAX_PERSON_NOTES_LENGTH,
  MAX_SHORT_TEXT_LENGTH,
  MAX_TAG_LENGTH,
  ORIGIN_KINDS,
  parseCreatePersonInput,
  parseUpdatePersonInput,
} from './person-input.ts';

const createPaths = (input: unknown): string[][] =>
  issuesOf(() => parseCreatePersonInput(input)).map((issue) => issue.path);
const updatePaths = (input: unknown): string[][] =>
  issuesOf(() => parseUpdatePersonInput(input)).map((issue) => issue.path);

const groupId = '0b8f6a3e-4c2d-4e1f-9a7b-5c6d7e8f9a0b';
const personId = '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a';

const expectNeverThrowsOtherThanValidation = (run: () => unknown): void => {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.issues.length).toBeGreaterThan(0);
  }
};

// ---- arbitraries of valid values, with padding that parsing trims away ----

const pad = fc.constantFrom('', ' ', '  ', '\t', '\n', ' \u00a0');
const padded = (core: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(pad, core, pad).map(([before, text, after]) => `${before}${text}${after}`);

const text = (maxLength: number) => fc.string({ unit: 'grapheme', maxLength });
const nonBlank = (maxLength: number) =>
  text(maxLength).filter((value) => value.trim().length > 0 && value.trim().length <= maxLength);

const emailAddress = fc
  .tuple(
    fc.stringMatching(/^[a-z0-9]{1,10}$/),
    fc.stringMatching(/^[a-z0-9]{1,10}$/),
    fc.stringMatching(/^[a-z]{2,6}$/),
    fc.boolean(),
  )
  .map(([local, domain, tld, shout]) => {
    const address = `${local}@${domain}.${tld}`;
    return shout ? address.toUpperCase() : address;
  });
const phone = fc.stringMatching(/^[+\d\s().-]{0,40}$/).filter((value) => value.length <= 40);
const tag = text(MAX_TAG_LENGTH).filter((value) => value.trim().length <= MAX_TAG_LENGTH);
const shortText = fc.option(text(MAX_SHORT_TEXT_LENGTH), { nil: null });

const trimmedSet = (items: string[], normalise: (item: string) => string = (item) => item) => [
  ...new Set(
    items.map((item) => normalise(item.trim().normalize('NFC'))).filter((item) => item.length > 0),
  ),
];
const trimmedOrNull = (value: string | null | undefined) => value?.trim().normalize('NFC') || null;

describe('parseCreatePersonInput', () => {
  it('accepts just a name, defaulting everything else', () => {
    expect(parseCreatePersonInput({ name: '  Ana Souza ' })).toEqual({
      name: 'Ana Souza',
      emails: [],
      phones: [],
      company: null,
      role: null,
      profession: null,
      location: null,
      notes: null,
      tags: [],
      originKind: 'OTHER',
      originNote: null,
    });
  });

  it('normalises a full contact', () => {
    expect(
      parseCreatePersonInput({
        name: 'Ana Souza',
        emails: [' Ana@Example.COM ', 'ana@example.com', 'ana.souza@firm.co.uk'],
        phones: [' +44 (20) 7946-0958 ', '', '+44 (20) 7946-0958'],
        company: '  Souza & Co ',
        role: 'Partner',
        profession: '   ',
        location: 'Leeds',
        notes: '  Met at the breakfast club  ',
        tags: ['cfo', ' cfo ', '', 'b2b'],
        originKind: 'GROUP',
        originGroupId: groupId,
        originNote: ' Sits at my table ',
      }),
    ).toEqual({
      name: 'Ana Souza',
      emails: ['ana@example.com', 'ana.souza@firm.co.uk'],
      phones: ['+44 (20) 7946-0958'],
      company: 'Souza & Co',
      role: 'Partner',
      profession: null,
      location: 'Leeds',
      notes: 'Met at the breakfast club',
      tags: ['cfo', 'b2b'],
      originKind: 'GROUP',
      originGroupId: groupId,
      originNote: 'Sits at my table',
    });
  });

  it('accepts an introduction by a person', () => {
    const parsed = parseCreatePersonInput({
      name: 'Ben',
      originKind: 'PERSON',
      originPersonId: personId,
    });
    expect(parsed.originKind).toBe('PERSON');
    expect(parsed.originPersonId).toBe(personId);
  });

  it('accepts names and texts at their limits', () => {
    const parsed = parseCreatePersonInput({
      name: 'n'.repeat(MAX_NAME_LENGTH),
      company: 'c'.repeat(MAX_SHORT_TEXT_LENGTH),
      notes: 'x'.repeat(MAX_PERSON_NOTES_LENGTH),
      tags: ['t'.repeat(MAX_TAG_LENGTH)],
      phones: ['1'.repeat(40)],
      emails: Array.from({ length: MAX_LIST_ITEMS }, (_, i) => `a${i}@example.com`),
    });
    expect(parsed.name).toHaveLength(MAX_NAME_LENGTH);
    expect(parsed.emails).toHaveLength(MAX_LIST_ITEMS);
  });

  describe('rejects, naming the field', () => {
    it.each([
      ['an empty name', { name: '' }, ['name'], 'Name is required'],
      ['a blank name', { name: '   ' }, ['name'], 'Name is required'],
      ['a missing name', {}, ['name'], 'Name is required'],
      ['a name that is not a string', { name: 42 }, ['name'], 'Name is required'],
      [
        'a name that is too long',
        { name: 'n'.repeat(MAX_NAME_LENGTH + 1) },
        ['name'],
        `Name must be at most ${MAX_NAME_LENGTH} characters`,
      ],
      [
        'an invalid e-mail',
        { name: 'A', emails: ['not-an-email'] },
        ['emails', '0'],
        'Enter a valid e-mail address',
      ],
      [
        'an invalid second e-mail',
        { name: 'A', emails: ['a@example.com', 'b@'] },
        ['emails', '1'],
        'Enter a valid e-mail address',
      ],
      [
        'an empty e-mail',
        { name: 'A', emails: ['  '] },
        ['emails', '0'],
        'Enter a valid e-mail address',
      ],
      [
        'too many e-mails',
        {
          name: 'A',
          emails: Array.from({ length: MAX_LIST_ITEMS + 1 }, (_, i) => `a${i}@example.com`),
        },
        ['emails'],
        `At most ${MAX_LIST_ITEMS} e-mail addresses`,
      ],
      [
        'a phone with letters',
        { name: 'A', phones: ['call me'] },
        ['phones', '0'],
        'Phone numbers may contain digits, spaces and + ( ) . - only',
      ],
      [
        'a phone that is too long',
        { name: 'A', phones: ['1'.repeat(41)] },
        ['phones', '0'],
        'Phone numbers must be at most 40 characters',
      ],
      [
        'a tag that is too long',
        { name: 'A', tags: ['ok', 't'.repeat(MAX_TAG_LENGTH + 1)] },
        ['tags', '1'],
        `Tags must be at most ${MAX_TAG_LENGTH} characters`,
      ],
      [
        'a company that is too long',
        { name: 'A', company: 'c'.repeat(MAX_SHORT_TEXT_LENGTH + 1) },
        ['company'],
        `Company must be at most ${MAX_SHORT_TEXT_LENGTH} characters`,
      ],
      [
        'a role that is too long',
        { name: 'A', role: 'r'.repeat(MAX_SHORT_TEXT_LENGTH + 1) },
        ['role'],
        `Role must be at most ${MAX_SHORT_TEXT_LENGTH} characters`,
      ],
      [
        '1 MB of notes',
        { name: 'A', notes: 'x'.repeat(1 << 20) },
        ['notes'],
        `Notes must be at most ${MAX_PERSON_NOTES_LENGTH} characters`,
      ],
      [
        'a group origin without a group',
        { name: 'A', originKind: 'GROUP' },
        ['originGroupId'],
        'Choose the group',
      ],
      [
        'a group origin with an empty group id',
        { name: 'A', originKind: 'GROUP', originGroupId: '' },
        ['originGroupId'],
        'Choose the group',
      ],
      [
        'an introduction without the introducer',
        { name: 'A', originKind: 'PERSON', originPersonId: null },
        ['originPersonId'],
        'Choose who introduced you',
      ],
    ])('%s', (_, input, path, message) => {
      expect(issuesOf(() => parseCreatePersonInput(input))).toEqual([{ path, message }]);
    });

    it('an unknown origin kind', () => {
      expect(createPaths({ name: 'A', originKind: 'FRIEND' })).toEqual([['originKind']]);
    });

    it('lists that are not arrays', () => {
      expect(createPaths({ name: 'A', emails: 'a@example.com' })).toEqual([['emails']]);
      expect(createPaths({ name: 'A', tags: { 0: 'x' } })).toEqual([['tags']]);
    });

    it('input that is not an object', () => {
      for (const input of [null, undefined, 'Ana', 3, [], true]) {
        expect(createPaths(input)).toEqual([[]]);
      }
    });
  });

  it('reports field and origin problems together', () => {
    expect(createPaths({ name: '', emails: ['x'], originKind: 'GROUP' })).toEqual([
      ['name'],
      ['emails', '0'],
      ['originGroupId'],
    ]);
  });

  it('round-trips valid input: trimmed, lower-cased e-mails, blank entries and duplicates dropped', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: padded(nonBlank(MAX_NAME_LENGTH)),
          emails: fc.array(padded(emailAddress), { maxLength: MAX_LIST_ITEMS }),
          phones: fc.array(padded(phone), { maxLength: MAX_LIST_ITEMS }),
          tags: fc.array(padded(tag), { maxLength: MAX_LIST_ITEMS }),
          company: shortText,
          role: shortText,
          profession: shortText,
          location: shortText,
          notes: fc.option(text(500), { nil: null }),
          originNote: shortText,
        }),
        (input) => {
          const parsed = parseCreatePersonInput(input);
          expect(parsed).toEqual({
            name: input.name.trim().normalize('NFC'),
            emails: trimmedSet(input.emails, (email) => email.toLowerCase()),
            phones: trimmedSet(input.phones),
            tags: trimmedSet(input.tags),
            company: trimmedOrNull(input.company),
            role: trimmedOrNull(input.role),
            profession: trimmedOrNull(input.profession),
            location: trimmedOrNull(input.location),
            notes: trimmedOrNull(input.notes),
            originKind: 'OTHER',
            originNote: trimmedOrNull(input.originNote),
          });
          // Parsing is idempotent: the output is itself valid input that parses to itself.
          expect(parseCreatePersonInput(parsed)).toEqual(parsed);
        },
      ),
    );
  });

  it('stores every text field composed (NFC), however it was typed', () => {
    const decomposed = 'Zoe\u0301 Ange\u0300le';
    const composed = 'Zo\u00e9 Ang\u00e8le';
    const parsed = parseCreatePersonInput({
      name: decomposed,
      tags: [decomposed],
      company: decomposed,
      role: decomposed,
      profession: decomposed,
      location: decomposed,
      notes: decomposed,
      originNote: decomposed,
    });
    expect(parsed).toMatchObject({
      name: composed,
      tags: [composed],
      company: composed,
      role: composed,
      profession: composed,
      location: composed,
      notes: composed,
      originNote: composed,
    });
    expect(parseUpdatePersonInput({ name: decomposed })).toEqual({ name: composed });
  });

  it('parses composed and decomposed forms of any text alike', () => {
    fc.assert(
      fc.property(nonBlank(MAX_NAME_LENGTH), text(500), (name, notes) => {
        const nfd = parseCreatePersonInput({
          name: name.normalize('NFD'),
          notes: notes.normalize('NFD'),
        });
        const nfc = parseCreatePersonInput({
          name: name.normalize('NFC'),
          notes: notes.normalize('NFC'),
        });
        expect(nfd).toEqual(nfc);
        expect(nfd.name).toBe(nfd.name.normalize('NFC'));
      }),
    );
  });

  it('accepts every origin kind when its reference is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ORIGIN_KINDS), (originKind) => {
        const parsed = parseCreatePersonInput({
          name: 'A',
          originKind,
          originGroupId: groupId,
          originPersonId: personId,
        });
        expect(parsed.originKind).toBe(originKind);
      }),
    );
  });

  it('never throws anything but a ValidationError, whatever the input', () => {
    const field = fc.oneof(fc.anything(), fc.string({ unit: 'binary' }));
    const listField = fc.oneof(field, fc.array(field), fc.array(fc.string({ unit: 'binary' })));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.string({ unit: 'binary' }),
          fc.record(
            {
              name: field,
              emails: listField,
              phones: listField,
              tags: listField,
              company: field,
              role: field,
              profession: field,
              location: field,
              notes: field,
              originKind: fc.oneof(field, fc.constantFrom(...ORIGIN_KINDS)),
              originGroupId: field,
              originPersonId: field,
              originNote: field,
            },
            { requiredKeys: [] },
          ),
        ),
        (input) => {
          expectNeverThrowsOtherThanValidation(() => parseCreatePersonInput(input));
          expectNeverThrowsOtherThanValidation(() => parseUpdatePersonInput(input));
        },
      ),
    );
  });
});

describe('parseUpdatePersonInput', () => {
  it('leaves unsent fields unset, so an update only touches what was sent', () => {
    expect(parseUpdatePersonInput({})).toEqual({});
    expect(parseUpdatePersonInput({ company: ' Acme ' })).toEqual({ company: 'Acme' });
    expect(Object.keys(parseUpdatePersonInput({ role: 'CFO' }))).toEqual(['role']);
  });

  it('treats fields sent as undefined as not sent', () => {
    const parsed = parseUpdatePersonInput({ name: 'Ana', company: undefined, emails: undefined });
    expect(parsed).toEqual({ name: 'Ana' });
    expect('company' in parsed).toBe(false);
  });

  it('clears a text field sent as null or blank', () => {
    expect(parseUpdatePersonInput({ company: null })).toEqual({ company: null });
    expect(parseUpdatePersonInput({ company: '   ', notes: '' })).toEqual({
      company: null,
      notes: null,
    });
  });

  it('treats a missing input as an empty update', () => {
    expect(parseUpdatePersonInput(undefined)).toEqual({});
    expect(parseUpdatePersonInput(null)).toEqual({});
  });

  it('drops unknown fields', () => {
    expect(parseUpdatePersonInput({ name: 'Ana', accountId: 'someone-else' })).toEqual({
      name: 'Ana',
    });
  });

  it('normalises lists like create', () => {
    expect(
      parseUpdatePersonInput({
        emails: ['B@Example.com', 'b@example.com'],
        tags: [' x ', 'x', ''],
      }),
    ).toEqual({ emails: ['b@example.com'], tags: ['x'] });
  });

  describe('rejects, naming the field', () => {
    it('a name cleared to empty', () => {
      expect(issuesOf(() => parseUpdatePersonInput({ name: '  ' }))).toEqual([
        { path: ['name'], message: 'Name is required' },
      ]);
      expect(updatePaths({ name: null })).toEqual([['name']]);
    });

    it('an invalid e-mail', () => {
      expect(updatePaths({ emails: ['a@example.com', 'nope'] })).toEqual([['emails', '1']]);
    });

    it('1 MB of notes', () => {
      expect(updatePaths({ notes: 'x'.repeat(1 << 20) })).toEqual([['notes']]);
    });

    it('a group origin without a group', () => {
      expect(updatePaths({ originKind: 'GROUP' })).toEqual([['originGroupId']]);
      expect(updatePaths({ originKind: 'GROUP', originGroupId: null })).toEqual([
        ['originGroupId'],
      ]);
    });

    it('an introduction without the introducer', () => {
      expect(updatePaths({ originKind: 'PERSON', originPersonId: undefined })).toEqual([
        ['originPersonId'],
      ]);
    });

    it('input that is not an object', () => {
      for (const input of ['Ana', 3, true, [], ['Ana']]) {
        expect(updatePaths(input)).toEqual([[]]);
      }
    });
  });

  it('round-trips any subset of valid fields, leaving the rest unset', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            name: padded(nonBlank(MAX_NAME_LENGTH)),
            emails: fc.array(padded(emailAddress), { maxLength: MAX_LIST_ITEMS }),
            tags: fc.array(padded(tag), { maxLength: MAX_LIST_ITEMS }),
            company: shortText,
            location: shortText,
            notes: fc.option(text(500), { nil: null }),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          const parsed = parseUpdatePersonInput(input);
          expect(Object.keys(parsed).sort()).toEqual(Object.keys(input).sort());
          if (input.name !== undefined)
            expect(parsed.name).toBe(input.name.trim().normalize('NFC'));
          if (input.emails !== undefined) {
            expect(parsed.emails).toEqual(trimmedSet(input.emails, (email) => email.toLowerCase()));
          }
          if (input.tags !== undefined) expect(parsed.tags).toEqual(trimmedSet(input.tags));
          if (input.company !== undefined)
            expect(parsed.company).toBe(trimmedOrNull(input.company));
          if (input.location !== undefined) {
            expect(parsed.location).toBe(trimmedOrNull(input.location));
          }
          if (input.notes !== undefined) expect(parsed.notes).toBe(trimmedOrNull(input.notes));
          expect(parseUpdatePersonInput(parsed)).toEqual(parsed);
        },
      ),
    );
  });
});

describe('text that reads differently than it is saved', () => {
  const issues = (input: unknown) => issuesOf(() => parseCreatePersonInput(input));

  it('refuses control characters and bidi overrides in names, tags and short fields', () => {
    expect(issues({ name: 'Ann\u202Egpj.exe' })).toEqual([
      {
        path: ['name'],
        message:
          'Remove the text direction control (U+202E): it makes text read differently than it is saved',
      },
    ]);
    expect(issues({ name: 'Ann', company: 'Acme\u0007', tags: ['ok', 'a\u2066b'] })).toEqual([
      {
        path: ['company'],
        message: 'Remove the control character (U+0007): this is one line of plain text',
      },
      {
        path: ['tags', '1'],
        message:
          'Remove the text direction control (U+2066): it makes text read differently than it is saved',
      },
    ]);
    expect(updatePaths({ name: 'Ann\nBob' })).toEqual([['name']]);
  });

  it('keeps tabs and line breaks in notes, but no other control character', () => {
    expect(parseCreatePersonInput({ name: 'Ann', notes: 'Met at the fair.\n\tAsk' }).notes).toBe(
      'Met at the fair.\n\tAsk',
    );
    expect(createPaths({ name: 'Ann', notes: 'bell\u001b[31m' })).toEqual([['notes']]);
  });

  it('refuses a lone surrogate in any field, at its path, rather than have it changed', () => {
    expect(issues({ name: 'A\uD800', emails: ['a@b.co'], notes: 'x\uDFFF' })).toEqual([
      { path: ['name'], message: MALFORMED_TEXT_MESSAGE },
      { path: ['notes'], message: MALFORMED_TEXT_MESSAGE },
    ]);
  });
});
