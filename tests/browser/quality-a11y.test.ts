/**
 * Gate: accessibility in Chromium. axe-core (WCAG 2.0/2.1/2.2 A and AA rules, target size
 * included) finds no violation on the pages that cover every template and every variation of the
 * content (tests/helpers/sample.ts; A11Y_ALL=1 checks every page), in the light scheme in a desktop
 * window (1,280 × 720) and in the dark scheme on a phone (390 × 844), and on one page of each
 * template in the other two combinations. The skip link is the first thing Tab reaches and moves
 * focus to the main landmark; keyboard focus on links, buttons and fields is visible.
 * One browser; one context per run; pages one after another, two runs side by side.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages, exists, page as parse } from '../helpers/dist.ts';
import { hasChromium, openSite } from '../helpers/browser.ts';
import { samplePages } from '../helpers/sample.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
/**
 * axe-core's own source, wrapped so that it is evaluated once per page: in legacy mode
 * AxeBuilder evaluates its source twice per run, and compiling axe is a good part of a run.
 */
const fromAxeBuilder = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'));
const axe = readFileSync(fromAxeBuilder.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_ONCE = `if (!window.axe) (0, eval)(${JSON.stringify(axe)});`;
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };

const pages = allPages();
/** Every template and every variation of the content (tests/helpers/sample.ts); A11Y_ALL=1 for every page. */
const sample = samplePages();
/** Redirect pages (a former article slug) send the browser on at once; they are checked with the refresh taken out. */
const redirects = new Set(pages.filter((p) => parse(p)('meta[http-equiv="refresh" i]').length > 0));
/** One page of each template, for the keyboard checks. */
const TEMPLATES = [
  '/',
  pages.find((p) => p.startsWith('/articles/') && !redirects.has(p))!,
  '/entities/kamaz/',
  '/entities/',
  '/deals/',
  '/storylines/',
  pages.find((p) => /^\/storylines\/[^/]+\/$/.test(p))!,
  '/timeline/2022/',
  ...(exists('/search/') ? ['/search/'] : []),
  ...(exists('/figures/') ? ['/figures/'] : []),
  '/404.html',
];

async function withoutRefresh(context: BrowserContext, base: string) {
  for (const path of redirects) {
    await context.route(base + path, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/i, '');
      await route.fulfill({ response, body });
    });
  }
}

const describeViolations = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.flatMap((v) =>
    v.nodes.map(
      (n) => `  [${v.impact}] ${v.id}: ${v.help} — ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ')}`,
    ),
  );

describe.skipIf(!hasChromium)('accessibility in Chromium', () => {
  const site = openSite();

  it('covers every template, and samples every variation of the content', () => {
    expect(pages.length).toBeGreaterThan(50);
    for (const path of TEMPLATES) expect(pages, path).toContain(path);
    console.log(`axe sample: ${sample.length} of ${pages.length} pages`);
    expect(sample.length).toBeGreaterThan(TEMPLATES.length);
  });

  it('starts every page with a skip link to its main landmark', () => {
    const FOCUSABLE = 'a[href], button, input:not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"]), summary, iframe';
    const wrong = pages.flatMap((path) => {
      const $ = parse(path);
      const first = $('body').find(FOCUSABLE).first();
      const ok = first.is('a.skip-link[href="#main"]') && $('main#main').length === 1;
      return ok ? [] : [`${path}: first focusable is ${$.html(first).slice(0, 80)}; main#main ${$('main#main').length}`];
    });
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  const runs = [
    { name: 'light scheme, desktop window', scheme: 'light', viewport: DESKTOP, paths: sample },
    { name: 'dark scheme, phone', scheme: 'dark', viewport: PHONE, paths: sample },
    { name: 'each template, dark scheme, desktop window', scheme: 'dark', viewport: DESKTOP, paths: TEMPLATES },
    { name: 'each template, light scheme, phone', scheme: 'light', viewport: PHONE, paths: TEMPLATES },
  ] as const;

  // The runs go side by side, two at a time, each in its own context, its pages one after another.
  for (const run of runs) {
    it.concurrent(`axe finds no WCAG 2.2 A/AA violation: ${run.name}`, { timeout: 300_000 }, async () => {
      const started = performance.now();
      const context = await site.browser.newContext({ viewport: run.viewport, colorScheme: run.scheme });
      await withoutRefresh(context, site.server.url);
      const tab = await context.newPage();
      const problems: string[] = [];
      for (const path of run.paths) {
        await tab.goto(site.server.url + path, { waitUntil: 'load' });
        expect(await tab.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(run.scheme === 'dark');
        const { violations } = await new AxeBuilder({ page: tab, axeSource: AXE_ONCE })
          .withTags(TAGS)
          // Only violations are wanted: axe then describes one node per passing rule, not all of them.
          .options({ resultTypes: ['violations'] })
          // One frame per page (no iframes): run axe in the page itself, without axe's extra blank page per run.
          .setLegacyMode(true)
          .analyze();
        if (violations.length) problems.push(`${path} (${run.name}):`, ...describeViolations(violations));
      }
      await context.close();
      console.log(`axe, ${run.name}: ${run.paths.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  describe('from the keyboard', () => {
    let context: BrowserContext;
    let tab: Page;
    beforeAll(async () => {
      context = await site.browser.newContext();
      tab = await context.newPage();
    });
    afterAll(() => context?.close());

    it('reaches the skip link first, which shows and moves focus to the main landmark', async () => {
      for (const path of TEMPLATES) {
        await tab.goto(site.server.url + path);
        await tab.keyboard.press('Tab');
        const first = await tab.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const box = el.getBoundingClientRect();
          return { cls: el.className, href: el.getAttribute('href'), onScreen: box.bottom > 0 && box.top < innerHeight && box.width > 1 };
        });
        expect(first, path).toEqual({ cls: 'skip-link', href: '#main', onScreen: true });
        await tab.keyboard.press('Enter');
        await expect.poll(() => tab.evaluate(() => document.activeElement?.id), { message: path }).toBe('main');
        expect(await tab.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
      }
    });

    it('shows where focus is on every link, button and field Tab reaches', async () => {
      const STOPS = 40;
      const seen = new Set<string>();
      const hidden: string[] = [];
      for (const path of TEMPLATES) {
        await tab.goto(site.server.url + path);
        for (let i = 0; i < STOPS; i++) {
          await tab.keyboard.press('Tab');
          const focus = await tab.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el || el === document.body) return undefined;
            const style = getComputedStyle(el);
            return {
              tag: el.tagName.toLowerCase(),
              what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent || el.getAttribute('aria-label') || '')
                .trim()
                .slice(0, 40)}"`,
              outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
            };
          });
          if (!focus) break;
          seen.add(focus.tag);
          if (!focus.outline) hidden.push(`${path}: ${focus.what}`);
        }
      }
      expect(hidden, `focus not visible on:\n${hidden.join('\n')}`).toEqual([]);
      expect([...seen]).toEqual(expect.arrayContaining(['a', 'button', 'input']));
    });
  });
});
