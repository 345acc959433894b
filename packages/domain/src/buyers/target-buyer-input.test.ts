import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type FieldIssue, ValidationError } from '../shared/domain-error.ts';
import {
  MAX_COMPANY_SIZE,
  MAX_TARGET_BUYER_ITEM_LENGTH,
  MAX_TARGET_BUYER_LIST_ITEMS,
  MAX_TARGET_BUYER_NAME_LENGTH,
  MAX_TARGET_BUYER_NOTES_LENGTH,
  parseTargetBuyerInput,
} from './target-buyer-input.ts';

const issuesOf = (input: unknown): FieldIssue[] => {
  try {
    parseTargetBuyerInput(input);
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('Expected a ValidationError, but the input was accepted');
};

const pathsOf = (input: unknown) => issuesOf(input).map((issue) => issue.path.join('.'));

describe('parseTargetBuyerInput', () => {
  it('trims, composes (NFC), drops blanks and duplicates, and defaults the rest', () => {
    expect(
      parseTargetBuyerInput({
        name: '  CFOs of 50–500 person B2B firms ',
        roles: [' CFO ', 'CFO', '', 'Finance Director'],
        industries: ['Cafe\u0301', 'Café'],
        companySizeMin: 50,
        companySizeMax: 500,
        notes: '  ',
      }),
    ).toEqual({
      name: 'CFOs of 50–500 person B2B firms',
      roles: ['CFO', 'Finance Director'],
      industries: ['Café'],
      companySizeMin: 50,
      companySizeMax: 500,
      regions: [],
      notes: null,
    });
  });

  it('accepts an open range and equal bounds', () => {
    expect(parseTargetBuyerInput({ name: 'A', companySizeMin: 10 })).toMatchObject({
      companySizeMin: 10,
      companySizeMax: null,
    });
    expect(
      parseTargetBuyerInput({ name: 'A', companySizeMin: 7, companySizeMax: 7 }),
    ).toMatchObject({ companySizeMin: 7, companySizeMax: 7 });
  });

  it.each([
    [{}, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(10_000) }, 'name'],
    [{ name: 'A\nB' }, 'name'],
    [{ name: 'A', notes: 'x'.repeat(MAX_TARGET_BUYER_NOTES_LENGTH + 1) }, 'notes'],
    [{ name: 'A', roles: ['x'.repeat(MAX_TARGET_BUYER_ITEM_LENGTH + 1)] }, 'roles.0'],
    [{ name: 'A', regions: Array.from({ length: 21 }, (_, i) => `r${i}`) }, 'regions'],
    [{ name: 'A', companySizeMin: 0 }, 'companySizeMin'],
    [{ name: 'A', companySizeMin: 2.5 }, 'companySizeMin'],
    [{ name: 'A', companySizeMax: MAX_COMPANY_SIZE + 1 }, 'companySizeMax'],
    [{ name: 'A', companySizeMin: 500, companySizeMax: 50 }, 'companySizeMax'],
  ])('refuses %j at %s', (input, path) => {
    expect(pathsOf(input)).toContain(path);
  });

  it('says the limit in the message', () => {
    expect(issuesOf({ name: 'x'.repeat(201) })[0]?.message).toBe(
      `Name must be at most ${MAX_TARGET_BUYER_NAME_LENGTH} characters`,
    );
    expect(issuesOf({ name: 'A', companySizeMax: 10_000_001 })[0]?.message).toBe(
      'Largest company size must be at most 10,000,000',
    );
  });

  it('keeps any valid profile within the limits, trimmed and deduplicated', () => {
    const item = fc
      .string({ unit: 'grapheme-ascii', minLength: 1, maxLength: MAX_TARGET_BUYER_ITEM_LENGTH })
      .map((s) => s.trim())
      .filter((s) => s.length > 0);
    const size = fc.integer({ min: 1, max: MAX_COMPANY_SIZE });
    fc.assert(
      fc.property(
        item,
        fc.array(item, { maxLength: MAX_TARGET_BUYER_LIST_ITEMS }),
        fc.tuple(size, size),
        (name, roles, [a, b]) => {
          const parsed = parseTargetBuyerInput({
            name: ` ${name} `,
            roles,
            companySizeMin: Math.min(a, b),
            companySizeMax: Math.max(a, b),
          });
          expect(parsed.name).toBe(name);
          expect(parsed.roles).toEqual([...new Set(roles)]);
          expect(parsed.companySizeMin).toBeLessThanOrEqual(parsed.companySizeMax ?? 0);
        },
      ),
    );
  });

  it('refuses every reversed range at the largest size', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: MAX_COMPANY_SIZE }),
        fc.integer({ min: 1, max: MAX_COMPANY_SIZE }),
        (min, gap) => {
          const max = min - 1 - ((gap - 1) % (min - 1));
          expect(pathsOf({ name: 'A', companySizeMin: min, companySizeMax: max })).toEqual([
            'companySizeMax',
          ]);
        },
      ),
    );
  });

  it('never throws anything but a validation error', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        try {
          parseTargetBuyerInput(input);
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
        }
      }),
    );
  });
});
