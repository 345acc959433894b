export * from './overlaps.ts';
export * from './schedule-one-to-one-input.ts';
export * from './agenda-text.ts';
