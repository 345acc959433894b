import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../shared/issues-of.ts';
import { guessColumnMapping, parseColumnMapping } from './column-mapping.ts';
import { csvCandidate, readCsvTable } from './csv-file.ts';
import { ImportFileError } from './import-file.ts';

const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.com,Analytical Engines,Engineer,01 Dec 2026
Bob,Smith,https://www.linkedin.com/in/bob,,"Acme, Inc.",CEO,02 Dec 2026
`;

const GOOGLE = `First Name,Middle Name,Last Name,Phonetic First Name,Nickname,File As,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - City,Address 1 - Country,Organization Name,Organization Title,Notes,Labels
Zoë,Anne,Ünal,,Zo,,Work,zoe@work.example ::: zoe@alt.example,Home,zoe@home.example,Mobile,+44 7700 900123 ::: +44 20 7946 0000,Home,"1 High St
London",London,United Kingdom,Ünal & Co,Founder,"Met at the
conference",* myContacts ::: Friends ::: Clients
`;

const OUTLOOK = `"Title","First Name","Middle Name","Last Name","Suffix","Company","Department","Job Title","Business Street","Business City","Business State","Business Postal Code","Business Country/Region","Home City","Home Country/Region","Business Fax","Business Phone","Business Phone 2","Home Phone","Mobile Phone","Pager","Categories","E-mail Address","E-mail Type","E-mail Display Name","E-mail 2 Address","Notes","Web Page"
"Dr.","Grace","","Hopper","","Navy","Computing","Rear Admiral","","Arlington","VA","","United States","Brooklyn","United States","555-0100","555-0101","","","555-0199","555-0111","Pioneers;Navy","grace@navy.example","SMTP","Grace Hopper (grace@navy.example)","gh@home.example","COBOL","https://example.com"
`;

const headersOf = (text: string) => readCsvTable(text).headers;
const mapped = (text: string) => {
  const headers = headersOf(text);
  const mapping = guessColumnMapping(headers);
  return Object.fromEntries(
    headers.flatMap((header, index) => (mapping[index] ? [[header, mapping[index]]] : [])),
  );
};
const candidates = (text: string) => {
  const { headers, rows } = readCsvTable(text);
  const mapping = guessColumnMapping(headers);
  return rows.map((row) => csvCandidate(headers, row, mapping));
};

describe('reading a CSV file', () => {
  it('finds LinkedIn’s header below its notes, and keeps quoted commas in a cell', () => {
    const table = readCsvTable(LINKEDIN);
    expect(table.headers).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1]?.[4]).toBe('Acme, Inc.');
  });

  it('reads cells with line breaks, semicolons as the delimiter, and ragged rows', () => {
    expect(readCsvTable('Name;Email\r\n"Ada\r\nL";a@b.co\r\nBob\r\n')).toEqual({
      headers: ['Name', 'Email'],
      rows: [
        ['Ada\r\nL', 'a@b.co'],
        ['Bob', ''],
      ],
    });
  });

  it('names blank headers by their place', () => {
    expect(readCsvTable('Name,,x\nAda,1,2\n').headers).toEqual(['Name', 'Column 2', 'x']);
  });

  it('refuses a file with a header and no contacts', () => {
    expect(() => readCsvTable('Name,Email\n,\n\n')).toThrow(ImportFileError);
    expect(() => readCsvTable('Name,Email\n')).toThrow(/no contacts/);
  });

  it('reads back any table papaparse writes', () => {
    const cell = fc.string({ unit: 'grapheme', maxLength: 20 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((columns) =>
          fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), {
            minLength: 1,
            maxLength: 10,
          }),
        ),
        (rows) => {
          const filled = rows.filter((row) => row.some((c) => c.trim() !== ''));
          fc.pre(filled.length > 0);
          const headers = ['Name', ...(rows[0] ?? []).slice(1).map((_, i) => `Field ${i}`)];
          const text = Papa.unparse([headers, ...filled], { quotes: true });
          expect(readCsvTable(text)).toEqual({ headers, rows: filled });
        },
      ),
    );
  });
});

describe('guessing the columns', () => {
  it('maps LinkedIn’s Connections export', () => {
    expect(mapped(LINKEDIN)).toEqual({
      'First Name': 'FIRST_NAME',
      'Last Name': 'LAST_NAME',
      'Email Address': 'EMAIL',
      Company: 'COMPANY',
      Position: 'ROLE',
    });
  });

  it('maps Google Contacts’ export, leaving labels and the formatted address out', () => {
    expect(mapped(GOOGLE)).toEqual({
      'First Name': 'FIRST_NAME',
      'Middle Name': 'MIDDLE_NAME',
      'Last Name': 'LAST_NAME',
      'E-mail 1 - Value': 'EMAIL',
      'E-mail 2 - Value': 'EMAIL',
      'Phone 1 - Value': 'PHONE',
      'Address 1 - City': 'LOCATION',
      'Address 1 - Country': 'LOCATION',
      'Organization Name': 'COMPANY',
      'Organization Title': 'ROLE',
      Notes: 'NOTES',
      Labels: 'TAGS',
    });
  });

  it('maps Outlook’s export: its Title is an honorific, and fax, pager and display name are not kept', () => {
    expect(mapped(OUTLOOK)).toEqual({
      'First Name': 'FIRST_NAME',
      'Middle Name': 'MIDDLE_NAME',
      'Last Name': 'LAST_NAME',
      Company: 'COMPANY',
      'Job Title': 'ROLE',
      'Business City': 'LOCATION',
      'Business Country/Region': 'LOCATION',
      'Business Phone': 'PHONE',
      'Business Phone 2': 'PHONE',
      'Home Phone': 'PHONE',
      'Mobile Phone': 'PHONE',
      Categories: 'TAGS',
      'E-mail Address': 'EMAIL',
      'E-mail 2 Address': 'EMAIL',
      Notes: 'NOTES',
    });
  });

  it('takes a sheet’s own Title as the role, and one column per single field', () => {
    expect(guessColumnMapping(['Full name', 'Title', 'Name', 'e-mail', 'Org', 'Company'])).toEqual([
      'NAME',
      'ROLE',
      null,
      'EMAIL',
      'COMPANY',
      null,
    ]);
  });

  it('guesses for any headers a mapping the mapping rules accept', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 15 }), { maxLength: 30 }), (headers) => {
        const guess = guessColumnMapping(headers);
        expect(parseColumnMapping(guess, headers.length)).toEqual(guess);
      }),
    );
  });
});

describe('a chosen mapping', () => {
  it('has a field or none for each column, and one column per single field', () => {
    expect(parseColumnMapping(['NAME', null, 'EMAIL', 'EMAIL'], 4)).toEqual([
      'NAME',
      null,
      'EMAIL',
      'EMAIL',
    ]);
    expect(issuesOf(() => parseColumnMapping(['NAME'], 2))[0]?.message).toContain('2 columns');
    expect(issuesOf(() => parseColumnMapping(['COMPANY', 'COMPANY'], 2))[0]?.message).toBe(
      'Only one column can be the company',
    );
    expect(issuesOf(() => parseColumnMapping(['PASSWORD'], 1))).toHaveLength(1);
  });
});

describe('a row as a contact', () => {
  it('joins name parts and keeps only mapped columns', () => {
    const [ada, bob] = candidates(LINKEDIN);
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      emails: ['ada@example.com'],
      company: 'Analytical Engines',
      role: 'Engineer',
      notes: null,
      formulas: [],
    });
    expect(JSON.stringify(ada)).not.toContain('linkedin.com/in');
    expect(JSON.stringify(ada)).not.toContain('01 Dec 2026');
    expect(bob?.emails).toEqual([]);
  });

  it('splits Google’s ::: lists, drops its own labels, and makes the location one line', () => {
    expect(candidates(GOOGLE)[0]).toMatchObject({
      name: 'Zoë Anne Ünal',
      emails: ['zoe@work.example', 'zoe@alt.example', 'zoe@home.example'],
      phones: ['+44 7700 900123', '+44 20 7946 0000'],
      location: 'London, United Kingdom',
      company: 'Ünal & Co',
      role: 'Founder',
      notes: 'Met at the\nconference',
      tags: ['Friends', 'Clients'],
    });
  });

  it('reads Outlook’s phones and categories, but not its fax or pager', () => {
    expect(candidates(OUTLOOK)[0]).toMatchObject({
      name: 'Grace Hopper',
      emails: ['grace@navy.example', 'gh@home.example'],
      phones: ['555-0101', '555-0199'],
      role: 'Rear Admiral',
      location: 'Arlington, United States',
      tags: ['Pioneers', 'Navy'],
    });
  });

  it('labels each note when several columns are notes', () => {
    const candidate = csvCandidate(
      ['Name', 'URL', 'Met'],
      ['Ada', 'https://a', 'Paris'],
      ['NAME', 'NOTES', 'NOTES'],
    );
    expect(candidate.notes).toBe('URL: https://a\nMet: Paris');
  });

  it('notes a formula in a mapped column, and not in a dropped one', () => {
    const candidate = csvCandidate(
      ['Name', 'Company', 'Other'],
      ['Eve', '=HYPERLINK("http://evil.example","Click")', '=1+1'],
      ['NAME', 'COMPANY', null],
    );
    expect(candidate.formulas).toEqual([
      { where: 'the column “Company”', text: '=HYPERLINK("http://evil.example","Click")' },
    ]);
  });
});
