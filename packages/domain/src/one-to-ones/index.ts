export * from './agenda.ts';
export * from './agenda-text.ts';
export * from './calendar-links.ts';
export * from './complete-one-to-one-input.ts';
export * from './lifecycle.ts';
export * from './overlaps.ts';
export * from './reschedule-one-to-one-input.ts';
export * from './schedule-one-to-one-input.ts';
