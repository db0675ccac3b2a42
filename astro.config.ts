import { defineConfig } from 'astro/config';
import { contentCheck } from './src/plugins/content-check-integration.ts';
import { CONTENT_DIR, SITE_URL } from './src/site-config.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
  site: SITE_URL,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentCheck(CONTENT_DIR)],
  devToolbar: { enabled: false },
  // A content folder other than the real one (a test fixture, the benchmark) gets a cache of its
  // own, so that the content layer never mixes its entries with the real site's.
  cacheDir: CONTENT_DIR === 'content' ? undefined : `./node_modules/.astro/${CONTENT_DIR.replace(/[^a-zA-Z0-9]+/g, '_')}`,
});
