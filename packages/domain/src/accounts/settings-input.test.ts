import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_THRESHOLDS } from '../groups/review-facts.ts';
import { ValidationError } from '../shared/domain-error.ts';
import { issuesOf } from '../shared/issues-of.ts';
import { REVIEW_THRESHOLD_RANGES } from './review-thresholds-input.ts';
import { parseAccountSettingsInput, type StoredSettings } from './settings-input.ts';

const STORED: StoredSettings = {
  cadenceInnerDays: 30,
  cadenceMiddleDays: 60,
  cadenceOuterDays: 90,
  currency: 'GBP',
  competitorProfessions: [],
  powerPartnerProfessions: [],
};

describe('parseAccountSettingsInput: the ready threshold', () => {
  it('takes whole numbers from 0 to 100', () => {
    for (const readyThreshold of [0, 60, 100]) {
      expect(parseAccountSettingsInput({ readyThreshold })).toEqual({ readyThreshold });
    }
  });

  it.each([
    [101, 'At most 100'],
    [-1, 'At least 0'],
    [1.5, 'Enter a whole number'],
  ])('refuses %s at its field with "%s"', (readyThreshold, message) => {
    let error: unknown;
    try {
      parseAccountSettingsInput({ readyThreshold });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([{ path: ['readyThreshold'], message }]);
  });
});

describe('parseAccountSettingsInput: the hourly rate and currency', () => {
  const stored = STORED;

  it('takes an exact amount in the currency sent or stored; empty clears it', () => {
    expect(parseAccountSettingsInput({ hourlyRate: ' 85.5 ', currency: 'eur' })).toEqual({
      hourlyRate: '85.50',
      currency: 'EUR',
    });
    expect(
      parseAccountSettingsInput({ hourlyRate: '3000' }, { ...stored, currency: 'JPY' }),
    ).toEqual({ hourlyRate: '3000.00' });
    expect(parseAccountSettingsInput({ hourlyRate: '' })).toEqual({ hourlyRate: null });
    expect(parseAccountSettingsInput({})).toEqual({});
  });

  it.each([
    [{ hourlyRate: '12,5' }, 'hourlyRate'],
    [{ hourlyRate: '-1' }, 'hourlyRate'],
    [{ currency: 'EURO' }, 'currency'],
  ])('refuses %j at its field', (input, field) => {
    expect(() => parseAccountSettingsInput(input)).toThrow(ValidationError);
    try {
      parseAccountSettingsInput(input);
    } catch (error) {
      expect((error as ValidationError).issues.map(({ path }) => path.join('.'))).toEqual([field]);
    }
  });

  it('refuses decimal places the stored currency does not have', () => {
    expect(() =>
      parseAccountSettingsInput({ hourlyRate: '100.50' }, { ...stored, currency: 'JPY' }),
    ).toThrow(ValidationError);
  });
});

describe('parseAccountSettingsInput: my profession, competitors and power partners', () => {
  it('takes one line of text as my profession, trimmed and composed; empty clears it', () => {
    expect(parseAccountSettingsInput({ profession: '  Caf\u0065\u0301 owner ' })).toEqual({
      profession: 'Caf\u00e9 owner',
    });
    expect(parseAccountSettingsInput({ profession: '  ' })).toEqual({ profession: null });
    expect(issuesOf(() => parseAccountSettingsInput({ profession: 'p'.repeat(201) }))).toEqual([
      { path: ['profession'], message: 'A profession must be at most 200 characters' },
    ]);
    expect(
      issuesOf(() => parseAccountSettingsInput({ profession: 'Web\ndesigner' })).map(
        (issue) => issue.path,
      ),
    ).toEqual([['profession']]);
  });

  it('keeps each listed profession once, as first written, and drops blanks', () => {
    expect(
      parseAccountSettingsInput({
        competitorProfessions: [' Digital  agency', '', 'digital agency ', 'SEO consultant', '  '],
        powerPartnerProfessions: ['Web designer', 'WEB   DESIGNER', 'Accountant'],
      }),
    ).toEqual({
      competitorProfessions: ['Digital  agency', 'SEO consultant'],
      powerPartnerProfessions: ['Web designer', 'Accountant'],
    });
    expect(parseAccountSettingsInput({ competitorProfessions: [] })).toEqual({
      competitorProfessions: [],
    });
  });

  it('refuses a long or multi-line entry at its place in the list, and more than 50', () => {
    expect(
      issuesOf(() =>
        parseAccountSettingsInput({ powerPartnerProfessions: ['Lawyer', 'x'.repeat(201)] }),
      ),
    ).toEqual([
      {
        path: ['powerPartnerProfessions', '1'],
        message: 'A profession must be at most 200 characters',
      },
    ]);
    expect(
      issuesOf(() => parseAccountSettingsInput({ competitorProfessions: ['SEO\tconsultant'] }))[0]
        ?.path,
    ).toEqual(['competitorProfessions', '0']);
    const many = Array.from({ length: 51 }, (_, index) => `Profession ${index}`);
    expect(issuesOf(() => parseAccountSettingsInput({ competitorProfessions: many }))).toEqual([
      { path: ['competitorProfessions'], message: 'At most 50 competitor professions' },
    ]);
    // Duplicates and blanks do not count towards the 50.
    expect(
      parseAccountSettingsInput({
        competitorProfessions: [...many.slice(0, 50), ' ', 'profession 0'],
      }).competitorProfessions,
    ).toHaveLength(50);
  });

  it('refuses a profession in both lists, sent together or against the stored list', () => {
    expect(
      issuesOf(() =>
        parseAccountSettingsInput({
          competitorProfessions: ['Accountant', 'SEO consultant'],
          powerPartnerProfessions: ['Web designer', ' accountant'],
        }),
      ),
    ).toEqual([
      {
        path: ['powerPartnerProfessions'],
        message:
          '“accountant” cannot be both a competitor and a power partner: keep it in one list',
      },
    ]);
    const stored = { ...STORED, powerPartnerProfessions: ['Accountant', 'Lawyer'] };
    expect(
      issuesOf(() =>
        parseAccountSettingsInput({ competitorProfessions: ['LAWYER', 'Accountant'] }, stored),
      ),
    ).toEqual([
      {
        path: ['competitorProfessions'],
        message:
          '“Accountant”, “Lawyer” cannot be both a competitor and a power partner: keep each in one list',
      },
    ]);
    // Moving a profession from one list to the other in one change is fine.
    expect(
      parseAccountSettingsInput(
        { competitorProfessions: ['Lawyer'], powerPartnerProfessions: ['Accountant'] },
        stored,
      ),
    ).toEqual({ competitorProfessions: ['Lawyer'], powerPartnerProfessions: ['Accountant'] });
  });
});

describe('parseAccountSettingsInput: the group review thresholds', () => {
  it('takes each threshold alone, at the ends of its range', () => {
    expect(parseAccountSettingsInput({ reviewThresholds: { maxCompetitorPercent: 40 } })).toEqual({
      reviewThresholds: { maxCompetitorPercent: 40 },
    });
    const lowest = Object.fromEntries(
      Object.entries(REVIEW_THRESHOLD_RANGES).map(([key, range]) => [key, range.min]),
    );
    const highest = Object.fromEntries(
      Object.entries(REVIEW_THRESHOLD_RANGES).map(([key, range]) => [key, range.max]),
    );
    for (const reviewThresholds of [lowest, highest, DEFAULT_REVIEW_THRESHOLDS]) {
      expect(parseAccountSettingsInput({ reviewThresholds })).toEqual({ reviewThresholds });
    }
  });

  it.each([
    ['minReferralsPerYear', -1, 'Cannot be negative'],
    ['minReferralsPerYear', 1001, 'At most 1000 referrals a year'],
    ['maxHoursPerMonth', 745, 'At most 744 hours: no month has more'],
    ['minBuyerReachPercent', 101, 'A share cannot be above 100 %'],
    ['maxCompetitorPercent', -5, 'A share cannot be below 0 %'],
    ['minGivenPerYear', 2.5, 'Enter a whole number'],
    ['minEnjoyment', 0, 'Enjoyment is rated 1 to 5: at least 1'],
    ['minEnjoyment', 6, 'Enjoyment is rated 1 to 5: at most 5'],
    ['minDepthCoveragePercent', 100.5, 'Enter a whole number'],
    ['minDepthCoveragePercent', '50', 'Enter a whole number'],
  ])('refuses %s = %j at its field with "%s"', (field, value, message) => {
    expect(
      issuesOf(() =>
        parseAccountSettingsInput({ reviewThresholds: { minEnjoyment: 3, [field]: value } }),
      ),
    ).toEqual([{ path: ['reviewThresholds', field], message }]);
  });

  it('names every bad threshold at once', () => {
    expect(
      issuesOf(() =>
        parseAccountSettingsInput({
          reviewThresholds: { maxHoursPerMonth: -1, minEnjoyment: 9 },
        }),
      ).map((issue) => issue.path.join('.')),
    ).toEqual(['reviewThresholds.maxHoursPerMonth', 'reviewThresholds.minEnjoyment']);
  });
});
