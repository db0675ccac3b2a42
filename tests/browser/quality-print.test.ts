/**
 * Gate: an article prints cleanly. Under print media the site's header, footer,
 * navigation, search box, timeline filters and copy-link controls are not
 * displayed, and each source link prints its address after it.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, page as parse } from '../helpers/dist.ts';
import { hasChromium, openSite } from '../helpers/browser.ts';

const article = allPages().find((p) => /^\/articles\/[^/]+\/$/.test(p) && parse(p)('.sources a[href^="http"]').length > 0)!;

const display = (tab: Page, selector: string) => tab.$$eval(selector, (els) => els.map((el) => getComputedStyle(el).display));

describe.skipIf(!hasChromium)('printing', () => {
  const site = openSite();
  let tab: Page;

  beforeAll(async () => {
    tab = await site.browser.newPage();
  });

  it('shows the site header on screen (the check below means something)', async () => {
    await tab.goto(site.server.url + article);
    await tab.emulateMedia({ media: 'screen' });
    expect(await display(tab, '.site-header')).toEqual(['block']);
  });

  it('hides the header, footer, navigation, search and skip link of an article', async () => {
    await tab.goto(site.server.url + article);
    await tab.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.skip-link', 'nav', 'form[role="search"]', '.copy-link']) {
      const shown = (await display(tab, selector)).filter((d) => d !== 'none');
      expect(shown, `${selector} printed`).toEqual([]);
    }
    expect(await display(tab, 'main h1')).not.toContain('none');
    expect(await display(tab, '.sources')).not.toContain('none');
  });

  it('prints each source link’s address after it', async () => {
    await tab.goto(site.server.url + article);
    await tab.emulateMedia({ media: 'print' });
    const links = await tab.$$eval('.sources a[href^="http"]', (els) =>
      els.map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { href, after } of links) expect(after).toContain(href);
  });

  it('hides the timeline filters when the home page is printed', async () => {
    await tab.goto(site.server.url + '/');
    await tab.emulateMedia({ media: 'print' });
    expect((await display(tab, '.filters')).filter((d) => d !== 'none')).toEqual([]);
    expect(await display(tab, '[data-timeline-root]')).not.toContain('none');
  });
});
