/**
 * Gate: nothing scrolls sideways on a 320 px wide screen (WCAG 1.4.10 Reflow),
 * on one page of every template; in both colour schemes the layout is the same,
 * so the light one is used.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { allPages, exists, page as parse } from '../helpers/dist.ts';
import { hasChromium, openSite } from '../helpers/browser.ts';

const WIDTH = 320;
const pages = allPages();
const redirected = (p: string) => parse(p)('meta[http-equiv="refresh" i]').length > 0;
/** The article with the longest headline and the entity with the most names: the likeliest to overflow. */
const longest = (list: string[], measure: (p: string) => number) => list.reduce((a, b) => (measure(b) > measure(a) ? b : a));
const articles = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p) && !redirected(p));
const entities = pages.filter((p) => /^\/entities\/[^/]+\/$/.test(p));

const TEMPLATES: Record<string, string> = {
  home: '/',
  article: longest(articles, (p) => parse(p)('main').text().length),
  entity: '/entities/kamaz/',
  'entity with the most spellings': longest(entities, (p) => parse(p)('.aliases li').length),
  'entities index': '/entities/',
  deals: '/deals/',
  'storylines index': '/storylines/',
  storyline: pages.find((p) => /^\/storylines\/[^/]+\/$/.test(p))!,
  year: '/timeline/2022/',
  ...(exists('/search/') ? { search: '/search/' } : {}),
  'not found': '/404.html',
};

describe.skipIf(!hasChromium)(`no horizontal scrolling at ${WIDTH} px`, () => {
  const site = openSite();
  let context: BrowserContext;
  let tab: Page;

  beforeAll(async () => {
    context = await site.browser.newContext({ viewport: { width: WIDTH, height: 640 } });
    tab = await context.newPage();
  });

  for (const [template, path] of Object.entries(TEMPLATES)) {
    it(`${template} (${path})`, async () => {
      expect(pages).toContain(path);
      await tab.goto(site.server.url + path);
      const { scrollWidth, overflowing } = await tab.evaluate(
        (width) => ({
          scrollWidth: document.documentElement.scrollWidth,
          // The widest elements, to say what to fix.
          overflowing: [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .slice(0, 5)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\s+/g, '.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)} px)`,
            ),
        }),
        WIDTH,
      );
      expect(scrollWidth, `scrolls sideways; widest: ${overflowing.join(', ')}`).toBeLessThanOrEqual(WIDTH);
    });
  }
});
