export * from './group-input.ts';
export * from './time-value.ts';
