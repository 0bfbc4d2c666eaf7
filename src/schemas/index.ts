/** Every content schema, in one place: imported by src/content.config.ts and by scripts/. */
export * from './common.ts';
export * from './taxonomy.ts';
export * from './practice.ts';
export * from './guide.ts';
export * from './resource.ts';
export * from './glossary.ts';
export * from './activity.ts';
