/**
 * Gate: page weight budgets on the real site, measured the way the bytes travel:
 * each file gzip-compressed on its own (node:zlib, level 9) and the sizes added up.
 * - an article page's HTML and every stylesheet it links: at most 14 KB, so the
 *   readable page arrives in the first round trips;
 * - an article page's JavaScript, every `<script src>` and each module those import
 *   statically: at most 2 KB;
 * - no inline script on any page but JSON-LD (the Content-Security-Policy allows none);
 * - the home page's HTML, CSS and JavaScript together: at most 14 KB;
 * - an entity page's HTML, CSS and JavaScript together, charts included: at most 30 KB;
 * - any page's HTML: at most 100 KB (the limit the benchmark holds at 10,000 articles).
 */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { allPages, exists, fileFor, page } from '../helpers/dist.ts';

const KB = 1024;
const PAGE_BUDGET = 14 * KB;
const ARTICLE_JS_BUDGET = 2 * KB;
const ENTITY_BUDGET = 30 * KB;
const ANY_PAGE_BUDGET = 100 * KB;

const gz = (path: string) => gzipSync(readFileSync(fileFor(path)), { level: 9 }).length;

const stylesheets = ($: CheerioAPI) =>
  $('link[rel~="stylesheet"][href]')
    .map((_, el) => $(el).attr('href')!)
    .get();

/** Every script file the page loads: its `<script src>`, then every module those import statically (once each). */
function scriptFiles($: CheerioAPI): string[] {
  const seen = new Set<string>();
  const queue = $('script[src]')
    .map((_, el) => new URL($(el).attr('src')!, 'http://x/').pathname)
    .get();
  // Static imports and re-exports in minified ES modules: import"./a.js", import{x}from"./b.js", export*from"./c.js".
  const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    expect(exists(path), `script ${path}`).toBe(true);
    const code = readFileSync(fileFor(path), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
      if (!spec!.startsWith('.') && !spec!.startsWith('/')) continue;
      queue.push(spec!.startsWith('/') ? spec! : posix.join(posix.dirname(path), spec!));
    }
  }
  return [...seen];
}

interface Weight {
  html: number;
  css: number;
  js: number;
  scripts: string[];
}

function weigh(path: string): Weight {
  const $ = page(path);
  const scripts = scriptFiles($);
  return {
    html: gz(path),
    css: stylesheets($).reduce((sum, href) => sum + gz(new URL(href, 'http://x' + path).pathname), 0),
    js: scripts.reduce((sum, src) => sum + gz(src), 0),
    scripts,
  };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KB`;
const pages = allPages();
const articles = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p));
const entities = pages.filter((p) => /^\/entities\/[^/]+\/$/.test(p));

describe('page weight budgets (gzip level 9)', () => {
  it('has article pages to measure', () => {
    expect(articles.length).toBeGreaterThan(5);
  });

  it('keeps each article page, HTML and CSS, within 14 KB and its JavaScript within 2 KB', () => {
    const rows = articles.map((path) => ({ path, ...weigh(path) }));
    const worst = (key: 'html' | 'css' | 'js') => Math.max(...rows.map((r) => r[key]));
    console.log(
      [
        `Article pages (${rows.length}), gzip -9 bytes: HTML + CSS ≤ ${PAGE_BUDGET}, JS ≤ ${ARTICLE_JS_BUDGET}`,
        ...rows.map(
          (r) =>
            `  ${r.path}  HTML ${r.html} + CSS ${r.css} = ${r.html + r.css} (${kb(r.html + r.css)});  ` +
            `JS ${r.js} (${r.scripts.length} file${r.scripts.length === 1 ? '' : 's'})`,
        ),
        `  largest: HTML ${worst('html')}, HTML + CSS ${Math.max(...rows.map((r) => r.html + r.css))}, JS ${worst('js')}`,
      ].join('\n'),
    );
    const over = rows.filter((r) => r.html + r.css > PAGE_BUDGET).map((r) => `${r.path}: HTML + CSS ${r.html + r.css} bytes`);
    const heavyJs = rows.filter((r) => r.js > ARTICLE_JS_BUDGET).map((r) => `${r.path}: JS ${r.js} bytes (${r.scripts.join(', ')})`);
    expect([...over, ...heavyJs], [...over, ...heavyJs].join('\n')).toEqual([]);
  });

  it('keeps the home page, HTML, CSS and JavaScript, within 14 KB', () => {
    const home = weigh('/');
    const total = home.html + home.css + home.js;
    console.log(
      `Home page, gzip -9 bytes: HTML ${home.html} + CSS ${home.css} + JS ${home.js} = ${total} (${kb(total)}) of ${PAGE_BUDGET}; ` +
        `scripts: ${home.scripts.join(', ') || 'none'}`,
    );
    expect(total).toBeLessThanOrEqual(PAGE_BUDGET);
  });

  it('keeps each entity page, HTML, CSS and JavaScript with its charts, within 30 KB', () => {
    expect(entities.length).toBeGreaterThan(5);
    const rows = entities.map((path) => {
      const w = weigh(path);
      return { path, total: w.html + w.css + w.js };
    });
    const largest = rows.reduce((a, b) => (b.total > a.total ? b : a));
    console.log(
      `Entity pages (${rows.length}), gzip -9: the largest ${largest.path} ${largest.total} (${kb(largest.total)}) of ${ENTITY_BUDGET}`,
    );
    const over = rows.filter((r) => r.total > ENTITY_BUDGET).map((r) => `${r.path}: ${r.total} bytes`);
    expect(over, over.join('\n')).toEqual([]);
  });

  it('keeps every page under 100 KB of compressed HTML', () => {
    const over = pages.map((path) => ({ path, html: gz(path) })).filter((r) => r.html > ANY_PAGE_BUDGET);
    expect(over.map((r) => `${r.path}: ${r.html} bytes`)).toEqual([]);
  });

  it('has no inline script on any page except JSON-LD data', () => {
    const inline: string[] = [];
    for (const path of pages) {
      const $ = page(path);
      $('script:not([src])').each((_, el) => {
        const type = ($(el).attr('type') ?? '').trim().toLowerCase();
        if (type !== 'application/ld+json') inline.push(`${path}: <script${type ? ` type="${type}"` : ''}> ${$(el).text().slice(0, 60)}…`);
      });
    }
    expect(inline, inline.join('\n')).toEqual([]);
  });

  it('has no inline style on any page (the Content-Security-Policy allows stylesheets from the site only)', () => {
    const inline: string[] = [];
    for (const path of pages) {
      const $ = page(path);
      if ($('style').length) inline.push(`${path}: <style> ${$('style').first().text().slice(0, 60)}…`);
      $('[style]').each((_, el) => void inline.push(`${path}: <${'tagName' in el ? el.tagName : '?'} style="${$(el).attr('style')}">`));
    }
    expect(inline, inline.join('\n')).toEqual([]);
  });
});
