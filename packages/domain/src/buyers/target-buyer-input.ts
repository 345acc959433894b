import { z } from 'zod';
import { parseInput } from '../shared/parse-input.ts';
import { multiLineText, singleLineText } from '../shared/text-rules.ts';

export const MAX_TARGET_BUYER_NAME_LENGTH = 200;
export const MAX_TARGET_BUYER_LIST_ITEMS = 20;
export const MAX_TARGET_BUYER_ITEM_LENGTH = 100;
export const MAX_TARGET_BUYER_NOTES_LENGTH = 10_000;
export const MAX_COMPANY_SIZE = 10_000_000;

/** Stored composed (NFC), like person text, so the same words compare and show alike. */
const trimmed = (error?: string) =>
  z
    .string(error ? { error } : undefined)
    .trim()
    .normalize('NFC');

/** Short one-line entries (roles, industries, regions): blanks dropped, each kept once. */
const list = (label: string, singular: string) =>
  z
    .array(
      singleLineText(
        trimmed().max(
          MAX_TARGET_BUYER_ITEM_LENGTH,
          `${singular} must be at most ${MAX_TARGET_BUYER_ITEM_LENGTH} characters`,
        ),
      ),
    )
    .max(MAX_TARGET_BUYER_LIST_ITEMS, `At most ${MAX_TARGET_BUYER_LIST_ITEMS} ${label}`)
    .nullish()
    .transform((items) => [...new Set((items ?? []).filter((item) => item.length > 0))]);

const companySize = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .int(`${label} must be a whole number`)
    .min(1, `${label} must be at least 1`)
    .max(MAX_COMPANY_SIZE, `${label} must be at most ${MAX_COMPANY_SIZE.toLocaleString('en')}`)
    .nullish()
    .transform((size) => size ?? null);

const targetBuyerSchema = z
  .object({
    name: singleLineText(
      trimmed('Name is required')
        .min(1, 'Name is required')
        .max(
          MAX_TARGET_BUYER_NAME_LENGTH,
          `Name must be at most ${MAX_TARGET_BUYER_NAME_LENGTH} characters`,
        ),
    ),
    roles: list('roles', 'Roles'),
    industries: list('industries', 'Industries'),
    companySizeMin: companySize('Smallest company size'),
    companySizeMax: companySize('Largest company size'),
    regions: list('regions', 'Regions'),
    notes: multiLineText(
      trimmed().max(
        MAX_TARGET_BUYER_NOTES_LENGTH,
        `Notes must be at most ${MAX_TARGET_BUYER_NOTES_LENGTH} characters`,
      ),
    )
      .nullish()
      .transform((notes) => notes || null),
  })
  .superRefine((value, ctx) => {
    if (
      value.companySizeMin !== null &&
      value.companySizeMax !== null &&
      value.companySizeMin > value.companySizeMax
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['companySizeMax'],
        message: 'Largest company size must be at least the smallest',
      });
    }
  });

export type TargetBuyerInput = z.output<typeof targetBuyerSchema>;

/**
 * A target buyer profile's details, whole: creating and editing both send every field, so the
 * size range is always checked as a pair.
 */
export const parseTargetBuyerInput = (input: unknown): TargetBuyerInput =>
  parseInput(targetBuyerSchema, input);
