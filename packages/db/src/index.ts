export * from './client.ts';
export * from './connection-errors.ts';
export * from './data-dir-lock.ts';
export * from './demo/seed-demo.ts';
export { hasDemoProfessions } from './demo/seed-demo-groups.ts';
export * from './login-privileges.ts';
export * from './relations.ts';
export * from './schema/index.ts';
