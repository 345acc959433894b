import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const email = z
  .string({ error: 'E-mail is required' })
  .trim()
  .toLowerCase()
  .min(1, 'E-mail is required')
  .max(254, 'E-mail must be at most 254 characters')
  .pipe(z.email('Enter a valid e-mail address'));

const newPassword = z
  .string({ error: 'Password is required' })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters`);

// Checking a password never reveals the rules, only whether it matches.
const anyPassword = z
  .string({ error: 'Password is required' })
  .min(1, 'Password is required')
  .max(MAX_PASSWORD_LENGTH, 'Wrong e-mail or password');

const signUpSchema = z
  .object({
    email,
    password: newPassword,
    name: z
      .string()
      .trim()
      .max(100, 'Name must be at most 100 characters')
      .nullish()
      .transform((value) => value || null),
  })
  .refine((value) => value.password.toLowerCase() !== value.email, {
    path: ['password'],
    message: 'Choose a password that is not your e-mail address',
  });

const signInSchema = z.object({ email, password: anyPassword });

const changePasswordSchema = z
  .object({ currentPassword: anyPassword, newPassword })
  .refine((value) => value.currentPassword !== value.newPassword, {
    path: ['newPassword'],
    message: 'Choose a password different from the current one',
  });

const deleteAccountSchema = z.object({ password: anyPassword, confirmEmail: email });

export type SignUpInput = z.output<typeof signUpSchema>;
export type SignInInput = z.output<typeof signInSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
export type DeleteAccountInput = z.output<typeof deleteAccountSchema>;

export const parseSignUpInput = (input: unknown): SignUpInput => parseInput(signUpSchema, input);
export const parseSignInInput = (input: unknown): SignInInput => parseInput(signInSchema, input);
export const parseChangePasswordInput = (input: unknown): ChangePasswordInput =>
  parseInput(changePasswordSchema, input);
export const parseDeleteAccountInput = (input: unknown): DeleteAccountInput =>
  parseInput(deleteAccountSchema, input);
