/**
 * Gate: no broken link in the built site. Every internal reference (href, src,
 * srcset, form action; absolute URLs on the site's own origin too) of every page
 * resolves to a file in dist/, every #fragment to an element of the page it
 * names, every sitemap URL to a page; every external link opens without handing
 * the new page a window.opener or a Referer (rel="noopener noreferrer").
 */
import { existsSync, readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site-config.ts';
import { allPages, DIST, exists, page } from '../helpers/dist.ts';
import { join } from 'node:path';

const SITE = new URL(SITE_URL);
const LOCAL = 'http://local.test';

/** Every URL-valued attribute that the browser follows or loads, with the element it is on. */
const ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['area[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['form[action]', 'action'],
  ['img[srcset]', 'srcset'],
  ['source[srcset]', 'srcset'],
  ['meta[property="og:url"]', 'content'],
  ['meta[property="og:image"]', 'content'],
  ['meta[name="twitter:image"]', 'content'],
];

interface Ref {
  from: string;
  url: string;
  tag: string;
}

const pages = allPages();
const parsed = new Map<string, CheerioAPI>(pages.map((p) => [p, page(p)]));

function idsOf(path: string): Set<string> | undefined {
  const $ = parsed.get(path) ?? (exists(path) && path.endsWith('.html') ? page(path) : undefined);
  if (!$) return undefined;
  return new Set([...$('[id]').map((_, el) => $(el).attr('id')!), ...$('a[name]').map((_, el) => $(el).attr('name')!)]);
}

/** The page's references; relative ones resolved against the page's own URL. */
function references(path: string, $: CheerioAPI): Ref[] {
  const refs: Ref[] = [];
  for (const [selector, attribute] of ATTRIBUTES) {
    $(selector).each((_, el) => {
      const value = $(el).attr(attribute)!.trim();
      const urls =
        attribute === 'srcset'
          ? value
              .split(',')
              .map((c) => c.trim().split(/\s+/)[0]!)
              .filter(Boolean)
          : [value];
      for (const url of urls) refs.push({ from: path, url, tag: selector });
    });
  }
  return refs;
}

/** A reference as a path on this site (with its fragment), or undefined when it leads elsewhere. */
function internal(ref: Ref): { path: string; search: string; hash: string } | undefined {
  if (/^(mailto|tel|data|javascript|blob):/i.test(ref.url)) return undefined;
  const url = new URL(ref.url, LOCAL + ref.from);
  if (url.origin === LOCAL || url.origin === SITE.origin) return { path: url.pathname, search: url.search, hash: url.hash };
  return undefined;
}

describe('links in the built site', () => {
  const all = [...parsed].flatMap(([path, $]) => references(path, $));

  it('has pages and references to check', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(all.length).toBeGreaterThan(pages.length * 10);
  });

  it('resolves every internal link and resource to a file', () => {
    const broken: string[] = [];
    for (const ref of all) {
      const target = internal(ref);
      if (!target) continue;
      // Pagefind's files are written by the search index build and loaded by its script; the search
      // page itself must exist, whatever the query.
      if (target.path.startsWith('/pagefind/')) continue;
      if (!exists(target.path)) broken.push(`${ref.from}: ${ref.tag} → ${ref.url}`);
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('has a search page for the search form and the search links', () => {
    expect(exists('/search/'), 'dist/search/index.html').toBe(true);
  });

  it('resolves every #fragment to an element of the page it names', () => {
    const broken: string[] = [];
    for (const ref of all) {
      const target = internal(ref);
      if (!target || !target.hash || target.hash === '#') continue;
      if (target.path.startsWith('/pagefind/') || (!target.path.endsWith('/') && !target.path.endsWith('.html'))) continue;
      if (target.path === '/search/' && target.search) continue;
      const ids = idsOf(target.path);
      const id = decodeURIComponent(target.hash.slice(1));
      if (!ids?.has(id)) broken.push(`${ref.from}: ${ref.url} (no element with id="${id}" in ${target.path})`);
    }
    expect(broken, broken.join('\n')).toEqual([]);
  });

  it('gives every external link rel="noopener noreferrer"', () => {
    const bad: string[] = [];
    for (const [path, $] of parsed) {
      $('a[href]').each((_, el) => {
        const href = $(el).attr('href')!;
        if (!/^(https?:)?\/\//i.test(href)) return;
        if (new URL(href, SITE).origin === SITE.origin) return;
        const rel = ($(el).attr('rel') ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) bad.push(`${path}: ${href} (rel="${$(el).attr('rel') ?? ''}")`);
      });
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });

  it('lists in the sitemap only URLs that are pages of the site', () => {
    const index = join(DIST, 'sitemap-index.xml');
    expect(existsSync(index), 'dist/sitemap-index.xml').toBe(true);
    const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.trim());
    const urls = locs(readFileSync(index, 'utf8')).flatMap((sitemap) => {
      const url = new URL(sitemap);
      expect(url.origin, sitemap).toBe(SITE.origin);
      return locs(readFileSync(join(DIST, url.pathname), 'utf8'));
    });
    expect(urls.length).toBeGreaterThan(0);
    const missing = urls.filter(
      (u) => new URL(u).origin !== SITE.origin || !exists(new URL(u).pathname) || !parsed.has(new URL(u).pathname),
    );
    expect(missing, missing.join('\n')).toEqual([]);
  });
});
