import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

// Crockford's base32: no I, L, O or U, so a code read off a screen is typed back right.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;

/** A one-time code for creating the owner account: 16 random base32 characters, 80 bits. */
export const generateSetupCode = (): string =>
  Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(''),
  ).join('-');

/** The code as meant: case, spaces and dashes aside, O read as 0, and I and L as 1. */
export const normaliseSetupCode = (code: string): string =>
  code
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');

const digest = (code: string) => createHash('sha256').update(normaliseSetupCode(code)).digest();

/** Compared as hashes of equal length in constant time, so timing tells nothing of the code. */
export const setupCodeMatches = (expected: string | undefined, given: string): boolean =>
  expected !== undefined && timingSafeEqual(digest(expected), digest(given));
