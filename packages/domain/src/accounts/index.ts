export * from './credentials-input.ts';
export * from './rate-limit.ts';
export * from './review-thresholds-input.ts';
export * from './sessions.ts';
export * from './settings-input.ts';
