export * from './client.ts';
export * from './demo/seed-demo.ts';
export * from './relations.ts';
export * from './schema/index.ts';
