export * from './rank.ts';
export * from './week.ts';
