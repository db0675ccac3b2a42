import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  articleCardUrl,
  articleUrl,
  dataUrl,
  dealsUrl,
  entityCardUrl,
  jsonFeedUrl,
  OPEN_DATA_FILES,
  siteCardUrl,
  siteFeedUrl,
  sitemapIndexUrl,
  dealAnchor,
  dealUrl,
  entityFeedUrl,
  entityUrl,
  eventAnchor,
  eventUrl,
  searchUrl,
  storylineFeedUrl,
  storylineUrl,
  yearUrl,
} from '../../src/lib/urls.ts';

describe('URL builders', () => {
  it('articleUrl', () => {
    expect(articleUrl('kamaz-talks-with-jac')).toBe('/articles/kamaz-talks-with-jac/');
  });

  it('entityUrl and entityFeedUrl', () => {
    expect(entityUrl('kamaz')).toBe('/entities/kamaz/');
    expect(entityFeedUrl('kamaz')).toBe('/entities/kamaz/rss.xml');
  });

  it('storylineUrl and storylineFeedUrl', () => {
    expect(storylineUrl('moskvich-revival')).toBe('/storylines/moskvich-revival/');
    expect(storylineFeedUrl('moskvich-revival')).toBe('/storylines/moskvich-revival/rss.xml');
  });

  it('yearUrl takes a number or a string', () => {
    expect(yearUrl(2022)).toBe('/timeline/2022/');
    expect(yearUrl('2005')).toBe('/timeline/2005/');
  });

  it('dealAnchor and dealUrl', () => {
    expect(dealAnchor('kamaz-jac')).toBe('deal-kamaz-jac');
    expect(dealUrl('kamaz-jac')).toBe('/deals/#deal-kamaz-jac');
  });

  it('eventAnchor and eventUrl', () => {
    expect(eventAnchor('renault-exit')).toBe('event-renault-exit');
    expect(eventUrl('kamaz-talks-with-jac', 'renault-exit')).toBe('/articles/kamaz-talks-with-jac/#event-renault-exit');
  });

  it('eventUrl is the article URL plus the event anchor', () => {
    expect(eventUrl('s', 'e')).toBe(`${articleUrl('s')}#${eventAnchor('e')}`);
  });

  it('searchUrl without a query is the search page', () => {
    expect(searchUrl()).toBe('/search/');
    expect(searchUrl('')).toBe('/search/');
  });

  it('searchUrl encodes the query', () => {
    expect(searchUrl('kamaz')).toBe('/search/?q=kamaz');
    expect(searchUrl('KAMAZ JAC')).toBe('/search/?q=KAMAZ%20JAC');
    expect(searchUrl('a&b=c#d/e?f')).toBe('/search/?q=a%26b%3Dc%23d%2Fe%3Ff');
    expect(searchUrl('Москвич')).toBe('/search/?q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B8%D1%87');
  });

  it('every page URL starts and ends with a slash', () => {
    for (const url of [articleUrl('a'), entityUrl('b'), storylineUrl('c'), yearUrl(2022), searchUrl()]) {
      expect(url.startsWith('/'), url).toBe(true);
      expect(url.endsWith('/'), url).toBe(true);
    }
  });
});

describe('site-wide URLs', () => {
  it('feeds, deals page and sitemap', () => {
    expect(siteFeedUrl).toBe('/rss.xml');
    expect(jsonFeedUrl).toBe('/feed.json');
    expect(dealsUrl).toBe('/deals/');
    expect(sitemapIndexUrl).toBe('/sitemap-index.xml');
    expect(dealUrl('kamaz-jac').startsWith(dealsUrl)).toBe(true);
  });

  it('link-preview cards', () => {
    expect(articleCardUrl('kamaz-talks-with-jac')).toBe('/cards/articles/kamaz-talks-with-jac.png');
    expect(entityCardUrl('kamaz')).toBe('/cards/entities/kamaz.png');
    expect(siteCardUrl).toBe('/cards/site.png');
  });

  it('open data files', () => {
    expect(OPEN_DATA_FILES).toEqual(['articles.json', 'entities.json', 'deals.json', 'events.csv']);
    expect(OPEN_DATA_FILES.map(dataUrl)).toEqual(['/data/articles.json', '/data/entities.json', '/data/deals.json', '/data/events.csv']);
  });
});

describe('absoluteUrl', () => {
  it('joins a path to the site', () => {
    expect(absoluteUrl('/articles/kamaz-talks-with-jac/', 'https://moskvich-tracker.example')).toBe(
      'https://moskvich-tracker.example/articles/kamaz-talks-with-jac/',
    );
  });

  it('accepts the site with a trailing slash or as a URL', () => {
    expect(absoluteUrl('/entities/kamaz/', 'https://moskvich-tracker.example/')).toBe('https://moskvich-tracker.example/entities/kamaz/');
    expect(absoluteUrl('/entities/kamaz/', new URL('https://moskvich-tracker.example'))).toBe(
      'https://moskvich-tracker.example/entities/kamaz/',
    );
  });

  it('gives the site root for "/"', () => {
    expect(absoluteUrl('/', 'https://moskvich-tracker.example')).toBe('https://moskvich-tracker.example/');
  });

  it('keeps the anchor and the query', () => {
    expect(absoluteUrl(dealUrl('kamaz-jac'), 'https://moskvich-tracker.example')).toBe(
      'https://moskvich-tracker.example/deals/#deal-kamaz-jac',
    );
    expect(absoluteUrl(searchUrl('KAMAZ JAC'), 'https://moskvich-tracker.example')).toBe(
      'https://moskvich-tracker.example/search/?q=KAMAZ%20JAC',
    );
  });

  it('leaves an absolute URL as it is', () => {
    expect(absoluteUrl('https://www.reuters.com/x', 'https://moskvich-tracker.example')).toBe('https://www.reuters.com/x');
  });

  it('resolves a root-relative path against the host, not a sub-path of the site', () => {
    expect(absoluteUrl('/rss.xml', 'https://example.org/tracker/')).toBe('https://example.org/rss.xml');
  });

  it('throws for a site that is not a URL', () => {
    expect(() => absoluteUrl('/x/', 'moskvich-tracker.example')).toThrow();
  });
});
