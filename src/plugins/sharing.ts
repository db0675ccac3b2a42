/**
 * Sharing and feeds, the build side:
 * - keeps every script an external file (no inline `<script>`, so a strict
 *   Content-Security-Policy needs no hashes; JSON-LD is data, not script);
 * - writes `dist/_redirects` (Netlify / Cloudflare Pages format) for former
 *   article slugs; the HTML redirect pages come from src/pages/articles/[slug].astro;
 * - reports how long the link-preview cards took (src/lib/render-card.ts).
 * `sitemapFilter` keeps noindex pages (redirect pages among them) and non-HTML files out of the sitemap.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content-check.ts';
import { readContentDir } from '../lib/read-content.ts';
import { articleRedirects, redirectsFile, type Redirect } from '../lib/redirects.ts';
import { cardStats } from '../lib/social-card.ts';

/** The former-slug redirects of the content folder, read the way the content check reads it. */
export function contentRedirects(contentDir: string): Redirect[] {
  const { content } = checkContent(readContentDir(contentDir));
  return articleRedirects([...content.articles].map(([slug, { data }]) => ({ slug, data })));
}

/** Where the build writes the site; set when the config is done. */
let outDir: URL | undefined;

/** Whether a built page asks search engines to leave it out (redirect pages, the 404 page). */
export function isNoindex(html: string): boolean {
  return /<meta\s+name="robots"\s+content="[^"]*\bnoindex\b/i.test(html);
}

/**
 * For @astrojs/sitemap: HTML pages only, and none marked noindex (redirect
 * pages among them). It runs at the end of the build, so it reads the pages
 * as written to dist/.
 */
export function sitemapFilter(): (page: string) => boolean {
  return (page) => {
    const path = new URL(page).pathname;
    if (!path.endsWith('/')) return false;
    if (!outDir) return true;
    const file = new URL(`.${path}index.html`, outDir);
    return !(existsSync(file) && isNoindex(readFileSync(file, 'utf8')));
  };
}

/** "58 (first 231 ms, median 19.6 ms, 1394 ms in all)": the first card also loads the fonts and Satori's WASM. */
export function summariseTimes(times: readonly number[]): string {
  if (!times.length) return '0';
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const total = times.reduce((a, b) => a + b, 0);
  return `${times.length} (first ${times[0]!.toFixed(1)} ms, median ${median.toFixed(1)} ms, ${total.toFixed(0)} ms in all)`;
}

export function sharing(contentDir: string): AstroIntegration {
  return {
    name: 'moskvich-tracker:sharing',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            build: {
              // false for scripts: never inline them; undefined for anything else: Vite's default.
              assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
            },
          },
        });
      },
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      'astro:build:done': ({ dir, logger }) => {
        const redirects = contentRedirects(contentDir);
        writeFileSync(new URL('_redirects', dir), redirectsFile(redirects));
        logger.info(`_redirects: ${redirects.length} former article slug${redirects.length === 1 ? '' : 's'}`);
        const stats = cardStats();
        logger.info(`link-preview cards: drawn ${summariseTimes(stats.rendered)}; from the cache ${summariseTimes(stats.cached)}`);
      },
    },
  };
}
