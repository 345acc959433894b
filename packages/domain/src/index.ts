export * from './accounts/index.ts';
export * from './buyers/index.ts';
export * from './depth/index.ts';
export * from './exports/index.ts';
export * from './groups/index.ts';
export * from './imports/index.ts';
export * from './interactions/index.ts';
export * from './one-to-ones/index.ts';
export * from './people/index.ts';
export * from './prompts/index.ts';
export * from './referrals/index.ts';
export {
  type DateClock,
  isCalendarDate,
  localDateIn,
  pastCalendarDate,
} from './shared/calendar-date.ts';
export * from './shared/domain-error.ts';
export * from './shared/instant-range.ts';
export * from './shared/money.ts';
export * from './shared/text-rules.ts';
export * from './shared/time.ts';
export * from './weekly/index.ts';
