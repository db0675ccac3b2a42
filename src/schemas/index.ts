export * from './fields.ts';
export * from './article.ts';
export * from './entity.ts';
export * from './storyline.ts';
export * from './deal.ts';
export * from './measure.ts';
