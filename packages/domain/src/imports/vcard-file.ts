import ICAL from 'ical.js';
import {
  emptyCandidate,
  type ImportCandidate,
  isSpreadsheetFormula,
  oneLine,
  textOrNull,
} from './import-candidate.ts';
import { ImportFileError } from './import-file.ts';

type Card = { lines: string[]; complete: boolean };

/** The cards of a file, each its lines between BEGIN:VCARD and END:VCARD. */
const splitCards = (text: string): Card[] => {
  const cards: Card[] = [];
  let open: Card | null = null;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (/^BEGIN:VCARD\s*$/i.test(line)) {
      if (open) cards.push(open);
      open = { lines: [], complete: false };
    } else if (/^END:VCARD\s*$/i.test(line) && open) {
      cards.push({ lines: open.lines, complete: true });
      open = null;
    } else if (open) {
      open.lines.push(line);
    }
  }
  if (open) cards.push(open);
  return cards;
};

/** Splits at `separator` outside double quotes. */
const splitOutsideQuotes = (text: string, separator: string): string[] => {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    if (character === separator && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
};

const ENCODINGS = /^(quoted-printable|base64|b|8bit|7bit)$/i;
/** Photos, logos, sounds and keys are never imported: left out before parsing. */
const MEDIA = /^([\w-]+\.)?(photo|logo|sound|key)$/i;
/** Text properties whose values are not split at ";". */
const PLAIN_TEXT = /^([\w-]+\.)?(fn|note|title|role|email|categories|nickname)$/i;

/**
 * ical.js leaves "\;" escaped in unstructured text values (and reads "\\;" the same way), so an
 * escaped semicolon becomes a bare one before parsing, which those properties keep as it is.
 */
const unescapeSemicolons = (value: string) =>
  value.replace(/\\(.)/gs, (sequence, character: string) => (character === ';' ? ';' : sequence));

/** Folded lines joined, first, so that an escape is never apart from its character. */
const unfold = (lines: string[]): string[] => {
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && out.length > 0) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
};

/**
 * vCard 2.1 habits that phones and Outlook still write, which ical.js (vCard 3.0 and 4.0) does
 * not read: parameters without a name ("TEL;CELL:"), quoted-printable values broken over lines
 * with a trailing "=", blank lines. Each becomes its 3.0 form before ical.js parses the card.
 */
const asVcard3 = (folded: string[]): string[] => {
  const out: string[] = [];
  const lines = unfold(folded);
  let skippingMedia = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') continue;
    // A photo's base64 lines (in 2.1 not always indented) hold no colon.
    if (skippingMedia && !line.includes(':')) continue;
    const colon = splitOutsideQuotes(line, ':')[0]?.length ?? line.length;
    const [name = '', ...params] = splitOutsideQuotes(line.slice(0, colon), ';');
    skippingMedia = MEDIA.test(name);
    if (skippingMedia) continue;
    const named = params.map((param) =>
      param.includes('=') ? param : `${ENCODINGS.test(param) ? 'ENCODING' : 'TYPE'}=${param}`,
    );
    const quotedPrintable = named.some((param) => /^encoding=quoted-printable$/i.test(param));
    let value = line.slice(colon);
    while (quotedPrintable && value.endsWith('=') && index + 1 < lines.length) {
      index += 1;
      value = value.slice(0, -1) + (lines[index] ?? '');
    }
    const text = PLAIN_TEXT.test(name) && !quotedPrintable ? unescapeSemicolons(value) : value;
    out.push([name, ...named].join(';') + text);
  }
  return out;
};

/** Quoted-printable text ("Caf=C3=A9") as the characters its bytes are in `charset`. */
export const decodeQuotedPrintable = (text: string, charset = 'utf-8'): string => {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let index = 0; index < text.length; index += 1) {
    const hex = text.slice(index + 1, index + 3);
    if (text[index] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...encoder.encode(text[index]));
    }
  }
  return decoderFor(charset).decode(new Uint8Array(bytes));
};

/** A decoder for the charset a property names; an unknown one reads as UTF-8. */
const decoderFor = (charset: string) => {
  try {
    return new TextDecoder(charset);
  } catch {
    return new TextDecoder('utf-8');
  }
};

