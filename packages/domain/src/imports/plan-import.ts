import { parseCreatePersonInput, personEmailSchema } from '../people/person-input.ts';
import { ValidationError } from '../shared/domain-error.ts';
import type { ImportCandidate } from './import-candidate.ts';
import {
  type FieldChange,
  foldText,
  type ImportPerson,
  mergeChanges,
  mergeProblems,
} from './merge-person.ts';

export const IMPORT_ACTIONS = ['CREATE', 'MERGE', 'REJECT'] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const MATCH_KINDS = ['EMAIL', 'NAME_AND_COMPANY'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export type ExistingPerson = ImportPerson & { id: string };

/** One contact of the file and what importing it would do. */
export type PlannedRow = {
  /** Its row (CSV, after the header) or card (vCard) in the file, from 1. */
  number: number;
  action: ImportAction;
  /** Why it is rejected; empty otherwise. */
  reasons: string[];
  /** The person as they would be saved; a rejected row's fields as they were read. */
  person: ImportPerson;
  /** The existing person a MERGE goes into, and how they were matched. */
  mergeInto: string | null;
  matchedBy: MatchKind | null;
  changes: FieldChange[];
};

export type ImportCounts = Record<ImportAction, number>;

/** Long cells are cut in messages, so a reason stays one readable line. */
const quoted = (text: string) => `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;

const asRead = (candidate: ImportCandidate): ImportPerson => ({
  name: candidate.name ?? '',
  emails: candidate.emails,
  phones: candidate.phones,
  company: candidate.company,
  role: candidate.role,
  profession: candidate.profession,
  location: candidate.location,
  notes: candidate.notes,
  tags: candidate.tags,
});

/**
 * A contact as the person it would make, checked by the rules a person typed in is checked by,
 * or the reasons it cannot be imported.
 */
export const checkCandidate = (
  candidate: ImportCandidate,
): { person: ImportPerson; reasons: string[] } => {
  const read = asRead(candidate);
  if (candidate.unreadable) return { person: read, reasons: [candidate.unreadable] };
  const reasons = candidate.formulas.map(
    ({ where, text }) =>
      `${where.charAt(0).toUpperCase()}${where.slice(1)} holds a spreadsheet formula (${quoted(text)}); formulas are not imported`,
  );
  if (!candidate.name) reasons.push('No name');
  for (const email of candidate.emails) {
    if (!personEmailSchema.safeParse(email).success) {
      reasons.push(`Malformed e-mail address ${quoted(email)}`);
    }
  }
  if (reasons.length > 0) return { person: read, reasons };
  try {
    const {
      originKind: _,
      originGroupId,
      originPersonId,
      originNote,
      ...person
    } = parseCreatePersonInput(read);
    return { person, reasons: [] };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { person: read, reasons: [...new Set(error.issues.map((issue) => issue.message))] };
  }
};

/** People are the same by name and company when both match, ignoring case and spacing. */
const nameCompanyKey = (person: { name: string; company: string | null }) =>
  `${foldText(person.name)}\u0000${foldText(person.company ?? '')}`;

const emailKey = (email: string) => email.trim().toLowerCase();

/**
 * What importing each contact would do: CREATE a person, MERGE into an existing one (matched
 * by an e-mail address first, then by name and company), or REJECT it with the reasons. A
 * contact that repeats an earlier one in the file (an e-mail, the name and company, or the
 * person they merge into) is rejected as a duplicate of that row.
 */
export const planImport = (
  candidates: readonly ImportCandidate[],
  existing: readonly ExistingPerson[],
): PlannedRow[] => {
  const byEmail = new Map<string, ExistingPerson>();
  const byNameCompany = new Map<string, ExistingPerson>();
  for (const person of existing) {
    for (const email of person.emails) {
      if (!byEmail.has(emailKey(email))) byEmail.set(emailKey(email), person);
    }
    const key = nameCompanyKey(person);
    if (!byNameCompany.has(key)) byNameCompany.set(key, person);
  }
  const seenEmails = new Map<string, number>();
  const seenNames = new Map<string, number>();
  const seenTargets = new Map<string, number>();

  return candidates.map((candidate, index): PlannedRow => {
    const number = index + 1;
    const { person, reasons } = checkCandidate(candidate);
    const row: PlannedRow = {
      number,
      action: 'REJECT',
      reasons,
      person,
      mergeInto: null,
      matchedBy: null,
      changes: [],
    };
    if (reasons.length > 0) return row;

    const emails = person.emails.map(emailKey);
    const repeatedEmail = emails.find((email) => seenEmails.has(email));
    const nameKey = nameCompanyKey(person);
    const emailMatch = emails.map((email) => byEmail.get(email)).find(Boolean);
    const match = emailMatch ?? byNameCompany.get(nameKey);
    const duplicate =
      repeatedEmail !== undefined
        ? `Duplicate of row ${seenEmails.get(repeatedEmail)} in this file (the same e-mail address ${repeatedEmail})`
        : seenNames.has(nameKey)
          ? `Duplicate of row ${seenNames.get(nameKey)} in this file (the same name and company)`
          : match && seenTargets.has(match.id)
            ? `Duplicate of row ${seenTargets.get(match.id)} in this file (both match ${match.name})`
            : null;
    if (duplicate) return { ...row, reasons: [duplicate] };
    for (const email of emails) seenEmails.set(email, number);
    seenNames.set(nameKey, number);
    if (!match) return { ...row, action: 'CREATE' };

    seenTargets.set(match.id, number);
    const changes = mergeChanges(match, person);
    const problems = mergeProblems(match, changes);
    if (problems.length > 0) return { ...row, reasons: problems };
    return {
      ...row,
      action: 'MERGE',
      mergeInto: match.id,
      matchedBy: emailMatch ? 'EMAIL' : 'NAME_AND_COMPANY',
      changes,
    };
  });
};

export const countActions = (rows: readonly Pick<PlannedRow, 'action'>[]): ImportCounts => {
  const counts: ImportCounts = { CREATE: 0, MERGE: 0, REJECT: 0 };
  for (const row of rows) counts[row.action] += 1;
  return counts;
};
