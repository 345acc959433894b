import ICAL from 'ical.js';
import type { ExportRow } from './export-document.ts';

type VCardPerson = Pick<
  ExportRow<'people'>,
  | 'id'
  | 'name'
  | 'emails'
  | 'phones'
  | 'company'
  | 'role'
  | 'profession'
  | 'location'
  | 'notes'
  | 'tags'
  | 'updatedAt'
>;

/** ical.js takes REV to the second (2026-11-20T10:00:00Z) and writes it 20261120T100000Z. */
const FRACTION = /\.\d+/;

/** vCard escapes only \n: a carriage return (notes typed on Windows) would break the line. */
const lineBreaks = (text: string) => text.replace(/\r\n?/g, '\n');

/**
 * A person as a vCard 4.0 (RFC 6350), written by ical.js, which escapes and folds the lines:
 * the name (FN), e-mails, phones, company (ORG), role (TITLE), profession (ROLE), location (the
 * address's LABEL), notes, tags (CATEGORIES), the person's id (UID) and last change (REV).
 */
export const personVCard = (person: VCardPerson): string => {
  const card = new ICAL.Component('vcard');
  /** A structured value (ORG, ADR) is given as a list of its components, each escaped. */
  const add = (name: string, value: string | string[], parameters: Record<string, string> = {}) => {
    const property = new ICAL.Property(name, card);
    property.setValue(Array.isArray(value) ? value.map(lineBreaks) : lineBreaks(value));
    for (const [key, parameter] of Object.entries(parameters))
      property.setParameter(key, parameter);
    card.addProperty(property);
  };
  add('version', '4.0');
  add('kind', 'individual');
  add('fn', person.name);
  for (const email of person.emails) add('email', email);
  // As typed, not a tel: URI: the stored number is free text such as "+44 20 7946 0000".
  for (const phone of person.phones) add('tel', phone, { value: 'text' });
  if (person.company) add('org', [person.company]);
  if (person.role) add('title', person.role);
  if (person.profession) add('role', person.profession);
  // Free text, not a structured address: the address's label, its components left empty.
  if (person.location) add('adr', ['', '', '', '', '', '', ''], { label: person.location });
  if (person.notes) add('note', person.notes);
  if (person.tags.length > 0) {
    const categories = new ICAL.Property('categories', card);
    categories.setValues(person.tags.map(lineBreaks));
    card.addProperty(categories);
  }
  add('uid', `urn:uuid:${person.id}`);
  add('rev', person.updatedAt.replace(FRACTION, ''));
  return `${card.toString()}\r\n`;
};