type Property = InstanceType<typeof ICAL.Property>;

const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap(asStrings) : typeof value === 'string' ? [value] : [];

/** A property's values, each a string, with quoted-printable decoded. */
const valuesOf = (property: Property): string[][] => {
  const encoding = property.getParameter('encoding');
  const charset = property.getParameter('charset');
  const quotedPrintable = asStrings(encoding).some((e) => /^quoted-printable$/i.test(e));
  return property.getValues().map((value) =>
    (Array.isArray(value) ? value : [value]).map((part) => {
      const text = asStrings(part).join(',');
      return quotedPrintable ? decodeQuotedPrintable(text, asStrings(charset)[0]) : text;
    }),
  );
};

const typesOf = (property: Property) =>
  asStrings(property.getParameter('type')).map((type) => type.toLowerCase());

const cardCandidate = (card: Card, number: number): ImportCandidate => {
  const candidate = emptyCandidate();
  if (!card.complete) {
    candidate.unreadable = `Card ${number} has no END:VCARD line: the file may be cut short.`;
    return candidate;
  }
  let component: InstanceType<typeof ICAL.Component>;
  try {
    const text = ['BEGIN:VCARD', ...asVcard3(card.lines), 'END:VCARD'].join('\r\n');
    component = new ICAL.Component(ICAL.parse(text) as unknown[]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    candidate.unreadable = `Card ${number} could not be read: ${reason}`;
    return candidate;
  }
  const all = (name: string) =>
    component.getAllProperties(name).map((property) => ({ property, values: valuesOf(property) }));
  const first = (name: string) => all(name)[0]?.values[0] ?? [];
  const checked = (name: string, text: string) => {
    if (isSpreadsheetFormula(text)) {
      candidate.formulas.push({ where: `the property ${name.toUpperCase()}`, text: text.trim() });
    }
    return text;
  };
  const oneOf = (name: string, parts: string[]) =>
    textOrNull(oneLine(checked(name, parts.filter((part) => part.trim() !== '').join(' '))));

  // N is family; given; additional; prefixes; suffixes.
  const [family = '', given = '', additional = ''] = first('n');
  candidate.name = oneOf('fn', first('fn')) ?? oneOf('n', [given, additional, family]);
  candidate.emails = all('email')
    .flatMap(({ values }) => values.map((parts) => oneLine(parts.join(''))))
    .filter((email) => email !== '')
    .map((email) => checked('email', email.replace(/^mailto:/i, '')));
  candidate.phones = all('tel')
    .filter(({ property }) => !typesOf(property).some((type) => type === 'fax' || type === 'pager'))
    .flatMap(({ values }) => values.map((parts) => oneLine(parts.join(''))))
    .filter((phone) => phone !== '')
    .map((phone) => checked('tel', phone.replace(/^tel:/i, '')));
  candidate.company = oneOf('org', first('org').slice(0, 1));
  candidate.role = oneOf('title', first('title')) ?? oneOf('role', first('role'));
  // ADR is PO box; extended; street; locality; region; postal code; country.
  const address = first('adr');
  candidate.location = textOrNull(
    checked(
      'adr',
      [address[3], address[6] || address[4]]
        .map((part) => oneLine(part ?? ''))
        .filter(Boolean)
        .join(', '),
    ),
  );
  candidate.notes = textOrNull(
    all('note')
      .flatMap(({ values }) => values.map((parts) => checked('note', parts.join(','))))
      .join('\n\n')
      .replace(/\r\n?/g, '\n'),
  );
  candidate.tags = all('categories')
    .flatMap(({ values }) => values.flat())
    .map((tag) => oneLine(checked('categories', tag)))
    .filter((tag) => tag !== '');
  return candidate;
};

/**
 * The contacts of a vCard file (3.0 or 4.0, many cards), read with ical.js; a card that cannot
 * be read is one contact that says why. Photos, logos and sounds are not read.
 */
export const readVcards = (text: string): ImportCandidate[] => {
  const cards = splitCards(text);
  if (cards.length === 0) {
    throw new ImportFileError(
      'NO_CONTACTS',
      'The file has no contacts: it has no BEGIN:VCARD line, so it is not a vCard file.',
    );
  }
  return cards.map((card, index) => cardCandidate(card, index + 1));
};
