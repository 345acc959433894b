export * from './prompt-rules.ts';
