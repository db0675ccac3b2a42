import { describe, expect, it } from 'vitest';
import { formatManifest, isPermalink, mergePermalinks, parseManifest, pathForFile } from '../../src/lib/permalinks.ts';

describe('the permalink manifest', () => {
  it('counts pages, feeds, open data and crawler entry points as permalinks', () => {
    for (const path of [
      '/',
      '/articles/x/',
      '/timeline/2005/',
      '/rss.xml',
      '/feed.json',
      '/entities/kamaz/rss.xml',
      '/storylines/s/rss.xml',
      '/data/events.csv',
      '/data/articles.json',
      '/robots.txt',
      '/sitemap-index.xml',
    ]) {
      expect(isPermalink(path), path).toBe(true);
    }
  });

  it('promises event anchors on articles and the link-preview cards', () => {
    for (const path of ['/articles/x/#event-plant-opens', '/cards/articles/x.png', '/cards/entities/kamaz.png', '/cards/site.png']) {
      expect(isPermalink(path), path).toBe(true);
    }
  });

  it('leaves out build assets, search files, other anchors, sitemap shards and host files', () => {
    for (const path of [
      '/_astro/x.js',
      '/pagefind/pagefind.js',
      '/cards/other/x.png',
      '/articles/x/#sources',
      '/entities/kamaz/#event-x',
      '/sitemap-0.xml',
      '/404.html',
      '/_redirects',
      '/_headers',
      '/search/names.json',
      'relative/',
    ]) {
      expect(isPermalink(path), path).toBe(false);
    }
  });

  it('maps dist/ files to the URL paths that serve them', () => {
    expect(pathForFile('index.html')).toBe('/');
    expect(pathForFile('articles/x/index.html')).toBe('/articles/x/');
    expect(pathForFile('rss.xml')).toBe('/rss.xml');
    expect(pathForFile('data\\events.csv')).toBe('/data/events.csv');
  });

  it('adds new permalinks and never drops an existing one', () => {
    const { urls, added } = mergePermalinks(['/gone/', '/a/'], ['/a/', '/b/', '/_astro/x.js', '/b/']);
    expect(added).toEqual(['/b/']);
    expect(urls).toEqual(['/a/', '/b/', '/gone/']);
  });

  it('reads and writes the file', () => {
    expect(parseManifest(undefined)).toEqual([]);
    expect(parseManifest('  ')).toEqual([]);
    expect(parseManifest(formatManifest(['/b/', '/a/']))).toEqual(['/a/', '/b/']);
    expect(() => parseManifest('{"urls": [1]}')).toThrow(/"urls" array/);
    expect(formatManifest([]).endsWith('\n')).toBe(true);
  });
});
