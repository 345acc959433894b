import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportFileError } from './import-file.ts';
import { decodeQuotedPrintable, readVcards } from './vcard-file.ts';

const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

const MANY = crlf([
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Lovelace;Ada;King;;',
  'FN:Ada Lovelace',
  'ORG:Analytical Engines;Research',
  'TITLE:Chief Engineer of the Difference and Analytical Engine Project at the Roya',
  ' l Institution',
  'EMAIL;TYPE=INTERNET,WORK:ada@engines.example',
  'EMAIL;TYPE=HOME:ada@home.example',
  'TEL;TYPE=CELL:+44 7700 900001',
  'TEL;TYPE=WORK,VOICE:+44 20 7946 0001',
  'TEL;TYPE=FAX:+44 20 7946 0002',
  'ADR;TYPE=WORK:;;12 St James’s Square;London;;SW1Y 4JH;United Kingdom',
  'NOTE:First programmer\\, they say.\\nLoves poetry.',
  'CATEGORIES:Pioneers,Maths',
  'PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U',
  ' HRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:4.0',
  'FN:Zoë Ünal',
  'EMAIL;PREF=1:zoe@unal.example',
  'TEL;VALUE=uri;TYPE=cell:tel:+33-6-12-34-56-78',
  'PHOTO:data:image/png;base64,iVBORw0KGgo=',
  'END:VCARD',
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;',
  'TEL;CELL;VOICE:+49 151 1234567',
  'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Trifft sich gern zum Kaffee in M=C3=BCn=',
  'chen.=0D=0AImmer p=C3=BCnktlich.',
  'PHOTO;ENCODING=BASE64;TYPE=JPEG:',
  '/9j/4AAQSkZJRgABAQAAAQABAAD',
  '',
  'EMAIL;INTERNET;PREF:juergen@mueller.example',
  'END:VCARD',
]);

describe('reading vCard files', () => {
  it('reads every card of a file: 3.0, 4.0 and the 2.1 that phones still write', () => {
    const [ada, zoe, juergen, ...rest] = readVcards(MANY);
    expect(rest).toEqual([]);
    expect(ada).toEqual({
      name: 'Ada Lovelace',
      emails: ['ada@engines.example', 'ada@home.example'],
      phones: ['+44 7700 900001', '+44 20 7946 0001'],
      company: 'Analytical Engines',
      role: 'Chief Engineer of the Difference and Analytical Engine Project at the Royal Institution',
      profession: null,
      location: 'London, United Kingdom',
      notes: 'First programmer, they say.\nLoves poetry.',
      tags: ['Pioneers', 'Maths'],
      formulas: [],
      unreadable: null,
    });
    expect(zoe).toMatchObject({
      name: 'Zoë Ünal',
      emails: ['zoe@unal.example'],
      phones: ['+33-6-12-34-56-78'],
    });
    expect(juergen).toMatchObject({
      name: 'Jürgen Müller',
      phones: ['+49 151 1234567'],
      emails: ['juergen@mueller.example'],
      notes: 'Trifft sich gern zum Kaffee in München.\nImmer pünktlich.',
    });
    expect(JSON.stringify([ada, zoe, juergen])).not.toMatch(/9j|iVBOR/);
  });

  it('reads a card with LF line ends and its name from N alone', () => {
    const [card] = readVcards(
      'BEGIN:VCARD\nVERSION:3.0\nN:Hopper;Grace;Brewster;Dr.;\nEND:VCARD\n',
    );
    expect(card?.name).toBe('Grace Brewster Hopper');
  });

  it('keeps a broken or cut-off card as one that says why, and reads the others', () => {
    const cards = readVcards(
      crlf([
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:Good',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'this line is not a property',
        'END:VCARD',
        'BEGIN:VCARD',
        'FN:Cut',
      ]),
    );
    expect(cards.map((card) => card.name)).toEqual(['Good', null, null]);
    expect(cards[1]?.unreadable).toMatch(/^Card 2 could not be read/);
    expect(cards[2]?.unreadable).toBe('Card 3 has no END:VCARD line: the file may be cut short.');
  });

  it('notes a formula in a property', () => {
    const [card] = readVcards(
      crlf(['BEGIN:VCARD', 'VERSION:3.0', 'FN:Eve', 'ORG:=HYPERLINK("http://x")', 'END:VCARD']),
    );
    expect(card?.formulas).toEqual([{ where: 'the property ORG', text: '=HYPERLINK("http://x")' }]);
  });

  it('refuses a file with no card', () => {
    expect(() => readVcards('Name,Email\nAda,a@b.co')).toThrow(ImportFileError);
  });

  it('reads escaped semicolons and backslashes, also across a folded line', () => {
    const [card] = readVcards(
      crlf([
        'BEGIN:VCARD',
        'VERSION:3.0',
        'FN:A\\;B',
        'NOTE:one\\\\;two\\',
        ' ;three',
        'END:VCARD',
      ]),
    );
    expect(card?.name).toBe('A;B');
    expect(card?.notes).toBe('one\\;two;three');
  });

  it('reads any text written into FN and NOTE and back', () => {
    const escaped = (text: string) =>
      text.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');
    const line = fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .map((text) => text.replace(/[\p{Cc}]/gu, '').trim())
      .filter((text) => text !== '' && !/^[=+\-@]/.test(text));
    fc.assert(
      fc.property(line, line, (name, note) => {
        const [card] = readVcards(
          crlf([
            'BEGIN:VCARD',
            'VERSION:4.0',
            `FN:${escaped(name)}`,
            `NOTE:${escaped(note)}`,
            'END:VCARD',
          ]),
        );
        expect(card?.unreadable).toBeNull();
        expect(card?.name).toBe(name.replace(/\s+/g, ' '));
        expect(card?.notes).toBe(note);
      }),
      // ";" and "\\" are rare among graphemes: enough runs that each is drawn every time.
      { numRuns: 2000 },
    );
  });
});

describe('quoted-printable', () => {
  it('decodes any text encoded as UTF-8 quoted-printable', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 50 }), (text) => {
        const encoded = [...new TextEncoder().encode(text)]
          .map((byte) => `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)
          .join('');
        expect(decodeQuotedPrintable(encoded)).toBe(text);
      }),
    );
  });

  it('reads another charset, and an unknown one as UTF-8', () => {
    expect(decodeQuotedPrintable('Caf=E9', 'ISO-8859-1')).toBe('Café');
    expect(decodeQuotedPrintable('Caf=C3=A9', 'no-such-charset')).toBe('Café');
  });
});
