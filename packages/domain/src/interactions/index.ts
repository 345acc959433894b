export * from './apply-touch.ts';
export * from './cadence.ts';
export * from './cadence-input.ts';
export * from './kinds.ts';
export * from './log-interaction-input.ts';
export * from './reason-facts.ts';
export * from './schedule.ts';
