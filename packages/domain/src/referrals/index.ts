export * from './referral-input.ts';
export * from './referral-totals.ts';
export * from './status-moves.ts';
