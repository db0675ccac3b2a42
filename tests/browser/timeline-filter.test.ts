import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { hasChromium, openSite } from '../helpers/browser.ts';

describe.skipIf(!hasChromium)('timeline filters in Chromium', () => {
  const site = openSite();
  let page: Page;

  const visible = () => page.locator('[data-timeline-root] .entry:visible');
  const allEntries = () => page.locator('[data-timeline-root] .entry');

  it('narrows the list in place, updates the URL and announces the count', async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.url}/`);
    const total = await allEntries().count();
    const filter = 'a[data-filter="storyline"][data-value="moskvich-revival"]';
    await page.click(filter);
    await expect.poll(() => page.url()).toContain('?storyline=moskvich-revival');
    const shown = await visible().count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    for (const storylines of await visible().evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.storylines))) {
      expect(storylines!.split(' ')).toContain('moskvich-revival');
    }
    const title = await page.getAttribute(filter, 'data-label');
    await expect
      .poll(() => page.textContent('#filter-status'))
      .toBe(`${shown} of ${total} entries here are about ${title}. Every entry about ${title}`);
    // The home page shows only the latest entries: the status links to the storyline's page, which has them all.
    expect(await page.getAttribute('#filter-status a', 'href')).toBe('/storylines/moskvich-revival/');
    expect(await page.getAttribute(filter, 'aria-current')).toBe('true');
  });

  it('combines a storyline and an entity, and restores the filter from the URL', async () => {
    const url = `${site.server.url}/?storyline=moskvich-revival&entity=kamaz`;
    const fresh = await site.browser.newPage();
    await fresh.goto(url);
    const entries = await fresh
      .locator('[data-timeline-root] .entry:visible')
      .evaluateAll((els) => els.map((el) => [(el as HTMLElement).dataset.storylines!, (el as HTMLElement).dataset.entities!]));
    expect(entries.length).toBeGreaterThan(0);
    for (const [storylines, entities] of entries) {
      expect(storylines!.split(' ')).toContain('moskvich-revival');
      expect(entities!.split(' ')).toContain('kamaz');
    }
    expect(await fresh.textContent('#filter-status')).toMatch(/^\d+ of \d+ entries here are about .+ and KAMAZ\.$/);
    await fresh.close();
  });

  it('names a filter value no entry carries, and offers to show everything again', async () => {
    const fresh = await site.browser.newPage();
    await fresh.goto(`${site.server.url}/?entity=no-such-entity`);
    expect(await fresh.textContent('#filter-status')).toBe('There is no entity “no-such-entity” on this timeline. ');
    await fresh.click('#filter-clear');
    await expect.poll(() => fresh.url()).toBe(`${site.server.url}/`);
    await expect.poll(() => fresh.locator('[data-timeline-root] .entry:visible').count()).toBeGreaterThan(0);
    await fresh.close();
  });

  it('undoes the filter with the back button', async () => {
    const total = await allEntries().count();
    await page.goBack();
    await expect.poll(() => page.url()).toBe(`${site.server.url}/`);
    await expect.poll(() => visible().count()).toBe(total);
    expect(await page.textContent('#filter-status')).toBe('');
  });

  it('works from the keyboard alone', async () => {
    await page.goto(`${site.server.url}/`);
    const link = page.locator('a[data-filter="entity"]').first();
    const id = await link.getAttribute('data-value');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`entity=${id}`);
    await expect.poll(() => page.locator('#filter-clear').isVisible()).toBe(true);
    await page.locator('#filter-clear').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toBe(`${site.server.url}/`);
    expect(await page.locator('#filter-clear').isVisible()).toBe(false);
  });
});
