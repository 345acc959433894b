/**
 * A profession as compared: trimmed, NFC, spaces collapsed, lower case, so "Accountant " and
 * "accountant" are one profession in the competitor, power-partner and one-per-profession checks.
 */
export const professionKey = (profession: string): string =>
  profession.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Whether the profession is one of the list's, as compared by `professionKey`; null is none. */
export const isProfessionIn = (
  profession: string | null,
  list: readonly (string | null)[],
): boolean => {
  if (profession === null || professionKey(profession) === '') return false;
  const key = professionKey(profession);
  return list.some((other) => other !== null && professionKey(other) === key);
};
