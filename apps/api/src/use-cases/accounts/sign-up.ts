import type { Db } from '@tend/db';
import { accounts } from '@tend/db';
import { invalid, parseSignUpInput } from '@tend/domain';
import { asc, isNotNull, isNull, sql } from 'drizzle-orm';
import { SignUpClosedError } from './auth-errors.ts';
import { hashPassword } from './passwords.ts';

// Serialises sign-ups, so two first visitors cannot both become the owner.
const SIGN_UP_LOCK_KEY = 727_002;

/**
 * The first sign-up makes the owner: it claims the local account that holds whatever was
 * entered before sign-in existed. Later sign-ups make new, empty accounts.
 */
export const signUp = async (
  db: Db,
  rawInput: unknown,
  options: { allowSignUp: boolean; timezone?: string | undefined },
) => {
  const input = parseSignUpInput(rawInput);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SIGN_UP_LOCK_KEY})`);
    const [owner] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(isNotNull(accounts.passwordHash))
      .limit(1);
    // Checked first: a closed server does not tell strangers which e-mails have an account.
    if (owner && !options.allowSignUp) throw new SignUpClosedError();
    const [taken] = await tx
      .select({ id: accounts.id })
      .from(accounts)
      .where(sql`lower(${accounts.email}) = ${input.email}`);
    if (taken) {
      throw invalid([{ path: ['email'], message: 'An account with this e-mail already exists' }]);
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
          .set({ ...credentials, name: input.name ?? local.name })
          .where(sql`${accounts.id} = ${local.id}`)
          .returning()
      : await tx
          .insert(accounts)
          .values({
            ...credentials,
            name: input.name ?? input.email,
            timezone: options.timezone ?? 'UTC',
          })
          .returning();
    if (!account) throw new Error('Sign-up wrote no account');
    return account;
  });
};
