import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser } from '../helpers/browser.ts';
import { serveDist, type StaticServer } from '../helpers/server.ts';

describe.skipIf(!hasChromium)('timeline filters in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchBrowser(), serveDist()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const visible = () => page.locator('[data-timeline-root] .entry:visible');
  const allEntries = () => page.locator('[data-timeline-root] .entry');

  it('narrows the list in place, updates the URL and announces the count', async () => {
    page = await browser.newPage();
    await page.goto(`${server.url}/`);
    const total = await allEntries().count();
    await page.click('a[data-filter="storyline"][data-value="zil-faw-talks"]');
    await expect.poll(() => page.url()).toContain('?storyline=zil-faw-talks');
    const shown = await visible().count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const storylines of await visible().evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.storylines))) {
      expect(storylines!.split(' ')).toContain('zil-faw-talks');
    }
    const title = await page.getAttribute('a[data-filter="storyline"][data-value="zil-faw-talks"]', 'data-label');
    await expect.poll(() => page.textContent('#filter-status')).toBe(`${shown} of ${total} entries about ${title}.`);
    expect(await page.getAttribute('a[data-filter="storyline"][data-value="zil-faw-talks"]', 'aria-current')).toBe('true');
  });

  it('combines a storyline and an entity, and restores the filter from the URL', async () => {
    const url = `${server.url}/?storyline=moskvich-revival&entity=kamaz`;
    const fresh = await browser.newPage();
    await fresh.goto(url);
    const entries = await fresh.locator('[data-timeline-root] .entry:visible').evaluateAll((els) =>
      els.map((el) => [(el as HTMLElement).dataset.storylines!, (el as HTMLElement).dataset.entities!]),
    );
    expect(entries.length).toBeGreaterThan(0);
    for (const [storylines, entities] of entries) {
      expect(storylines!.split(' ')).toContain('moskvich-revival');
      expect(entities!.split(' ')).toContain('kamaz');
    }
    expect(await fresh.textContent('#filter-status')).toMatch(/^\d+ of \d+ entries about .+ and KAMAZ\.$/);
    await fresh.close();
  });

  it('undoes the filter with the back button', async () => {
    const total = await allEntries().count();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${server.url}/`);
    await expect.poll(() => visible().count()).toBe(total);
    expect(await page.textContent('#filter-status')).toBe('');
  });

  it('works from the keyboard alone', async () => {
    await page.goto(`${server.url}/`);
    const link = page.locator('a[data-filter="entity"]').first();
    const id = await link.getAttribute('data-value');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`entity=${id}`);
    await expect.poll(() => page.locator('#filter-clear').isVisible()).toBe(true);
    await page.locator('#filter-clear').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${server.url}/`);
    expect(await page.locator('#filter-clear').isVisible()).toBe(false);
  });
});
