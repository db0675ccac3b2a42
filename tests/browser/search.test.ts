/** The search page in Chromium, as a reader uses it: typing, the entity card, excerpts, filters, the URL, the keyboard. */
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
  const open = async (path: string) => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url + path);
    return page;
  };
  const hrefs = (page: Page) => page.locator('#search-results .entry-title').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const settled = (page: Page, query: string) =>
    expect.poll(() => page.textContent('#search-status')).toMatch(new RegExp(`^\\d+ results? for “${query}”`));

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

  it('stays within its byte budgets: the page before typing, and the first query', async () => {
    const sizes: { before: number; firstQuery: number }[] = [];
    for (const query of ['Kogogin', 'КАМАЗ', 'Moskvich']) {
      const page = await site.browser.newPage();
      const requests = recordTransfers(page, site.server.url);
      await page.goto(`${site.server.url}/search/`, { waitUntil: 'networkidle' });
      const before = total(requests);
      requests.length = 0;
      await page.focus('#search-q');
      await page.keyboard.type(query, { delay: 30 });
      await settled(page, query);
      await page.waitForLoadState('networkidle');
      sizes.push({ before, firstQuery: total(requests) });
      await page.close();
    }
    const before = Math.max(...sizes.map((s) => s.before));
    const firstQuery = Math.max(...sizes.map((s) => s.firstQuery));
    console.log(`search budgets: page before typing ${kb(before)} KB gz (≤ 30), first query ${kb(firstQuery)} KB gz (≤ 150)`);
    expect(before).toBeLessThanOrEqual(30 * 1024);
    expect(firstQuery).toBeLessThanOrEqual(150 * 1024);
  });

  it('shows the named entity as a card: name, kind, summary, article count, page and feed, and the alias that matched', async () => {
    const page = await open('/search/?q=КАМАЗ');
    const card = page.locator('#search-entities .entity-card').first();
    await card.waitFor();
    expect(await card.locator('.entity-card-name a').getAttribute('href')).toBe('/entities/kamaz/');
    expect(await card.locator('.entity-card-name a').textContent()).toBe('KAMAZ');
    expect(await card.locator('.tag').textContent()).toBe('Company');
    expect(await card.locator('.matched').textContent()).toBe('КАМАЗ → KAMAZ');
    expect(await card.locator('.summary').textContent()).toMatch(/truck maker/i);
    expect(await card.locator('.entity-card-links').textContent()).toMatch(/^\d+ articles on its page · RSS feed$/);
    expect(await card.locator('a[href="/entities/kamaz/rss.xml"]').count()).toBe(1);
    await page.close();
  });

  it('lists articles with their date, kind and outlets, and an excerpt with the match highlighted, no alias lists', async () => {
    const page = await open('/search/?q=Kogogin');
    await settled(page, 'Kogogin');
    const first = page.locator('#search-results .search-result').first();
    expect(await first.locator('time').getAttribute('datetime')).toMatch(/^\d{4}(-\d{2}){0,2}$/);
    expect(await first.locator('.tag').textContent()).toMatch(/^(Report|Brief)$/);
    expect(await first.locator('.meta').textContent()).toMatch(/ · .+/);
    expect(await first.locator('.excerpt mark').first().textContent()).toMatch(/Kogogin/i);
    const excerpts = await page.locator('#search-results .excerpt').allTextContents();
    for (const text of excerpts) expect(text).not.toMatch(/Also written as|\.\s\./);
    await page.close();
  });

  it('offers "Did you mean …?" for a near miss, and the link runs the corrected search', async () => {
    const page = await open('/search/?q=Moskvitsch');
    const link = page.locator('#search-notice .suggestion a');
    await link.waitFor();
    expect(await link.textContent()).toBe('Moskvich');
    await link.click();
    await settled(page, 'Moskvich');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Moskvich');
    expect(await page.locator('#search-entities a[href="/entities/moskvich/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-notice .suggestion').count()).toBe(0);
    await page.close();
  });

  it('filters by id, keeps the filter in the URL, and a new page on that URL shows the same results', async () => {
    const page = await open('/search/?q=kamaz');
    await settled(page, 'kamaz');
    await page.locator('#search-filter-box').evaluate((d: HTMLDetailsElement) => (d.open = true));
    await page.click('#search-filters input[name="kind"][value="report"]');
    await expect.poll(() => page.url()).toContain('kind=report');
    await expect.poll(async () => (await hrefs(page)).every((h) => h!.startsWith('/articles/'))).toBe(true);
    const results = await hrefs(page);
    expect(results.length).toBeGreaterThan(0);
    const copy = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await settled(copy, 'kamaz');
    await expect.poll(() => hrefs(copy)).toEqual(results);
    expect(await copy.isChecked('#search-filters input[name="kind"][value="report"]')).toBe(true);
    await Promise.all([page.close(), copy.close()]);
  });

  it('names a filter value the site does not have, leaves it out, and offers to remove it', async () => {
    const page = await open('/search/?q=kamaz&storyline=no-such-storyline');
    const notice = page.locator('#search-notice .unknown-filter');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(/There is no storyline “no-such-storyline” on this site/);
    await settled(page, 'kamaz');
    expect((await hrefs(page)).length).toBeGreaterThan(0);
    await notice.locator('a').click();
    await expect.poll(() => page.url()).not.toContain('storyline=');
    await page.close();
  });

  it('sorts by date, newest first, and keeps the sort in the URL', async () => {
    const page = await open('/search/?q=moskvich&sort=date&kind=report&kind=brief');
    await settled(page, 'moskvich');
    expect(await page.inputValue('#search-sort')).toBe('date');
    const dates = await page.locator('#search-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(1);
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.close();
  });

  it('"/" focuses search from any page, but not while the reader types in a field', async () => {
    const page = await open('/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('a/b');
    expect(await page.inputValue('#site-search')).toBe('a/b');
    await page.goto(`${site.server.url}/search/`);
    expect(await page.locator('#site-search').count()).toBe(0);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.close();
  });

  it('updates as the reader types, and Back restores the search before; Escape clears', async () => {
    const page = await open('/search/');
    await page.focus('#search-q');
    await page.keyboard.type('Kogogin');
    await settled(page, 'Kogogin');
    expect(new URL(page.url()).searchParams.get('q')).toBe('Kogogin');
    await page.fill('#search-q', 'Laptev');
    await page.keyboard.press('Enter');
    await settled(page, 'Laptev');
    await page.goBack();
    await settled(page, 'Kogogin');
    expect(await page.inputValue('#search-q')).toBe('Kogogin');
    await page.focus('#search-q');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#search-q')).toBe('');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(0);
    await page.close();
  });

  it('works from the keyboard alone', async () => {
    const page = await open('/search/');
    await page.focus('#search-q');
    await page.keyboard.type('FAW');
    await page.keyboard.press('Enter');
    await settled(page, 'FAW');
    expect(page.url()).toContain('q=FAW');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-sort');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.url()).toContain('sort=date');
    await page.locator('#search-filter-box').evaluate((d: HTMLDetailsElement) => (d.open = true));
    await expect.poll(() => page.locator('#search-filters input[name="kind"]').count()).toBeGreaterThan(0);
    const box = page.locator('#search-filters input[name="kind"]').first();
    const value = await box.getAttribute('value');
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain(`kind=${value}`);
    // The filters are drawn anew with the results; focus stays on the box just toggled.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(value);
    const first = page.locator('#search-entities a, #search-results a').first();
    const href = await first.getAttribute('href');
    await first.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).pathname).toBe(href);
    await page.close();
  });

  it('without JavaScript, the header form reaches /search/?q= and the page says search needs JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/entities/kamaz/`);
    await page.fill('#site-search', 'kamaz');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=kamaz$/);
    expect(await page.locator('#search-needs-js').isVisible()).toBe(true);
    await context.close();
  });
});
