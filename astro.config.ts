import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { entityNames } from './src/lib/content-check/read.ts';
import { entityUrl } from './src/lib/urls.ts';
import { satteriEntityLinks } from './src/plugins/entity-links/satteri.ts';
import { sectionAnchors } from './src/plugins/section-anchors.ts';
import { contentCheck } from './src/plugins/content-check-integration.ts';
import { pagefindIndex } from './src/plugins/pagefind-integration.ts';
import { sharing, sitemapFilter } from './src/plugins/sharing.ts';
import { pageCsp } from './src/lib/security-headers.ts';
import { CONTENT_DIR, SITE_URL } from './src/site-config.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  // Sixteen pages in flight at once, so one renders while the files of others are written: at 10,000 articles
  // the pages took 72 s one at a time, 54 s four at a time and 47 s sixteen at a time (docs/PERFORMANCE.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 16 },
  integrations: [
    contentCheck(CONTENT_DIR),
    // Sharing and feeds: /sitemap-index.xml (HTML pages, none marked noindex), link-preview cards, external scripts only.
    sitemap({ filter: sitemapFilter() }),
    sharing(),
    // Search: under `astro dev` it serves the index of the last build at /pagefind/. The index itself is
    // built after `astro build` has exited (npm run build runs scripts/search-index.ts).
    pagefindIndex(),
  ],
  // Sätteri (Astro's native Markdown processor) with the entity-link plugin; see docs/PERFORMANCE.md for why not unified.
  // Syntax highlighting is off: Shiki writes inline styles, which the Content-Security-Policy refuses,
  // and the tracker's bodies are news text; a code block renders as plain <pre><code class="language-…">.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [satteriEntityLinks({ entities: entityNames(CONTENT_DIR), href: entityUrl })],
      hastPlugins: [sectionAnchors()],
    }),
  },
  // The same policy as dist/_headers, as a <meta> in every page (hosts that ignore _headers still get it).
  // Astro adds hashes for anything it inlines; script-src has no 'unsafe-inline'.
  security: { csp: pageCsp() },
  devToolbar: { enabled: false },
  // A content folder other than the real one (a test fixture, the benchmark) gets a cache of its
  // own, so that the content layer never mixes its entries with the real site's.
  cacheDir: CONTENT_DIR === 'content' ? undefined : `./node_modules/.astro/${CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '_')}`,
});
