/**
 * `npm run search-budget [-- --dist path]`: what a reader's first search costs on a built site,
 * measured in Chromium the way the search page runs (docs/PERFORMANCE.md): the search page's
 * compressed bytes before typing, the bytes of the first query (Pagefind, its index chunks, the
 * names list, the result fragments) and the time from the last key to the results, for three
 * fresh visits. A measurement, not a test: the tests check the byte budgets, the benchmark
 * reports the times.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './lib/chromium.ts';
import { DIST, fileFor } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';

export interface SearchBudget {
  query: string;
  /** Compressed bytes of the search page and what it loads before the reader types. */
  before: number;
  /** Compressed bytes the first query fetched. */
  firstQuery: number;
  /** Milliseconds from the last key to the results on screen. */
  ms: number;
}

export async function measureSearch(dist = DIST, queries = ['Kogogin', 'КАМАЗ', 'Moskvich']): Promise<SearchBudget[]> {
  const [browser, server] = await Promise.all([launchBrowser(), serveDist(dist)]);
  try {
    const out: SearchBudget[] = [];
    for (const query of queries) {
      const page = await browser.newPage();
      let bytes = 0;
      page.on('requestfinished', (request) => {
        try {
          bytes += gzipSync(readFileSync(fileFor(new URL(request.url()).pathname, dist))).length;
        } catch {
          /* a 404 */
        }
      });
      await page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
      const before = bytes;
      await page.focus('#search-q');
      await page.keyboard.type(query, { delay: 60 });
      const typed = performance.now();
      await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`for “${q}”`), query, {
        polling: 'raf',
      });
      const ms = performance.now() - typed;
      await page.waitForLoadState('networkidle');
      out.push({ query, before, firstQuery: bytes - before, ms });
      await page.close();
    }
    return out;
  } finally {
    await Promise.all([browser.close(), server.close()]);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: DIST } } });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  for (const r of await measureSearch(resolve(values.dist!))) {
    console.log(
      `${r.query.padEnd(10)} page ${kb(r.before)} · first query ${kb(r.firstQuery)} · results ${Math.round(r.ms)} ms after the last key`,
    );
  }
}
