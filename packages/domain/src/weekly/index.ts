export * from './completion.ts';
export * from './digest.ts';
export * from './rank.ts';
export * from './refill.ts';
export * from './week.ts';
