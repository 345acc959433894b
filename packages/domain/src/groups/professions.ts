/**
 * A profession as compared: trimmed, NFC, spaces collapsed, lower case, so "Accountant " and
 * "accountant" are one profession in the competitor, power-partner and one-per-profession checks.
 */
export const professionKey = (profession: string): string =>
  profession.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

export type MyProfessions = {
  profession: string | null;
  competitorProfessions: readonly string[];
  powerPartnerProfessions: readonly string[];
};

export type MemberRole = 'COMPETITOR' | 'POWER_PARTNER';

/**
 * What a member is to me by their profession: a competitor (my own profession or one I listed as
 * competing), a power partner (one I listed as serving my clients), or neither (null).
 */
export const memberRole = (profession: string | null, mine: MyProfessions): MemberRole | null => {
  if (isProfessionIn(profession, [mine.profession, ...mine.competitorProfessions])) {
    return 'COMPETITOR';
  }
  return isProfessionIn(profession, mine.powerPartnerProfessions) ? 'POWER_PARTNER' : null;
};

/** Whether the profession is one of the list's, as compared by `professionKey`; null is none. */
export const isProfessionIn = (
  profession: string | null,
  list: readonly (string | null)[],
): boolean => {
  if (profession === null || professionKey(profession) === '') return false;
  const key = professionKey(profession);
  return list.some((other) => other !== null && professionKey(other) === key);
};
