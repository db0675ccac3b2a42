/**
 * The content collections. The schemas live in src/schemas (plain zod, no
 * Astro) so that the content check and the unit tests share them; references
 * between entries are plain ids, checked by src/lib/content-check/index.ts, because
 * Astro's `reference()` lets a missing entry through.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema, dealSchema, entitySchema, measureSchema, storylineSchema } from './schemas/index.ts';
import { CONTENT_DIR } from './site-config.ts';

/**
 * Every Markdown file under the folder; the id is the file name, wherever in the folder the file sits.
 * The pages use the rendered HTML, never the raw Markdown, so the store does not keep it: at 10,000
 * articles that is 2.8 million words less in the data store the build bundles and holds in memory.
 */
function markdownIn(folder: string) {
  return glob({
    pattern: '**/*.md',
    base: `${CONTENT_DIR}/${folder}`,
    generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.md$/, ''),
    retainBody: false,
  });
}

export const collections = {
  articles: defineCollection({ loader: markdownIn('articles'), schema: articleSchema }),
  entities: defineCollection({ loader: markdownIn('entities'), schema: entitySchema }),
  storylines: defineCollection({ loader: markdownIn('storylines'), schema: storylineSchema }),
  deals: defineCollection({ loader: markdownIn('deals'), schema: dealSchema }),
  measures: defineCollection({ loader: markdownIn('measures'), schema: measureSchema }),
};
