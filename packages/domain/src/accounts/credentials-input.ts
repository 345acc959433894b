import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { singleLineText } from '../shared/text-rules.ts';
import { canonicalTimeZone } from '../shared/time-zone.ts';
import { isCommonPassword } from './common-passwords.ts';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const email = z
  .string({ error: 'E-mail is required' })
  .trim()
  .toLowerCase()
  .min(1, 'E-mail is required')
  .max(254, 'E-mail must be at most 254 characters')
  .pipe(z.email('Enter a valid e-mail address'));

const EMPTY_PASSWORD_MESSAGE = 'Enter a password';

const newPassword = z
  .string({ error: EMPTY_PASSWORD_MESSAGE })
  // Alone: "Use at least 10 characters" says nothing useful about a field left empty.
  .min(1, { error: EMPTY_PASSWORD_MESSAGE, abort: true })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`);

// Checking a password never reveals the rules, only whether it matches.
const anyPassword = z
  .string({ error: EMPTY_PASSWORD_MESSAGE })
  .min(1, EMPTY_PASSWORD_MESSAGE)
  .max(MAX_PASSWORD_LENGTH, 'Wrong e-mail or password');

/**
 * The rules a new password meets, on sign-up and on change alike: what is wrong with it, or
 * null. `email` is the account's.
 */
const newPasswordProblem = (password: string, email: string | null): string | null => {
  // The length rule has said what is wrong already.
  if (password.length < MIN_PASSWORD_LENGTH) return null;
  if (email !== null && password.toLowerCase() === email.toLowerCase()) {
    return 'Choose a password that is not your e-mail address';
  }
  if (isCommonPassword(password)) {
    return 'This password is one of the most common: choose one that is harder to guess';
  }
  return null;
};

const refineNewPassword =
  <T>(pick: (value: T) => { password: string; email: string | null }, path: string) =>
  (value: T, context: z.RefinementCtx) => {
    const { password, email } = pick(value);
    const problem = newPasswordProblem(password, email);
    if (problem) context.addIssue({ code: 'custom', path: [path], message: problem });
  };

const signUpSchema = z
  .object({
    email,
    password: newPassword,
    name: singleLineText(z.string().trim().max(100, 'Name must be at most 100 characters'))
      .nullish()
      .transform((value) => value || null),
    // The browser's zone, sent by the form, not typed: one this server does not know is as
    // none (null, for the server's default), rather than a refused sign-up.
    timezone: z
      .string()
      .nullish()
      .catch(null)
      .transform((value) => (value ? canonicalTimeZone(value) : null)),
  })
  .superRefine(
    refineNewPassword((value) => ({ password: value.password, email: value.email }), 'password'),
  );

const signInSchema = z.object({ email, password: anyPassword });

/** The account's e-mail is known to the server, not sent: the same rules apply as on sign-up. */
const changePasswordSchema = (accountEmail: string | null) =>
  z
    .object({ currentPassword: anyPassword, newPassword })
    .refine((value) => value.currentPassword !== value.newPassword, {
      path: ['newPassword'],
      message: 'Choose a password different from the current one',
    })
    .superRefine(
      refineNewPassword(
        (value) => ({ password: value.newPassword, email: accountEmail }),
        'newPassword',
      ),
    );

const deleteAccountSchema = z.object({ password: anyPassword, confirmEmail: email });

export type SignUpInput = z.output<typeof signUpSchema>;
export type SignInInput = z.output<typeof signInSchema>;
export type ChangePasswordInput = z.output<ReturnType<typeof changePasswordSchema>>;
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;

export const parseSignUpInput = (input: unknown): SignUpInput => parseInput(signUpSchema, input);
export const parseSignInInput = (input: unknown): SignInInput => parseInput(signInSchema, input);
export const parseChangePasswordInput = (
  input: unknown,
  accountEmail: string | null,
): ChangePasswordInput => parseInput(changePasswordSchema(accountEmail), input);
export const parseDeleteAccountInput = (input: unknown): DeleteAccountInput =>
  parseInput(deleteAccountSchema, input);
