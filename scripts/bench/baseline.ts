/**
 * The bare stack the tracker is measured against: an Astro project with one content collection
 * (glob loader, permissive schema) and one page per article that renders its body with
 * `render()` and Astro's default Markdown processor (Sätteri), nothing else; then Pagefind over its
 * pages with the site's own `buildSearchIndex` (scripts/search-index.ts), timed together. The project
 * links the site's node_modules, so it builds with the same Astro; its caches stay inside it.
 */
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CONFIG = (root: string) => `import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: ${JSON.stringify(join(root, '.astro-cache'))},
  vite: { cacheDir: ${JSON.stringify(join(root, '.vite-cache'))} },
});
`;

const COLLECTIONS = (articles: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const generateId = ({ entry }: { entry: string }) => entry.replace(/^.*\\//, '').replace(/\\.md$/, '');
export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(articles)}, generateId }),
    schema: z.looseObject({}),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const articles = await getCollection('articles');
  return articles.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{String(entry.data.title)}</title></head>
  <body><h1>{String(entry.data.title)}</h1><Content /></body>
</html>
`;

/** Writes the bare project under `root` over `contentDir`/articles and empties its caches, for a cold build. */
export function writeBareProject(root: string, projectRoot: string, contentDir: string): void {
  for (const dir of ['src', 'dist', '.astro', '.astro-cache', '.vite-cache']) rmSync(join(root, dir), { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/articles'), { recursive: true });
  if (!existsSync(join(root, 'node_modules'))) symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: 'bench-bare-stack', private: true, type: 'module' }));
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG(root));
  writeFileSync(join(root, 'src/content.config.ts'), COLLECTIONS(join(contentDir, 'articles')));
  writeFileSync(join(root, 'src/pages/articles/[slug].astro'), PAGE);
}
