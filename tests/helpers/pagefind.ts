/**
 * Pagefind's browser API, run in Node against the built dist/ served on a
 * local port, ranked the way the search page ranks (src/scripts/search.ts):
 * Pagefind with the site's ranking options, then entity first on an exact name.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { exactEntity, SEARCH_RANKING, type NameRow } from '../../src/lib/search-rank.ts';
import { DIST } from './dist.ts';
import { serveDist, type StaticServer } from '../../scripts/lib/serve.ts';

export interface PagefindResult {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
}

export interface Search {
  /** Result URL paths as the search page orders them, best first. */
  urls(query: string, options?: { filters?: Record<string, unknown>; limit?: number }): Promise<string[]>;
  /** The first results' data, in Pagefind's own order. */
  data(query: string, limit?: number): Promise<PagefindResult[]>;
  close(): Promise<void>;
}

export async function openSearch(): Promise<Search> {
  const server: StaticServer = await serveDist();
  const rows = JSON.parse(readFileSync(`${DIST}/search/names.json`, 'utf8')) as NameRow[];
  const pagefind = await import(/* @vite-ignore */ pathToFileURL(`${DIST}/pagefind/pagefind.js`).href);
  await pagefind.options({ basePath: `${server.url}/pagefind/`, ranking: SEARCH_RANKING });
  await pagefind.init();
  const data = async (query: string, limit = 5, filters?: Record<string, unknown>): Promise<PagefindResult[]> => {
    const response = await pagefind.search(query, filters ? { filters } : {});
    const items = await Promise.all(response.results.slice(0, limit).map((r: { data(): Promise<PagefindResult> }) => r.data()));
    return items.map((d: PagefindResult) => ({ ...d, url: new URL(d.url, server.url).pathname }));
  };
  return {
    data,
    async urls(query, { filters, limit = 5 } = {}) {
      const exact = filters ? undefined : exactEntity(query, rows);
      const pinned = exact ? await data(query, 1, { kind: 'Entity', entity: exact[1] }) : [];
      const urls = [...pinned, ...(await data(query, limit, filters))].map((d) => d.url);
      return [...new Set(urls)].slice(0, limit);
    },
    async close() {
      await pagefind.destroy?.();
      await server.close();
    },
  };
}
