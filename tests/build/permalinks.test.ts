/** The committed permalink manifest: every URL it lists must still resolve in the built site. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPermalink, parseManifest } from '../../src/lib/permalinks.ts';
import { exists, page } from '../helpers/dist.ts';
import { ROOT } from '../helpers/fixtures.ts';

const urls = parseManifest(readFileSync(join(ROOT, 'permalinks.json'), 'utf8'));

describe('permalinks.json', () => {
  it('lists the site’s URLs, sorted, each once', () => {
    expect(urls.length).toBeGreaterThan(0);
    expect([...urls].sort()).toEqual(urls);
    expect(new Set(urls).size).toBe(urls.length);
    for (const url of urls) expect(isPermalink(url), url).toBe(true);
  });

  it('covers every kind of URL the site promises', () => {
    for (const url of [
      '/',
      '/deals/',
      '/rss.xml',
      '/feed.json',
      '/data/articles.json',
      '/data/entities.json',
      '/data/deals.json',
      '/data/events.csv',
      '/articles/kamaz-jac-moskvich-talks/',
    ]) {
      expect(urls, url).toContain(url);
    }
    for (const pattern of [
      /^\/articles\/[^/]+\/$/,
      /^\/entities\/[^/]+\/$/,
      /^\/entities\/[^/]+\/rss\.xml$/,
      /^\/storylines\/[^/]+\/$/,
      /^\/storylines\/[^/]+\/rss\.xml$/,
      /^\/timeline\/\d{4}\/$/,
    ]) {
      expect(
        urls.some((u) => pattern.test(u)),
        String(pattern),
      ).toBe(true);
    }
  });

  it('promises event anchors and link-preview cards too', () => {
    expect(urls.some((u) => /^\/articles\/[^/]+\/#event-[a-z0-9-]+$/.test(u))).toBe(true);
    expect(urls).toContain('/cards/site.png');
    expect(urls.some((u) => /^\/cards\/articles\/[^/]+\.png$/.test(u))).toBe(true);
  });

  it.each(urls)('%s still resolves in dist/ (restore it or redirect it; remove it from the manifest only on purpose)', (url) => {
    expect(exists(url)).toBe(true);
    const anchor = url.split('#')[1];
    // A redirect page sends readers on with the anchor; a live article must hold it.
    if (anchor && !page(url)('meta[http-equiv="refresh"]').length) expect(page(url)(`[id="${anchor}"]`).length, `#${anchor}`).toBe(1);
  });
});
