export * from './draft-introduction-ask.ts';
export * from './gaps.ts';
export * from './introduction-ask-input.ts';
export * from './knows-input.ts';
export * from './knows-strength.ts';
export * from './rank-who-knows.ts';
export * from './target-buyer-input.ts';
