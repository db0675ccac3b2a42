/**
 * The design as a reader meets it, in Chromium at a desktop (1,280 × 900) and a phone (390 × 844):
 * what is above the fold, the second column, target sizes, text that must not run together, and
 * the article tools.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, openSite } from '../helpers/browser.ts';
import { allPages, page as parse } from '../helpers/dist.ts';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const pages = allPages();
const article = pages.find((p) => p.startsWith('/articles/') && !parse(p)('meta[http-equiv="refresh" i]').length)!;
/** One page of each template: where every kind of link and control appears. */
const TEMPLATES = [
  '/',
  article,
  '/entities/kamaz/',
  '/entities/',
  '/deals/',
  '/storylines/',
  '/timeline/2024/',
  '/search/?q=KAMAZ',
  '/figures/',
  '/404.html',
].filter((p) => p.includes('?') || pages.includes(p.replace(/\?.*/, '')));

describe.skipIf(!hasChromium)('the design in Chromium', () => {
  const site = openSite();
  const at = async (viewport: { width: number; height: number }, path: string) => {
    const tab = await site.browser.newPage({ viewport });
    await tab.goto(site.server.url + path, { waitUntil: 'networkidle' });
    return tab;
  };
  const top = (tab: Page, selector: string) =>
    tab
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top);

  it('shows the "updated" line and the first timeline entry above the fold on a desktop', async () => {
    const tab = await at(DESKTOP, '/');
    expect(await top(tab, '.updated')).toBeLessThan(DESKTOP.height);
    const first = await top(tab, '[data-timeline-root] .entry');
    console.log(`first timeline entry at ${Math.round(first)} px on a desktop`);
    expect(first).toBeLessThan(DESKTOP.height - 100);
    await tab.close();
  });

  it('shows the first search result for KAMAZ above the fold on a phone', async () => {
    const tab = await at(PHONE, '/search/?q=KAMAZ');
    await tab.locator('#search-entities li, #search-results li').first().waitFor();
    const first = await top(tab, '#search-entities li, #search-results li');
    console.log(`first search result at ${Math.round(first)} px on a phone`);
    expect(first).toBeLessThan(PHONE.height - 100);
    // The filters wait behind "Filter (n)" on a phone.
    expect(await tab.locator('#search-filter-box').evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    await tab.close();
  });

  it('keeps the header compact on a phone', async () => {
    const tab = await at(PHONE, '/');
    const height = await tab.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
    console.log(`phone header ${Math.round(height)} px tall`);
    expect(height).toBeLessThanOrEqual(72);
    await tab.close();
  });

  it('uses a second column at 1,280 px, and one column on a phone', async () => {
    for (const path of ['/', '/entities/kamaz/', '/timeline/2024/']) {
      const wide = await at(DESKTOP, path);
      const [main, side] = await Promise.all([wide.locator('.page-body').boundingBox(), wide.locator('.page-side').boundingBox()]);
      expect(side!.x, path).toBeGreaterThan(main!.x + main!.width);
      await wide.close();
      const narrow = await at(PHONE, path);
      const body = await narrow.locator('.page-body').boundingBox();
      expect(body!.width, path).toBeGreaterThan(PHONE.width - 60);
      await narrow.close();
    }
  });

  describe.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('at the %s size', (_, viewport) => {
    let tab: Page;
    beforeAll(async () => {
      tab = await site.browser.newPage({ viewport });
    });
    afterAll(() => tab?.close());

    it('gives every link and control outside running text a target at least 24 px tall', async () => {
      const small: string[] = [];
      for (const path of TEMPLATES) {
        await tab.goto(site.server.url + path, { waitUntil: 'networkidle' });
        small.push(
          ...(await tab.evaluate((p) => {
            const BLOCK = 'p, li, td, th, dd, dt, figcaption, h1, h2, h3, h4, label, legend, summary';
            const out: string[] = [];
            for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary')) {
              const box = el.getBoundingClientRect();
              if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
              if (el.closest('.visually-hidden, .skip-link, svg')) continue;
              // WCAG 2.2 exempts a target inside a sentence: its block holds text that is not the target's.
              const block = el.parentElement?.closest(BLOCK);
              const rest = block ? (block.textContent ?? '').replace(el.textContent ?? '', '') : '';
              if (/[\p{L}\p{N}]{2,}/u.test(rest.replace(/\s+/g, ' ')) && !el.matches('button, input, select, summary')) continue;
              if (box.height < 23.5)
                out.push(`${p}: ${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${box.height.toFixed(1)} px`);
            }
            return out;
          }, path)),
        );
      }
      expect(small, small.join('\n')).toEqual([]);
    });

    it('never runs text together: pager links, outlets and deal statuses read apart', async () => {
      await tab.goto(`${site.server.url}/timeline/2024/`);
      expect(await tab.locator('.pager').innerText()).not.toMatch(/\d{4}(Older|Latest)/);
      await tab.goto(`${site.server.url}/`);
      for (const text of await tab.locator('[data-timeline-root] .entry-head').allInnerTexts())
        expect(text).not.toMatch(/[a-z][A-Z]{2,}|[A-Z]{3,}[A-Z][a-z]/);
      for (const text of await tab.locator('.deal-pills li, .entry-deals li').allInnerTexts())
        expect(text).not.toMatch(/[a-z](Production|Agreement|In talks|Stalled|Reported)/);
    });
  });

  it('gives an article its breadcrumb, share row, neighbours in its storyline and related articles', async () => {
    const tab = await at(DESKTOP, article);
    expect(await tab.locator('nav.breadcrumb a').count()).toBe(1);
    expect(await tab.locator('.share button[data-copy-url]').isVisible()).toBe(true);
    expect(await tab.locator('nav[aria-labelledby="related"] a').count()).toBeGreaterThan(0);
    await tab.close();
  });

  it('says "Copied" where the reader can see it when the link is copied', async () => {
    const context = await site.browser.newContext({ viewport: DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] });
    const tab = await context.newPage();
    await tab.goto(site.server.url + article);
    await tab.click('.share button[data-copy-url]');
    await expect.poll(() => tab.locator('[data-copy-confirm]').textContent()).toBe('Copied');
    expect(await tab.locator('[data-copy-confirm]').isVisible()).toBe(true);
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${article}$`));
    await context.close();
  });

  it('highlights the event a reader arrived at', async () => {
    const withEvent = pages.find((p) => p.startsWith('/articles/') && parse(p)('.events li[id^="event-"]').length)!;
    const id = parse(withEvent)('.events li[id^="event-"]').first().attr('id')!;
    const tab = await at(DESKTOP, `${withEvent}#${id}`);
    expect(await tab.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await tab.close();
  });
});
