export * from './accounts/index.ts';
export * from './depth/index.ts';
export * from './interactions/index.ts';
export * from './people/index.ts';
export * from './prompts/index.ts';
export * from './shared/domain-error.ts';
export * from './shared/time.ts';
export * from './weekly/index.ts';
