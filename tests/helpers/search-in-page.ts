/**
 * The site's own search code (src/lib/search-run.ts), bundled and run inside a Chromium page
 * against the built index, exactly as the search page runs it, but callable from a test:
 * `await searchIn(page, 'КАМАЗ')` gives the result URL paths in the order the page shows them.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import type { NamesList } from '../../src/lib/search-rank.ts';
import type { nearMiss, PagefindLike, runSearch } from '../../src/lib/search-run.ts';
import { ROOT } from './fixtures.ts';

interface PagefindApi extends PagefindLike {
  options(o: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<unknown>;
}

/** What the bundle and prepareSearch put on the page's window. */
interface SearchWindow {
  trackerSearch: {
    runSearch: typeof runSearch;
    nearMiss: typeof nearMiss;
    PAGEFIND_OPTIONS: object;
    load(path: string): Promise<PagefindApi>;
  };
  pf: PagefindLike;
  names: NamesList;
  urlOf: Map<string, string>;
}

let bundle: Promise<string> | undefined;

/** src/lib/search-run.ts and search-rank.ts as one script that sets `window.trackerSearch`. */
function searchBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `import { nearMiss, runSearch } from './src/lib/search-run.ts'; import { PAGEFIND_OPTIONS } from './src/lib/search-rank.ts';
        window.trackerSearch = { runSearch, nearMiss, PAGEFIND_OPTIONS, load: (path) => import(path) };`,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

/** Loads Pagefind, the names list and the bundle into `page` (at the site's /search/ page). */
export async function prepareSearch(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/search/`);
  await page.addScriptTag({ content: await searchBundle() });
  await page.evaluate(async () => {
    const w = window as unknown as SearchWindow;
    // Imported by the bundle: a dynamic import written here would be rewritten by the test runner.
    const pf = await w.trackerSearch.load('/pagefind/pagefind.js');
    await pf.options(w.trackerSearch.PAGEFIND_OPTIONS);
    await pf.init();
    await pf.filters();
    w.pf = pf;
    w.names = await (await fetch('/search/names.json')).json();
    w.urlOf = new Map();
  });
}

/** Every result of `query`, as URL paths in the page's order (the ids are resolved once and cached). */
export function searchIn(
  page: Page,
  query: string,
  options: { filters?: Record<string, string[]>; sort?: 'date' } = {},
): Promise<string[]> {
  return page.evaluate(
    async ([q, o]) => {
      const w = window as unknown as SearchWindow;
      const outcome = await w.trackerSearch.runSearch(w.pf, w.names.entities, { query: q, ...o });
      return Promise.all(
        outcome.hits.map(async ({ hit }) => {
          if (!w.urlOf.has(hit.id)) w.urlOf.set(hit.id, new URL((await hit.data()).url, location.href).pathname);
          return w.urlOf.get(hit.id)!;
        }),
      );
    },
    [query, options] as const,
  );
}

/** The "Did you mean" correction the page would offer for `query`, if any (its first ten results loaded, as the page does). */
export function suggestionIn(page: Page, query: string): Promise<string | undefined> {
  return page.evaluate(async (q) => {
    const w = window as unknown as SearchWindow;
    const outcome = await w.trackerSearch.runSearch(w.pf, w.names.entities, { query: q });
    const shown = await Promise.all(outcome.hits.slice(0, 10).map(({ hit }) => hit.data()));
    return w.trackerSearch.nearMiss(w.pf, w.names.entities, { query: q }, shown);
  }, query);
}
