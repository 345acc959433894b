export * from './group-input.ts';
export * from './group-review.ts';
export * from './professions.ts';
export * from './review-facts.ts';
export * from './time-value.ts';
