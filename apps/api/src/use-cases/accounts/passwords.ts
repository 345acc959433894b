import { hash, verify } from '@node-rs/argon2';

/** OWASP's minimum for argon2id: 19 MiB of memory, 2 iterations, 1 lane. */
export const ARGON2_OPTIONS = {
  // Algorithm.Argon2id; the library's const enum cannot be read under isolated modules.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const hashPassword = (password: string): Promise<string> => hash(password, ARGON2_OPTIONS);

// Checked against when the e-mail is unknown, so a wrong e-mail takes as long as a wrong password.
const DUMMY_HASH = hash('not a real password', ARGON2_OPTIONS);

export const verifyPassword = async (passwordHash: string | null, password: string) =>
  passwordHash
    ? verify(passwordHash, password)
    : verify(await DUMMY_HASH, password).then(() => false);
