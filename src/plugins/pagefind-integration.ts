/**
 * The Pagefind search index. `buildSearchIndex` indexes a built site; `npm run
 * build` runs it (scripts/search-index.ts) once `astro build` has exited, so that
 * Pagefind's memory and Astro's are never held at the same time. Under `astro
 * dev` the integration serves the index of the last build at /pagefind/, and
 * says so when there is none.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The whole site is one English index; Cyrillic words index and match as they are (see tests/build/search.test.ts). */
export const SEARCH_LANGUAGE = 'en';

/**
 * The pages search finds: articles and entity pages, the ones that mark their content with
 * `data-pagefind-body` (a former slug's redirect page, also under articles/, has none and is
 * skipped). Reading only these, not the timeline, year and feed pages around them, halves the
 * files Pagefind opens at 10,000 articles.
 */
export const SEARCHABLE_PAGES = '{articles,entities}/*/index.html';

export async function buildSearchIndex(siteDir: string): Promise<{ pages: number; ms: number }> {
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
  if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${siteDir}`);
    const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    return { pages: added.page_count, ms: performance.now() - started };
  } finally {
    await pagefind.close();
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

export function pagefindIndex(): AstroIntegration {
  let outDir = 'dist';
  return {
    name: 'moskvich-tracker:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        if (!existsSync(join(indexDir, 'pagefind.js'))) {
          logger.warn('No search index yet: search will not work in dev until `npm run build` has built one.');
        } else {
          logger.info(`Search uses the index of the last build (${indexDir}); run \`npm run build\` to refresh it.`);
        }
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = join(indexDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
          if (!file.startsWith(indexDir) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': ({ logger }) => {
        logger.info('The search index comes next: `npm run build` runs scripts/search-index.ts once Astro has exited.');
      },
    },
  };
}
