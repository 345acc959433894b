export * from './knows-input.ts';
export * from './target-buyer-input.ts';
