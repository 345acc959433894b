export * from './client.ts';
export * from './relations.ts';
export * from './schema/index.ts';
