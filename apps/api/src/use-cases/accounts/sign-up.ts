import type { Db } from '@tend/db';
import { accounts } from '@tend/db';
import { parseSignUpInput } from '@tend/domain';
import { asc, isNull, sql } from 'drizzle-orm';
import { EmailTakenError, SetupCodeError, SignUpClosedError } from './auth-errors.ts';
import { hasOwner } from './has-owner.ts';
import { hashPassword } from './passwords.ts';
import { setupCodeMatches } from './setup-code.ts';

// Serialises sign-ups, so two first visitors cannot both become the owner.
const SIGN_UP_LOCK_KEY = 727_002;

/** The request's `setupCode`, when it carries one worth comparing. */
const setupCodeOf = (rawInput: unknown): string | undefined => {
  const code = (rawInput as { setupCode?: unknown } | null)?.setupCode;
  return typeof code === 'string' && code.trim() !== '' ? code : undefined;
};

type SignUpOptions = {
  allowSignUp: boolean;
  /** Unset: this server cannot create its owner (it found one at start). */
  setupCode: string | undefined;
};

/** Refuses a sign-up the server's state does not allow; `owner`: whether one exists. */
const checkAllowed = (owner: boolean, setupCode: string | undefined, options: SignUpOptions) => {
  if (owner) {
    // Checked first: a closed server does not tell strangers which e-mails have an account.
    if (!options.allowSignUp) throw new SignUpClosedError();
    // Said plainly, so whoever reuses the link does not take a plain account for the owner's.
    if (setupCode !== undefined) throw new SetupCodeError('spent');
  } else if (setupCode === undefined) {
    throw new SetupCodeError('missing');
  } else if (!setupCodeMatches(options.setupCode, setupCode)) {
    throw new SetupCodeError('wrong');
  }
};

/**
 * The first sign-up makes the owner, and only with the server's one-time setup code: it claims
 * the local account that holds whatever was entered before sign-in existed. Later sign-ups make
 * new, empty accounts and need no code.
 */
export const signUp = async (db: Db, rawInput: unknown, options: SignUpOptions) => {
  const input = parseSignUpInput(rawInput);
  const setupCode = setupCodeOf(rawInput);
  // Checked once before hashing too, so a refused sign-up (a guessed code) costs no hash.
  checkAllowed(await hasOwner(db), setupCode, options);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SIGN_UP_LOCK_KEY})`);
    // Again under the lock: the owner may have been made while the password was hashed.
    const owner = await hasOwner(tx);
    checkAllowed(owner, setupCode, options);
    const [taken] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(sql`lower(${accounts.email}) = ${input.email}`);
    if (taken) {
      throw new EmailTakenError();
    }
    const credentials = { email: input.email, passwordHash, isOwner: !owner };
    const [local] = owner
      ? []
      : await tx
          .select()
          .from(accounts)
          .where(isNull(accounts.passwordHash))
          .orderBy(asc(accounts.createdAt))
          .limit(1);
    const [account] = local
      ? await tx
          .update(accounts)
          .set({
            ...credentials,
            name: input.name ?? local.name,
            // The browser's zone replaces the server's, unless the account was in use already.
            timezone: (local.onboardedAt === null && input.timezone) || local.timezone,
          })
          .where(sql`${accounts.id} = ${local.id}`)
          .returning()
      : await tx
          .insert(accounts)
          .values({
            ...credentials,
            name: input.name ?? input.email,
            timezone: input.timezone ?? 'UTC',
          })
          .returning();
    if (!account) throw new Error('Sign-up wrote no account');
    return account;
  });
};
