// zxcvbn-ts's list of the most used passwords (from leaked sets), pinned by version: plain data.
import passwords from '@zxcvbn-ts/language-common/src/passwords.json' with { type: 'json' };

// Case does not make a common password rare.
const COMMON = new Set((passwords as string[]).map((p) => p.toLowerCase()));

/** Whether the password is one of the ~49,000 most common, whatever its capitals. */
export const isCommonPassword = (password: string): boolean => COMMON.has(password.toLowerCase());
