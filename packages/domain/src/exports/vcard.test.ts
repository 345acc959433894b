import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { personVCard } from './vcard.ts';

const ANN = {
  id: '7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a',
  name: 'Ann Lee-Smith, Jr.',
  emails: ['ann@example.com', 'ann.lee@work.example'],
  phones: ['+44 20 7946 0000'],
  company: 'Lee; Partners',
  role: 'Finance director',
  profession: 'Accountant',
  location: 'London, UK',
  notes: 'Met at the breakfast club.\nLikes cycling.',
  tags: ['client, former', 'cycling'],
  updatedAt: '2026-11-20T10:00:00.000Z',
};

type Card = InstanceType<typeof ICAL.Component>;

const parse = (vcard: string): Card => new ICAL.Component(ICAL.parse(vcard));
const values = (card: Card, name: string) =>
  card.getAllProperties(name).map((property) => property.getFirstValue());

describe('personVCard', () => {
  it('writes a vCard 4.0 with every field of the person', () => {
    const vcard = personVCard(ANN);
    expect(vcard.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
    expect(vcard.endsWith('END:VCARD\r\n')).toBe(true);
    expect(vcard).toContain('FN:Ann Lee-Smith\\, Jr.\r\n');
    expect(vcard).toContain('ORG:Lee\\; Partners\r\n');
    expect(vcard).toContain('TEL;VALUE=text:+44 20 7946 0000\r\n');
    expect(vcard).toContain('UID:urn:uuid:7d1e2f3a-4b5c-4d6e-8f7a-9b0c1d2e3f4a\r\n');
    expect(vcard).toContain('REV:20261120T100000Z\r\n');
    const card = parse(vcard);
    expect(card.getFirstPropertyValue('fn')).toBe(ANN.name);
    expect(values(card, 'email')).toEqual(ANN.emails);
    expect(values(card, 'tel')).toEqual(ANN.phones);
    expect(card.getFirstPropertyValue('org')).toBe(ANN.company);
    expect(card.getFirstPropertyValue('title')).toBe(ANN.role);
    expect(card.getFirstPropertyValue('role')).toBe(ANN.profession);
    expect(card.getFirstProperty('adr')?.getParameter('label')).toBe(ANN.location);
    expect(card.getFirstPropertyValue('note')).toBe(ANN.notes);
    expect(card.getFirstProperty('categories')?.getValues()).toEqual(ANN.tags);
  });

  it('writes line breaks as vCard does, whether typed \\n, \\r\\n or \\r', () => {
    const vcard = personVCard({ ...ANN, notes: 'one\r\ntwo\rthree\nfour' });
    expect(vcard).toContain('NOTE:one\\ntwo\\nthree\\nfour\r\n');
    expect(vcard.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('leaves out what the person does not have', () => {
    const vcard = personVCard({
      ...ANN,
      emails: [],
      phones: [],
      company: null,
      role: null,
      profession: null,
      location: null,
      notes: null,
      tags: [],
    });
    expect(vcard.split('\r\n').map((line) => line.split(/[:;]/)[0])).toEqual([
      'BEGIN',
      'VERSION',
      'KIND',
      'FN',
      'UID',
      'REV',
      'END',
      '',
    ]);
  });

  it('reads back as the same person, whatever the script (emoji, combining marks, right to left)', () => {
    const scriptText = fc.oneof(
      fc.string({ unit: 'grapheme', minLength: 1 }),
      fc.constantFrom(
        'Zoë 👩🏽‍💻',
        'e\u0301le\u0300ve',
        'محمد الأحمد',
        'דוד כהן',
        'Łukasz; "Ł", \\ x',
      ),
    );
    // One line of text, as a name or tag is stored; notes keep their line breaks.
    const line = scriptText.filter((value) => !/[\r\n]/.test(value) && value.trim() === value);
    fc.assert(
      fc.property(
        line,
        fc.array(line, { maxLength: 3 }),
        fc.option(line, { nil: null }),
        fc.option(
          fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')),
          { nil: null },
        ),
        (name, tags, company, notes) => {
          const card = parse(
            personVCard({ ...ANN, name, tags, company, location: company, notes }),
          );
          expect(card.getFirstPropertyValue('fn')).toBe(name);
          expect(card.getFirstProperty('categories')?.getValues() ?? []).toEqual(tags);
          expect(card.getFirstPropertyValue('org')).toBe(company);
          expect(card.getFirstProperty('adr')?.getParameter('label') ?? null).toBe(company);
          expect(card.getFirstPropertyValue('note')).toBe(notes);
        },
      ),
    );
  });
});
