import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyCandidate, type ImportCandidate } from './import-candidate.ts';
import { applyMerge, type ImportPerson, mergeChanges, undoMerge } from './merge-person.ts';
import { checkCandidate, countActions, type ExistingPerson, planImport } from './plan-import.ts';

const candidate = (fields: Partial<ImportCandidate>): ImportCandidate => ({
  ...emptyCandidate(),
  ...fields,
});

const person = (fields: Partial<ImportPerson> & { name: string }): ImportPerson => ({
  emails: [],
  phones: [],
  company: null,
  role: null,
  profession: null,
  location: null,
  notes: null,
  tags: [],
  ...fields,
});

const ADA: ExistingPerson = {
  id: 'ada',
  ...person({
    name: 'Ada Lovelace',
    emails: ['ada@engines.example'],
    phones: ['+44 20 7946 0001'],
    company: 'Analytical Engines',
    tags: ['pioneers'],
  }),
};
const BOB: ExistingPerson = {
  id: 'bob',
  ...person({ name: 'Bob Smith', company: 'Acme', role: 'CEO' }),
};

describe('checking a contact', () => {
  it('rejects one with no name, a malformed e-mail, or a formula, with each reason', () => {
    expect(checkCandidate(candidate({ emails: ['a@b.co'] })).reasons).toEqual(['No name']);
    expect(checkCandidate(candidate({ name: 'Ada', emails: ['ada@', 'ok@b.co'] })).reasons).toEqual(
      ['Malformed e-mail address “ada@”'],
    );
    expect(
      checkCandidate(
        candidate({
          name: 'Eve',
          company: '=HYPERLINK("http://evil.example/a/very/long/address/indeed","x")',
          formulas: [
            {
              where: 'the column “Company”',
              text: '=HYPERLINK("http://evil.example/a/very/long/address/indeed","x")',
            },
          ],
        }),
      ).reasons,
    ).toEqual([
      'The column “Company” holds a spreadsheet formula (“=HYPERLINK("http://evil.example/a/very/l…”); formulas are not imported',
    ]);
  });

  it('gives the person rules’ reasons for the rest, and the saved form of a good one', () => {
    expect(
      checkCandidate(candidate({ name: 'Ada', company: 'x'.repeat(201), phones: ['call me'] }))
        .reasons,
    ).toEqual([
      'Phone numbers may contain digits, spaces and + ( ) . - only',
      'Company must be at most 200 characters',
    ]);
    expect(
      checkCandidate(candidate({ name: 'Zoe\u0301', emails: ['ZOE@X.CO', 'zoe@x.co'] })),
    ).toEqual({ person: person({ name: 'Zoé', emails: ['zoe@x.co'] }), reasons: [] });
  });

  it('keeps a card’s reason it could not be read', () => {
    expect(checkCandidate(candidate({ unreadable: 'Card 2 could not be read' })).reasons).toEqual([
      'Card 2 could not be read',
    ]);
  });
});

