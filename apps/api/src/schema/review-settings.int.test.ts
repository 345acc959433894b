import { accounts } from '@tend/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { dataOf, validationError } from '../test/operations.ts';

const NOW = new Date('2026-11-20T10:00:00Z');

const THRESHOLDS = `minReferralsPerYear maxHoursPerMonth minBuyerReachPercent maxCompetitorPercent
  minGivenPerYear minEnjoyment minDepthCoveragePercent`;
const SETTINGS_FIELDS = `profession competitorProfessions powerPartnerProfessions
  reviewThresholds { ${THRESHOLDS} } defaultReviewThresholds { ${THRESHOLDS} }`;

const UPDATE = /* GraphQL */ `
  mutation ($input: AccountSettingsInput!) {
    result: updateSettings(input: $input) {
      __typename
      ... on Account { ${SETTINGS_FIELDS} }
      ... on ValidationError { message issues { field message } }
    }
  }`;
const VIEWER = `{ viewer { ${SETTINGS_FIELDS} } }`;

const DEFAULTS = {
  minReferralsPerYear: 2,
  maxHoursPerMonth: 10,
  minBuyerReachPercent: 25,
  maxCompetitorPercent: 30,
  minGivenPerYear: 1,
  minEnjoyment: 3,
  minDepthCoveragePercent: 50,
};

type Settings = {
  profession: string | null;
  competitorProfessions: string[];
  powerPartnerProfessions: string[];
  reviewThresholds: typeof DEFAULTS;
  defaultReviewThresholds: typeof DEFAULTS;
};

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ now: NOW });
});
afterAll(() => api.close());

const freshAccount = async () => {
  const accountId = await api.createAccount();
  const update = async (input: Record<string, unknown>) =>
    dataOf(
      await api.gql<{ result: { __typename: string } & Partial<Settings> }>(accountId, UPDATE, {
        input,
      }),
    ).result;
  const viewer = async () => dataOf(await api.gql<{ viewer: Settings }>(accountId, VIEWER)).viewer;
  const row = async () => {
    const [account] = await api.db.select().from(accounts).where(eq(accounts.id, accountId));
    return account;
  };
  return { update, viewer, row };
};

describe('my profession, competitors and power partners in Settings', () => {
  it('starts empty, is saved cleaned and read back; empty clears the profession', async () => {
    const { update, viewer } = await freshAccount();
    expect(await viewer()).toMatchObject({
      profession: null,
      competitorProfessions: [],
      powerPartnerProfessions: [],
    });
    expect(
      await update({
        profession: ' Marketing consultant ',
        competitorProfessions: ['Digital marketing agency', '', 'digital  MARKETING agency'],
        powerPartnerProfessions: ['Web designer', 'Accountant'],
      }),
    ).toMatchObject({ __typename: 'Account', profession: 'Marketing consultant' });
    expect(await viewer()).toMatchObject({
      profession: 'Marketing consultant',
      competitorProfessions: ['Digital marketing agency'],
      powerPartnerProfessions: ['Web designer', 'Accountant'],
    });
    // One list alone changes only it; null is "not sent".
    await update({ powerPartnerProfessions: ['Lawyer'], profession: null });
    expect(await viewer()).toMatchObject({
      profession: 'Marketing consultant',
      competitorProfessions: ['Digital marketing agency'],
      powerPartnerProfessions: ['Lawyer'],
    });
    await update({ profession: '', competitorProfessions: [] });
    expect(await viewer()).toMatchObject({ profession: null, competitorProfessions: [] });
  });

  it('refuses a profession in both lists at the list sent, and saves nothing of the change', async () => {
    const { update, row } = await freshAccount();
    await update({
      competitorProfessions: ['SEO consultant'],
      powerPartnerProfessions: ['Lawyer'],
    });
    const before = await row();
    const message =
      '“seo consultant” cannot be both a competitor and a power partner: keep it in one list';
    expect(
      await update({ profession: 'Copywriter', powerPartnerProfessions: ['seo consultant'] }),
    ).toEqual(validationError('powerPartnerProfessions', message));
    expect(
      await update({
        competitorProfessions: ['Lawyer', 'Printer'],
        reviewThresholds: { minEnjoyment: 4 },
      }),
    ).toEqual(
      validationError(
        'competitorProfessions',
        '“Lawyer” cannot be both a competitor and a power partner: keep it in one list',
      ),
    );
    expect(
      await update({
        competitorProfessions: ['Web designer'],
        powerPartnerProfessions: ['web designer'],
      }),
    ).toMatchObject({ __typename: 'ValidationError' });
    expect(await row()).toEqual(before);
  });

  it('refuses a long or multi-line profession at its field', async () => {
    const { update, row } = await freshAccount();
    const before = await row();
    expect(await update({ profession: 'x'.repeat(201) })).toEqual(
      validationError('profession', 'A profession must be at most 200 characters'),
    );
    expect(await update({ competitorProfessions: ['Printer', 'Web\ndesigner'] })).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ field: 'competitorProfessions.1' }],
    });
    expect(await row()).toEqual(before);
  });
});

describe('the group review thresholds in Settings', () => {
  it('start at the defaults, change one at a time and are read back', async () => {
    const { update, viewer, row } = await freshAccount();
    expect(await viewer()).toMatchObject({
      reviewThresholds: DEFAULTS,
      defaultReviewThresholds: DEFAULTS,
    });
    expect(
      await update({ reviewThresholds: { maxCompetitorPercent: 40, minEnjoyment: 2 } }),
    ).toMatchObject({
      reviewThresholds: { ...DEFAULTS, maxCompetitorPercent: 40, minEnjoyment: 2 },
    });
    await update({ reviewThresholds: { maxHoursPerMonth: 744, minReferralsPerYear: null } });
    const changed = {
      ...DEFAULTS,
      maxCompetitorPercent: 40,
      minEnjoyment: 2,
      maxHoursPerMonth: 744,
    };
    expect(await viewer()).toMatchObject({
      reviewThresholds: changed,
      defaultReviewThresholds: DEFAULTS,
    });
    expect(await row()).toMatchObject({
      reviewMaxCompetitorPercent: 40,
      reviewMinEnjoyment: 2,
      reviewMaxHoursPerMonth: 744,
      reviewMinReferralsPerYear: 2,
    });
    // Back to the defaults, all at once.
    expect(await update({ reviewThresholds: DEFAULTS })).toMatchObject({
      reviewThresholds: DEFAULTS,
    });
  });

  it('refuses a bad threshold at its field and changes nothing, not even the good ones', async () => {
    const { update, row } = await freshAccount();
    const before = await row();
    for (const [field, value, message] of [
      ['minReferralsPerYear', -1, 'Cannot be negative'],
      ['maxHoursPerMonth', 745, 'At most 744 hours: no month has more'],
      ['minBuyerReachPercent', 101, 'A share cannot be above 100 %'],
      ['maxCompetitorPercent', 30.5, 'Enter a whole number'],
      ['minGivenPerYear', 1001, 'At most 1000 referrals a year'],
      ['minEnjoyment', 0, 'Enjoyment is rated 1 to 5: at least 1'],
      // Past 2^31 − 1, which GraphQL's Int would refuse as a whole request.
      ['minDepthCoveragePercent', 99_999_999_999, 'A share cannot be above 100 %'],
    ] as const) {
      expect(
        await update({
          profession: 'Printer',
          reviewThresholds: { minEnjoyment: 4, [field]: value },
        }),
      ).toEqual(validationError(`reviewThresholds.${field}`, message));
    }
    expect(await row()).toEqual(before);
  });
});
