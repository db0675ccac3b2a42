import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openSite } from '../helpers/browser.ts';
import { fileFor } from '../helpers/dist.ts';

/** Records every same-origin request a page makes, with the gzip size of what was served. */
function recordTransfers(page: Page, origin: string) {
  const requests: { path: string; gzip: number }[] = [];
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin) return;
    let gzip = 0;
    try {
      gzip = gzipSync(readFileSync(fileFor(url.pathname))).length;
    } catch {
      /* a 404 */
    }
    requests.push({ path: url.pathname, gzip });
  });
  return requests;
}
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const total = (rs: { gzip: number }[]) => rs.reduce((sum, r) => sum + r.gzip, 0);

describe.skipIf(!hasChromium)('search in Chromium', () => {
  const site = openSite();

  const titles = (page: Page) => page.locator('#search-results .entry-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  it('article and entity pages load no Pagefind at all, even when the header search box is focused', async () => {
    for (const path of ['/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/', '/entities/kamaz/']) {
      const page = await site.browser.newPage();
      const requests = recordTransfers(page, site.server.url);
      await page.goto(site.server.url + path);
      await page.focus('#site-search');
      await page.waitForTimeout(200);
      expect(
        requests.filter((r) => r.path.startsWith('/pagefind/')),
        path,
      ).toEqual([]);
      await page.close();
    }
  });

  it('stays within budget: the page before typing, the first query, and the time to results', async () => {
    // Three fresh visits, each a reader's first query; the median time guards against one slow moment of the machine.
    const runs: { before: number; firstQuery: number; ms: number }[] = [];
    for (const query of ['Kogogin', 'Shmakov', 'Laptev']) {
      const page = await site.browser.newPage();
      const requests = recordTransfers(page, site.server.url);
      await page.goto(`${site.server.url}/search/`, { waitUntil: 'networkidle' });
      const before = total(requests);
      requests.length = 0;
      await page.focus('#search-q');
      await page.keyboard.type(query, { delay: 60 });
      const typed = performance.now();
      await page.waitForFunction((q) => document.getElementById('search-status')?.textContent?.includes(`for “${q}”`), query, {
        polling: 'raf',
      });
      const ms = performance.now() - typed;
      await page.waitForLoadState('networkidle');
      runs.push({ before, firstQuery: total(requests), ms });
      await page.close();
    }
    const median = [...runs.map((r) => r.ms)].sort((a, b) => a - b)[1]!;
    const before = Math.max(...runs.map((r) => r.before));
    const firstQuery = Math.max(...runs.map((r) => r.firstQuery));
    console.log(
      `search budgets: page before typing ${kb(before)} KB gz (≤ 30), first query ${kb(firstQuery)} KB gz (≤ 150), ` +
        `results ${runs.map((r) => Math.round(r.ms)).join('/')} ms after the last key, median ${Math.round(median)} (≤ 300)`,
    );
    expect(before).toBeLessThanOrEqual(30 * 1024);
    expect(firstQuery).toBeLessThanOrEqual(150 * 1024);
    expect(median).toBeLessThanOrEqual(300);
  });

  it('puts the entity first for a company name, in any spelling', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    for (const [query, first] of [
      ['Kamaz', '/entities/kamaz/'],
      ['Москвич', '/entities/moskvich/'],
      ['First Automotive Works', '/entities/faw/'],
    ] as const) {
      await page.fill('#search-q', query);
      await expect.poll(async () => (await titles(page))[0], { timeout: 3000 }).toBe(first);
      await expect.poll(() => page.textContent('#search-status')).toMatch(new RegExp(`^\\d+ results? for “${query}”`));
    }
    await page.close();
  });

  it('applies a filter, keeps it in the URL, and a new page on that URL shows the same results', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=kamaz`);
    await page.locator('#search-results .search-result').first().waitFor();
    await page.click('#search-filters input[name="kind"][value="Article"]');
    await expect.poll(() => page.url()).toContain('kind=Article');
    await expect.poll(async () => (await titles(page)).every((h) => h!.startsWith('/articles/'))).toBe(true);
    const results = await titles(page);
    expect(results.length).toBeGreaterThan(0);

    const copy = await site.browser.newPage();
    await copy.goto(page.url());
    await copy.locator('#search-results .search-result').first().waitFor();
    await expect.poll(() => titles(copy)).toEqual(results);
    expect(await copy.isChecked('#search-filters input[name="kind"][value="Article"]')).toBe(true);
    expect(await copy.inputValue('#search-q')).toBe('kamaz');
    await Promise.all([page.close(), copy.close()]);
  });

  it('sorts by date, newest first, and keeps the sort in the URL', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=moskvich&sort=date&kind=Article`);
    await page.locator('#search-results .search-result').first().waitFor();
    expect(await page.inputValue('#search-sort')).toBe('date');
    const dates = await page.locator('#search-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.close();
  });

  it('offers the entities index and the closest names when nothing matches', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/?q=Kogogim`);
    await expect.poll(() => page.locator('#search-empty').isVisible()).toBe(true);
    expect(await page.locator('#search-empty a[href="/entities/"]').count()).toBe(1);
    expect(await page.locator('#search-suggestions a[href="/entities/sergey-kogogin/"]').count()).toBe(1);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/search/`);
    await page.focus('#search-q');
    await page.keyboard.type('FAW');
    await page.keyboard.press('Enter');
    await page.locator('#search-results .search-result').first().waitFor();
    expect(page.url()).toContain('q=FAW');
    // Tab from the box to the sort control and change it with the arrow keys.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('sort=date');
    await expect.poll(() => page.locator('#search-filters input[name="kind"]').count()).toBeGreaterThan(0);
    // Reach a filter checkbox and toggle it with the space bar.
    const box = page.locator('#search-filters input[name="kind"]').first();
    const value = await box.getAttribute('value');
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain(`kind=${value}`);
    // The filters are drawn anew with the results; focus stays on the box just toggled.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(value);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    // Reach the first result and follow it with Enter.
    const first = page.locator('#search-results a').first();
    const href = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await page.close();
  });

  it('without JavaScript, says search needs it and links to the timeline and the entities', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/search/?q=kamaz`);
    expect(await page.locator('#search-needs-js').isVisible()).toBe(true);
    await context.close();
  });
});
