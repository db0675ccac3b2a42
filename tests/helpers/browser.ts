/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by
 * playwright-core (a Playwright browser download does not work on these
 * machines). Without Chromium the tests say so loudly and skip; under CI=true
 * they fail instead, because there they must run.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, hasChromium, launchBrowser } from '../../scripts/lib/chromium.ts';
import { serveDist, type ServeOptions, type StaticServer } from '../../scripts/lib/serve.ts';

export { CHROMIUM, CHROMIUM_ARGS, hasChromium, launchBrowser } from '../../scripts/lib/chromium.ts';

if (!hasChromium) {
  const message = `Chromium not found at ${CHROMIUM}: browser tests cannot run (apt-get install chromium).`;
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(`\n*** ${message} Skipping them. ***\n`);
}

/**
 * One Chromium and one server of dist/ for a test file, started before its
 * tests and closed after them: `const site = openSite();` then `site.browser`
 * and `site.server.url` inside the tests.
 */
export function openSite(options?: ServeOptions): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchBrowser(), serveDist(undefined, options)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
