import { describe, expect, it } from 'vitest';
import { isNoindex, sitemapFilter, summariseTimes } from '../../src/plugins/sharing.ts';

describe('the sharing integration’s helpers', () => {
  it('recognises a page marked noindex', () => {
    expect(isNoindex('<head><meta name="robots" content="noindex"></head>')).toBe(true);
    expect(isNoindex('<meta name="robots" content="noindex, follow">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex is a word">')).toBe(false);
    expect(isNoindex('<meta name="robots" content="index">')).toBe(false);
  });

  it('keeps non-HTML files out of the sitemap', () => {
    const filter = sitemapFilter();
    expect(filter('https://x.example/articles/a/')).toBe(true);
    expect(filter('https://x.example/rss.xml')).toBe(false);
  });

  it('summarises card timings', () => {
    expect(summariseTimes([])).toBe('0');
    expect(summariseTimes([300, 20, 30])).toBe('3 (first 300.0 ms, median 30.0 ms, 350 ms in all)');
  });
});
