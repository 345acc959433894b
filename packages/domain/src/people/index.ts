export * from './person-input.ts';
