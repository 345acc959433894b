export * from './levels.ts';
export * from './network-map.ts';
export * from './readiness.ts';
export * from './set-depth-level-input.ts';
