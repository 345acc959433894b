import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const accounts = pgTable(
  'accounts',
  {
    id: uuid('id').primaryKey().default(sql`gen_random_uuid()`),
    name: text('name').notNull(),
    email: text('email'),
    /** argon2id; null for the local account until its owner signs up and claims it. */
    passwordHash: text('password_hash'),
    isOwner: boolean('is_owner').notNull().default(false),
    myOffer: text('my_offer'),
    timezone: text('timezone').notNull().default('UTC'),
    /** 0 = Sunday … 6 = Saturday. */
    weekStart: smallint('week_start').notNull().default(1),
    /** What an hour of my time is worth, in the account currency; turns group hours into money. */
    hourlyRate: numeric('hourly_rate', { precision: 12, scale: 2, mode: 'string' }),
    currency: text('currency').notNull().default('GBP'),
    /** What I do, and the professions I count as competitors and as power partners. */
    profession: text('profession'),
    competitorProfessions: text('competitor_professions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    powerPartnerProfessions: text('power_partner_professions')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // The group review's verdict thresholds (the readings' checklist), adjustable in Settings.
    reviewMinReferralsPerYear: integer('review_min_referrals_per_year').notNull().default(2),
    reviewMaxHoursPerMonth: integer('review_max_hours_per_month').notNull().default(10),
    reviewMinBuyerReachPercent: integer('review_min_buyer_reach_percent').notNull().default(25),
    reviewMaxCompetitorPercent: integer('review_max_competitor_percent').notNull().default(30),
    reviewMinGivenPerYear: integer('review_min_given_per_year').notNull().default(1),
    reviewMinEnjoyment: integer('review_min_enjoyment').notNull().default(3),
    reviewMinDepthCoveragePercent: integer('review_min_depth_coverage_percent')
      .notNull()
      .default(50),
    cadenceInnerDays: integer('cadence_inner_days').notNull().default(30),
    cadenceMiddleDays: integer('cadence_middle_days').notNull().default(60),
    cadenceOuterDays: integer('cadence_outer_days').notNull().default(90),
    depthTouchKinds: text('depth_touch_kinds')
      .array()
      .notNull()
      .default(sql`ARRAY['ONE_TO_ONE','CALL','VIDEO','SOCIAL']::text[]`),
    weeklyListSize: integer('weekly_list_size').notNull().default(5),
    /** Readiness (0–100) from which someone counts as ready to introduce, for the gap list. */
    readyThreshold: integer('ready_threshold').notNull().default(60),
    /** Send the week's list by e-mail on the week-start morning (when SMTP is configured). */
    weeklyDigest: boolean('weekly_digest').notNull().default(true),
    /** Prompts are raised for people who fell due after this instant; null: never checked. */
    promptsCheckedAt: timestamp('prompts_checked_at', { withTimezone: true }),
    /** Set once the user chose demo data or an empty start on the first screen. */
    onboardedAt: timestamp('onboarded_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('accounts_email_unique').on(sql`lower(${t.email})`),
    check('accounts_week_start_range', sql`${t.weekStart} between 0 and 6`),
    check('accounts_weekly_list_size_range', sql`${t.weeklyListSize} between 1 and 50`),
    check('accounts_ready_threshold_range', sql`${t.readyThreshold} between 0 and 100`),
    check('accounts_hourly_rate_non_negative', sql`${t.hourlyRate} >= 0`),
    check('accounts_currency_iso', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check(
      'accounts_review_thresholds_range',
      sql`${t.reviewMinReferralsPerYear} between 0 and 1000 and ${t.reviewMaxHoursPerMonth} between 0 and 744 and ${t.reviewMinBuyerReachPercent} between 0 and 100 and ${t.reviewMaxCompetitorPercent} between 0 and 100 and ${t.reviewMinGivenPerYear} between 0 and 1000 and ${t.reviewMinEnjoyment} between 1 and 5 and ${t.reviewMinDepthCoveragePercent} between 0 and 100`,
    ),
  ],
);

export type AccountRow = typeof accounts.$inferSelect;
