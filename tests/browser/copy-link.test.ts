import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SITE_URL } from '../../src/site-config.ts';
import { hasChromium, openSite } from '../helpers/browser.ts';

const SLUG = 'russia-courts-chinese-carmakers-for-moskvich-revival';
const CANONICAL = `${SITE_URL}/articles/${SLUG}/`;

describe.skipIf(!hasChromium)('copy-link controls in Chromium', () => {
  const site = openSite();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    await page.goto(`${site.server.url}/articles/${SLUG}/`);
  });

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  it('the headline control copies the article’s absolute canonical URL and announces it', async () => {
    await page.click('a.copy-link:has(+ h1)');
    await expect.poll(clipboard).toBe(CANONICAL);
    await expect.poll(() => page.textContent('[role="status"][data-copy-status]')).toBe('Link copied');
    expect(page.url()).toBe(`${site.server.url}/articles/${SLUG}/`);
  });

  it('a section control copies the section’s absolute URL and puts its anchor in the address bar', async () => {
    await page.click('a.copy-link[href="#sources"]');
    await expect.poll(clipboard).toBe(`${CANONICAL}#sources`);
    await expect.poll(() => page.textContent('[data-copy-status]')).toBe('Link copied');
    expect(page.url()).toBe(`${site.server.url}/articles/${SLUG}/#sources`);
  });

  it('a heading in the Markdown body has one too', async () => {
    await page.click('a.copy-link[href="#timing-and-which-plant"]');
    await expect.poll(clipboard).toBe(`${CANONICAL}#timing-and-which-plant`);
  });

  it('is keyboard operable, with a visible "#" beside its heading', async () => {
    const control = page.locator('a.copy-link[href="#sources"]');
    const heading = page.locator('h2#sources');
    const [c, h] = [await control.boundingBox(), await heading.boundingBox()];
    expect(c && h).toBeTruthy();
    // Beside the heading: on its first line, to its right.
    expect(c!.y).toBeGreaterThanOrEqual(h!.y - 2);
    expect(c!.y + c!.height).toBeLessThanOrEqual(h!.y + h!.height + 2);
    expect(await control.locator('[aria-hidden="true"]').textContent()).toBe('#');
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await control.focus();
    await page.keyboard.press('Enter');
    await expect.poll(clipboard).toBe(`${CANONICAL}#sources`);
  });

  it('without JavaScript it is a plain link to the section', async () => {
    const noJs = await site.browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(`${site.server.url}/articles/${SLUG}/`);
    await plain.click('a.copy-link[href="#events"]');
    expect(plain.url()).toBe(`${site.server.url}/articles/${SLUG}/#events`);
    await noJs.close();
  });
});
