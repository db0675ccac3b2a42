/**
 * Sharing and feeds, the build side:
 * - keeps every script an external file (no inline `<script>`, so a strict
 *   Content-Security-Policy needs no hashes; JSON-LD is data, not script);
 * - writes the link-preview cards the pages registered (`useCard` in
 *   src/lib/cards/cards.ts) to dist/cards/, from the card cache or drawn once
 *   (src/lib/cards/render.ts), reports how long that took, and draws them on
 *   request under `astro dev`.
 * `sitemapFilter` keeps noindex pages (redirect pages among them) and non-HTML files out of the sitemap.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { renderCard, writeCards } from '../lib/cards/render.ts';
import { cardRegistry, cardStats } from '../lib/cards/cards.ts';

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

export function sharing(): AstroIntegration {
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
      'astro:server:setup': ({ server }) => {
        // The pages register their cards as they render, so a card is there once its page has been visited.
        server.middlewares.use('/cards/', (req, res, next) => {
          const card = cardRegistry().get(`/cards${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
          if (!card) return next();
          renderCard(card).then(
            (png) => {
              res.setHeader('content-type', 'image/png');
              res.end(png);
            },
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const written = await writeCards(cardRegistry(), fileURLToPath(dir));
        const stats = cardStats();
        logger.info(
          `link-preview cards: written ${written} in ${Math.round(performance.now() - started)} ms; ` +
            `drawn ${summariseTimes(stats.rendered)}; from the cache ${summariseTimes(stats.cached)}`,
        );
      },
    },
  };
}
