/**
 * One contact as read from a file, before it is checked: CSV cells or vCard properties put into
 * a person's fields. Nothing else of the file is kept.
 */
export type ImportCandidate = {
  name: string | null;
  emails: string[];
  phones: string[];
  company: string | null;
  role: string | null;
  profession: string | null;
  location: string | null;
  notes: string | null;
  tags: string[];
  /** Where in the file a spreadsheet formula was found (a column or a property), and its text. */
  formulas: { where: string; text: string }[];
  /** Why the contact could not be read at all (a broken vCard), or null. */
  unreadable: string | null;
};

export const emptyCandidate = (): ImportCandidate => ({
  name: null,
  emails: [],
  phones: [],
  company: null,
  role: null,
  profession: null,
  location: null,
  notes: null,
  tags: [],
  formulas: [],
  unreadable: null,
});

/**
 * Whether a cell would run as a formula in a spreadsheet: it starts with "=", or with "+", "-"
 * or "@" and a function call or a DDE link ("-cmd|…!A1"). A phone number such as "+44 20 …"
 * is not one.
 */
export const isSpreadsheetFormula = (cell: string): boolean => {
  const text = cell.trimStart();
  if (text.startsWith('=')) return true;
  return /^[+\-@]\s*([A-Za-z_][\w.]*\s*\(|.*\|.*!)/.test(text);
};

/** One line: every run of spaces, tabs and line breaks becomes one space. */
export const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The text, or null when blank. */
export const textOrNull = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** Google joins several values in one cell with " ::: "; other exports use ";" or ",". */
const splitList = (text: string, separators: RegExp): string[] =>
  text
    .split(separators)
    .map(oneLine)
    .filter((item) => item !== '');

export const splitEmails = (text: string): string[] => splitList(text, /:::|[;,]/);
export const splitPhones = (text: string): string[] => splitList(text, /:::|;/);
/** Google's own labels ("* myContacts", "* starred") are not the user's tags. */
export const splitTags = (text: string): string[] =>
  splitList(text, /:::|[;,]/).filter((tag) => !tag.startsWith('* '));
