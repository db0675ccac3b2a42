/**
 * The permalink manifest (`permalinks.json` at the repository root): every URL
 * path the site has published. `npm run permalinks` adds the new ones from the
 * built `dist/`; it never drops one, so a URL leaves the manifest only when an
 * editor removes it on purpose. tests/build/permalinks.test.ts fails when a
 * listed URL no longer resolves. Pure: works on lists of paths.
 */

export interface PermalinkManifest {
  /** What the file is, for whoever opens it. */
  description: string;
  /** URL paths, sorted. */
  urls: string[];
}

export const MANIFEST_DESCRIPTION =
  'Every URL path the site has published. `npm run permalinks` adds new ones from dist/; none is removed automatically. ' +
  'Remove one by hand only when you mean the URL to stop working (prefer a redirect).';

/**
 * Whether a URL path is a permalink: every page, every event's anchor on its
 * article (/articles/x/#event-y), every feed (…/rss.xml, /feed.json), the open
 * data (/data/…), the link-preview cards (/cards/…png, shared with every link) and
 * the crawler entry points (/robots.txt, /sitemap-index.xml). Build assets,
 * search-index files and sitemap shards are not: their names are not promised.
 */
export function isPermalink(path: string): boolean {
  if (!path.startsWith('/')) return false;
  if (/^\/articles\/[^/]+\/#event-[a-z0-9-]+$/.test(path)) return true;
  if (/^\/cards\/(?:(?:articles|entities)\/[^/]+|site)\.png$/.test(path)) return true;
  if (/^\/(?:_astro|pagefind|cards)\//.test(path) || path.includes('#')) return false;
  if (path.endsWith('/')) return true;
  return (
    /(?:^|\/)rss\.xml$/.test(path) ||
    /^\/data\/[^/]+\.(?:json|csv)$/.test(path) ||
    ['/feed.json', '/robots.txt', '/sitemap-index.xml'].includes(path)
  );
}

/** A dist/-relative file name as the URL path that serves it: articles/x/index.html → /articles/x/. */
export function pathForFile(relativeFile: string): string {
  const path = '/' + relativeFile.replaceAll('\\', '/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The manifest with every new permalink added and none removed; `added` lists the new ones. */
export function mergePermalinks(existing: readonly string[], found: readonly string[]): { urls: string[]; added: string[] } {
  const known = new Set(existing);
  const added = [...new Set(found.filter((p) => isPermalink(p) && !known.has(p)))].sort();
  return { urls: [...new Set([...existing, ...added])].sort(), added };
}

/** Reads a manifest file's text; an absent or empty file is an empty manifest. */
export function parseManifest(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  const parsed = JSON.parse(text) as Partial<PermalinkManifest>;
  if (!Array.isArray(parsed.urls) || !parsed.urls.every((u) => typeof u === 'string')) {
    throw new Error('permalinks.json must be an object with a "urls" array of URL paths.');
  }
  return parsed.urls;
}

export function formatManifest(urls: readonly string[]): string {
  const manifest: PermalinkManifest = { description: MANIFEST_DESCRIPTION, urls: [...urls].sort() };
  return JSON.stringify(manifest, null, 2) + '\n';
}
