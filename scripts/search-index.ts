/**
 * The second step of `npm run build`: the Pagefind search index over the built
 * site, run after `astro build` has exited. Pagefind holds about 1.8 GB at
 * 10,000 articles and Astro's process about 2 GB; one after the other, the
 * build's memory peak is the larger of the two rather than their sum
 * (docs/PERFORMANCE.md). Fails (exit code 1) when indexing fails.
 *
 *   tsx scripts/search-index.ts [site folder, default dist]
 */
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/plugins/pagefind-integration.ts';

const site = resolve(process.argv[2] ?? 'dist');
try {
  const { pages, ms } = await buildSearchIndex(site);
  console.log(`[search-index] Indexed ${pages} pages for search in ${Math.round(ms)} ms.`);
} catch (error) {
  console.error(`[search-index] ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
