export * from './levels.ts';
export * from './readiness.ts';
export * from './set-depth-level-input.ts';