describe('planning an import', () => {
  it('creates the new, merges into people matched by e-mail then by name and company', () => {
    const rows = planImport(
      [
        candidate({ name: 'New Person', emails: ['new@x.co'] }),
        candidate({ name: 'A. Lovelace', emails: ['ADA@engines.example', 'ada@home.example'] }),
        candidate({ name: '  bob   SMITH ', company: 'ACME ', role: 'Chief', location: 'Leeds' }),
        candidate({ name: 'Bob Smith', company: 'Other Co' }),
      ],
      [ADA, BOB],
    );
    expect(rows.map((row) => [row.number, row.action, row.mergeInto, row.matchedBy])).toEqual([
      [1, 'CREATE', null, null],
      [2, 'MERGE', 'ada', 'EMAIL'],
      [3, 'MERGE', 'bob', 'NAME_AND_COMPANY'],
      [4, 'CREATE', null, null],
    ]);
    expect(rows[1]?.changes).toEqual([
      {
        field: 'name',
        kind: 'KEEP',
        current: 'Ada Lovelace',
        incoming: 'A. Lovelace',
        added: [],
      },
      { field: 'emails', kind: 'ADD', current: null, incoming: null, added: ['ada@home.example'] },
    ]);
    expect(rows[2]?.changes).toEqual([
      { field: 'role', kind: 'KEEP', current: 'CEO', incoming: 'Chief', added: [] },
      { field: 'location', kind: 'FILL', current: null, incoming: 'Leeds', added: [] },
    ]);
    expect(countActions(rows)).toEqual({ CREATE: 2, MERGE: 2, REJECT: 0 });
  });

  it('rejects a contact that repeats an earlier one of the file, naming that row', () => {
    const rows = planImport(
      [
        candidate({ name: 'Cy', emails: ['cy@x.co'] }),
        candidate({ name: 'Cyrus', emails: ['other@x.co', 'CY@x.co'] }),
        candidate({ name: 'Dee', company: 'Dee Co' }),
        candidate({ name: 'dee', company: 'DEE CO' }),
        candidate({ name: 'Ada L', emails: ['ada@engines.example'] }),
        candidate({ name: 'Ada Lovelace', company: 'Analytical Engines' }),
        candidate({ emails: ['cy@x.co'] }),
      ],
      [ADA],
    );
    expect(rows.map((row) => row.reasons)).toEqual([
      [],
      ['Duplicate of row 1 in this file (the same e-mail address cy@x.co)'],
      [],
      ['Duplicate of row 3 in this file (the same name and company)'],
      [],
      ['Duplicate of row 5 in this file (both match Ada Lovelace)'],
      ['No name'],
    ]);
  });

  it('rejects a merge that would give someone more than 20 e-mail addresses', () => {
    const many = { ...ADA, emails: Array.from({ length: 20 }, (_, i) => `a${i}@x.co`) };
    const [row] = planImport([candidate({ name: 'Ada', emails: ['a0@x.co', 'new@x.co'] })], [many]);
    expect(row?.reasons).toEqual(['Merging would give Ada Lovelace more than 20 e-mail addresses']);
  });

  const text = fc.option(fc.constantFrom('Acme', 'acme', 'Zed', ' Acme '), { nil: null });
  const arbitraryCandidate = fc.record({
    name: fc.option(fc.constantFrom('Ada', 'ada ', 'Bob', 'Cy', ''), { nil: null }),
    emails: fc.array(fc.constantFrom('a@x.co', 'B@x.co', 'c@x.co', 'bad@'), { maxLength: 3 }),
    phones: fc.array(fc.constantFrom('+44 1', '+441', '2'), { maxLength: 2 }),
    company: text,
    role: text,
    profession: fc.constant(null),
    location: text,
    notes: text,
    tags: fc.array(fc.constantFrom('x', 'X', 'y'), { maxLength: 2 }),
    formulas: fc.constant<ImportCandidate['formulas']>([]),
    unreadable: fc.constant(null),
  });
  const arbitraryPerson = fc.record({
    id: fc.uuid(),
    name: fc.constantFrom('Ada', 'Bob', 'Dee'),
    emails: fc.uniqueArray(fc.constantFrom('a@x.co', 'b@x.co', 'd@x.co'), { maxLength: 2 }),
    phones: fc.array(fc.constantFrom('+44 1', '3'), { maxLength: 2 }),
    company: text,
    role: text,
    profession: fc.constant(null),
    location: text,
    notes: text,
    tags: fc.array(fc.constantFrom('x', 'z'), { maxLength: 2 }),
  });

  it('gives every contact one action, merges each person at most once, and overwrites nothing', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryCandidate, { maxLength: 12 }),
        fc.uniqueArray(arbitraryPerson, { maxLength: 4, selector: (p) => p.id }),
        (candidates, existing) => {
          const rows = planImport(candidates, existing);
          expect(rows.map((row) => row.number)).toEqual(candidates.map((_, i) => i + 1));
          const counts = countActions(rows);
          expect(counts.CREATE + counts.MERGE + counts.REJECT).toBe(candidates.length);
          const merged = rows.filter((row) => row.action === 'MERGE').map((row) => row.mergeInto);
          expect(new Set(merged).size).toBe(merged.length);
          for (const row of rows) {
            expect(row.reasons.length > 0).toBe(row.action === 'REJECT');
            if (row.action !== 'MERGE') continue;
            const target = existing.find((p) => p.id === row.mergeInto);
            if (!target) throw new Error('Merged into nobody');
            const { after } = applyMerge(target, row.changes);
            for (const field of ['company', 'role', 'location', 'notes'] as const) {
              if (target[field] !== null) expect(after[field]).toBeUndefined();
            }
            for (const field of ['emails', 'phones', 'tags'] as const) {
              expect(after[field] ?? target[field]).toEqual(expect.arrayContaining(target[field]));
            }
          }
        },
      ),
    );
  });
});

describe('undoing a merge', () => {
  const arbitraryImportPerson = fc.record({
    name: fc.constantFrom('Ada', 'Bob'),
    emails: fc.uniqueArray(fc.constantFrom('a@x.co', 'b@x.co', 'c@x.co'), { maxLength: 3 }),
    phones: fc.uniqueArray(fc.constantFrom('+44 1', '2', '3'), { maxLength: 3 }),
    company: fc.option(fc.constantFrom('Acme', 'Zed'), { nil: null }),
    role: fc.option(fc.constantFrom('CEO', 'CTO'), { nil: null }),
    profession: fc.option(fc.constant('Lawyer'), { nil: null }),
    location: fc.option(fc.constant('Leeds'), { nil: null }),
    notes: fc.option(fc.constant('Hi'), { nil: null }),
    tags: fc.uniqueArray(fc.constantFrom('x', 'y'), { maxLength: 2 }),
  });

  it('gives back the person as they were, when nothing was changed since', () => {
    fc.assert(
      fc.property(arbitraryImportPerson, arbitraryImportPerson, (current, incoming) => {
        const record = applyMerge(current, mergeChanges(current, incoming));
        const merged = { ...current, ...record.after };
        expect({ ...merged, ...undoMerge(merged, record) }).toEqual(current);
      }),
    );
  });

  it('keeps what was edited after the import', () => {
    const current = person({ name: 'Ada', emails: ['a@x.co'] });
    const record = applyMerge(
      current,
      mergeChanges(current, person({ name: 'Ada', emails: ['b@x.co'], company: 'Acme' })),
    );
    const edited = {
      ...current,
      ...record.after,
      emails: ['a@x.co', 'b@x.co', 'new@x.co'],
      company: 'Acme Ltd',
    };
    expect(undoMerge(edited, record)).toEqual({ emails: ['a@x.co', 'new@x.co'] });
  });
});
