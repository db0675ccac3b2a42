/**
 * `npm run screenshots [-- --out folder]`: the home page, an article, an entity, the deals and a
 * search, at 1,280 × 900 and 390 × 844, light and dark, as full-page PNGs in screenshots/ (not
 * committed), so a change to the design can be looked at, not only tested. Build first.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from './lib/chromium.ts';
import { DIST, exists } from './lib/dist.ts';
import { serveDist } from './lib/serve.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'screenshots' } } });
const out = resolve(values.out!);
if (!exists('/index.html')) {
  console.error('No built site in dist/: run `npm run build` first.');
  process.exit(2);
}

const PAGES = [
  ['home', '/'],
  ['article', '/articles/moskvich-sales-fell-by-a-third-in-2025-to-15600-cars/'],
  ['entity', '/entities/kamaz/'],
  ['deals', '/deals/'],
  ['search', '/search/?q=KAMAZ'],
] as const;
const VIEWPORTS = [
  ['desktop', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
] as const;

mkdirSync(out, { recursive: true });
const [browser, server] = await Promise.all([launchBrowser(), serveDist(DIST)]);
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [device, viewport] of VIEWPORTS) {
      const context = await browser.newContext({ viewport, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of PAGES) {
        await page.goto(server.url + path, { waitUntil: 'networkidle' });
        if (name === 'search') await page.locator('#search-results li, #search-entities li').first().waitFor();
        const file = join(out, `${name}-${device}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      }
      await context.close();
    }
  }
} finally {
  await Promise.all([browser.close(), server.close()]);
}
