import { MAX_LIST_ITEMS } from '../people/person-input.ts';

/** A person's fields an import reads and writes. */
export type ImportPerson = {
  name: string;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  profession: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
};

export const LIST_FIELDS = ['emails', 'phones', 'tags'] as const;
export const TEXT_FIELDS = ['company', 'role', 'profession', 'location', 'notes'] as const;
type ListField = (typeof LIST_FIELDS)[number];
type TextField = (typeof TEXT_FIELDS)[number];
export type MergeField = 'name' | ListField | TextField;

export const FIELD_CHANGE_KINDS = ['ADD', 'FILL', 'KEEP'] as const;

/**
 * What merging a row into a person does to one field: ADD items to a list, FILL an empty
 * field, or KEEP the person's own value where the file has another (never overwritten).
 */
export type FieldChange = {
  field: MergeField;
  kind: (typeof FIELD_CHANGE_KINDS)[number];
  /** The person's value (KEEP), or null. */
  current: string | null;
  /** The file's value (FILL, KEEP), or null. */
  incoming: string | null;
  /** The items added to the list (ADD). */
  added: string[];
};

/** The fields a merge changed, as they were before and as it left them (for undo). */
export type MergeRecord = { before: Partial<ImportPerson>; after: Partial<ImportPerson> };

const LIST_LABELS: Record<ListField, string> = {
  emails: 'e-mail addresses',
  phones: 'phone numbers',
  tags: 'tags',
};

/** Two list items are the same when these keys are: phones by their digits, the rest by case. */
const itemKey = (field: ListField, item: string) =>
  field === 'phones' ? item.replace(/[^\d+]/g, '') : item.toLowerCase();

/** Text as matching compares it: composed, lower case, single spaces. */
export const foldText = (text: string) =>
  text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** Texts that differ only in case and spacing say the same. */
const sameText = (a: string, b: string) => foldText(a) === foldText(b);

/** What merging `incoming` into `current` would change, field by field. */
export const mergeChanges = (current: ImportPerson, incoming: ImportPerson): FieldChange[] => {
  const changes: FieldChange[] = [];
  const change = (field: MergeField, kind: FieldChange['kind'], rest: Partial<FieldChange>) =>
    changes.push({ field, kind, current: null, incoming: null, added: [], ...rest });
  if (!sameText(current.name, incoming.name)) {
    change('name', 'KEEP', { current: current.name, incoming: incoming.name });
  }
  for (const field of LIST_FIELDS) {
    const known = new Set(current[field].map((item) => itemKey(field, item)));
    const added = incoming[field].filter((item) => {
      const key = itemKey(field, item);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    if (added.length > 0) change(field, 'ADD', { added });
  }
  for (const field of TEXT_FIELDS) {
    const mine = current[field];
    const theirs = incoming[field];
    if (theirs === null) continue;
    if (mine === null) change(field, 'FILL', { incoming: theirs });
    else if (!sameText(mine, theirs)) change(field, 'KEEP', { current: mine, incoming: theirs });
  }
  return changes;
};

/** Why a merge cannot be made: a list would grow past what a person may hold. */
export const mergeProblems = (current: ImportPerson, changes: FieldChange[]): string[] =>
  changes.flatMap((change) => {
    if (change.kind !== 'ADD') return [];
    const field = change.field as ListField;
    return current[field].length + change.added.length > MAX_LIST_ITEMS
      ? [`Merging would give ${current.name} more than ${MAX_LIST_ITEMS} ${LIST_LABELS[field]}`]
      : [];
  });

/** The fields a merge writes, before and after. KEEP changes write nothing. */
export const applyMerge = (current: ImportPerson, changes: FieldChange[]): MergeRecord => {
  const before: Partial<ImportPerson> = {};
  const after: Partial<ImportPerson> = {};
  for (const change of changes) {
    if (change.kind === 'ADD') {
      const field = change.field as ListField;
      before[field] = current[field];
      after[field] = [...current[field], ...change.added];
    } else if (change.kind === 'FILL') {
      const field = change.field as TextField;
      before[field] = current[field];
      after[field] = change.incoming;
    }
  }
  return { before, after };
};

/**
 * What undoing a merge writes to the person as they are now: the items it added leave the
 * lists, and a field it filled is emptied again unless it was changed since. Whatever was
 * edited after the import stays.
 */
export const undoMerge = (current: ImportPerson, record: MergeRecord): Partial<ImportPerson> => {
  const undone: Partial<ImportPerson> = {};
  for (const field of LIST_FIELDS) {
    const before = record.before[field];
    const after = record.after[field];
    if (!before || !after) continue;
    const kept = new Set(before.map((item) => itemKey(field, item)));
    const added = new Set(
      after.map((item) => itemKey(field, item)).filter((key) => !kept.has(key)),
    );
    const remaining = current[field].filter((item) => !added.has(itemKey(field, item)));
    if (remaining.length !== current[field].length) undone[field] = remaining;
  }
  for (const field of TEXT_FIELDS) {
    if (!(field in record.after)) continue;
    if (current[field] === record.after[field]) undone[field] = record.before[field] ?? null;
  }
  return undone;
};
