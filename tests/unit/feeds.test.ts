import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import {
  escapeXml,
  FEED_LIMIT,
  feedItems,
  feedMeta,
  itemText,
  jsonFeed,
  outletList,
  rssFeed,
  rssItem,
  type FeedLookup,
} from '../../src/lib/feeds.ts';
import { entitySchema, storylineSchema } from '../../src/schemas/index.ts';
import { article as trackerArticle } from './small-tracker.ts';

const SITE = 'https://tracker.example';

const entity = (name: string, kind = 'company') => ({
  data: entitySchema.parse({ name, kind, summary: `${name} is a thing.`, ...(kind === 'media' ? { outletType: 'news-agency' } : {}) }),
});
const lookup: FeedLookup = {
  entities: new Map([
    ['kamaz', entity('KAMAZ')],
    ['jac', entity('JAC')],
    ['reuters', entity('Reuters', 'media')],
    ['vedomosti', entity('Vedomosti', 'media')],
    ['marketscreener', entity('MarketScreener', 'media')],
  ]),
  storylines: new Map([
    ['revival', { data: storylineSchema.parse({ title: 'The revival', summary: 'The Moskvich comes back.' }) }],
    ['china', { data: storylineSchema.parse({ title: 'Chinese partners', summary: 'Partnerships & talks.' }) }],
  ]),
};

/** small-tracker's article, by Reuters under a headline with markup in it, as the feeds take it. */
const article = (slug: string, date: string, over: Record<string, unknown> = {}) => ({
  slug,
  data: trackerArticle(slug, date, {
    sources: [{ outlet: 'reuters', title: 'A <b>headline</b> & more', url: 'https://example.com/a?x=1&y=2', date }],
    ...over,
  }).data,
});

const articles = [
  article('newest', '2022-06', { entities: ['kamaz', 'jac'], storylines: ['revival', 'china'] }),
  article('middle', '2022-05-19', {
    sources: [
      { outlet: 'reuters', via: 'marketscreener', title: 'T', url: 'https://example.com/b' },
      { outlet: 'vedomosti', title: 'V', url: 'https://example.com/c' },
    ],
  }),
  article('oldest', '2005', { entities: ['jac'], storylines: ['china'] }),
];

describe('feed items', () => {
  const items = feedItems(articles, lookup, SITE);

  it('makes one item per article, in the order given, with an absolute permalink', () => {
    expect(items.map((i) => i.url)).toEqual([
      'https://tracker.example/articles/newest/',
      'https://tracker.example/articles/middle/',
      'https://tracker.example/articles/oldest/',
    ]);
  });

  it('keeps the date as precise as known and dates the item at its start', () => {
    expect(items.map((i) => i.date)).toEqual(['2022-06', '2022-05-19', '2005']);
    expect(items.map((i) => i.published.toISOString())).toEqual([
      '2022-06-01T00:00:00.000Z',
      '2022-05-19T00:00:00.000Z',
      '2005-01-01T00:00:00.000Z',
    ]);
  });

  it('names the entities as categories, the storylines, the sources and the card', () => {
    expect(items[0]!.categories).toEqual(['KAMAZ', 'JAC']);
    expect(items[0]!.storylines).toEqual(['The revival', 'Chinese partners']);
    expect(items[1]!.sources).toEqual([
      { outlet: 'Reuters', via: 'MarketScreener', title: 'T', url: 'https://example.com/b' },
      { outlet: 'Vedomosti', title: 'V', url: 'https://example.com/c' },
    ]);
    expect(items[0]!.image).toBe('https://tracker.example/cards/articles/newest.png');
  });

  it('says who reported it after the summary', () => {
    expect(outletList(items[1]!.sources)).toBe('Reuters, via MarketScreener; Vedomosti');
    expect(itemText(items[1]!)).toBe('Summary of middle. Reported by: Reuters, via MarketScreener; Vedomosti.');
  });

  it('throws on an unknown entity, which the content check should have caught', () => {
    expect(() => feedItems([article('x', '2022', { entities: ['nobody'] })], lookup, SITE)).toThrow(/Unknown entity "nobody"/);
  });
});

describe('feed scopes', () => {
  it('gives each feed its title and addresses', () => {
    expect(feedMeta({ kind: 'entity', id: 'kamaz' }, lookup, 'Tracker')).toMatchObject({
      title: 'KAMAZ · Tracker',
      homePath: '/entities/kamaz/',
      feedPath: '/entities/kamaz/rss.xml',
    });
    expect(feedMeta({ kind: 'storyline', id: 'china' }, lookup, 'Tracker')).toMatchObject({
      title: 'Chinese partners · Tracker',
      homePath: '/storylines/china/',
      feedPath: '/storylines/china/rss.xml',
    });
    expect(feedMeta({ kind: 'storyline', id: 'china' }, lookup, 'Tracker').description).toMatch(/^Partnerships & talks\. /);
    expect(feedMeta({ kind: 'entity', id: 'kamaz' }, lookup, 'Tracker').description).toContain('name KAMAZ');
    expect(feedMeta({ kind: 'site' }, lookup, 'Tracker')).toMatchObject({ title: 'Tracker', homePath: '/', feedPath: '/rss.xml' });
  });

  it(`says in every description that the feed carries the latest ${FEED_LIMIT} and where the rest is`, () => {
    for (const scope of [{ kind: 'site' }, { kind: 'entity', id: 'jac' }, { kind: 'storyline', id: 'revival' }] as const) {
      const { description } = feedMeta(scope, lookup, 'Tracker');
      expect(description, scope.kind).toContain(`the latest ${FEED_LIMIT}`);
      expect(description, scope.kind).toContain('on the site');
      expect(description, scope.kind).toContain('/data/');
    }
  });
});

describe(`the feed limit (${FEED_LIMIT} items)`, () => {
  // Sixty articles, newest first: one a day back from 30 June 2022.
  const sixty = Array.from({ length: 60 }, (_, i) => {
    const day = new Date(Date.UTC(2022, 5, 30 - i)).toISOString().slice(0, 10);
    return article(`a-${String(i).padStart(2, '0')}`, day);
  });

  it('carries the first 50 articles given, the newest, in order', () => {
    const items = feedItems(sixty, lookup, SITE);
    expect(items).toHaveLength(FEED_LIMIT);
    expect(items.map((i) => i.url)).toEqual(sixty.slice(0, FEED_LIMIT).map((a) => `https://tracker.example/articles/${a.slug}/`));
  });

  it('holds for RSS and JSON Feed alike', async () => {
    const xml = await getRssString(rssFeed(sixty, lookup, { kind: 'site' }, SITE, 'Tracker'));
    const channel = new XMLParser({ isArray: (name) => name === 'item' }).parse(xml).rss.channel;
    expect(channel.item).toHaveLength(FEED_LIMIT);
    expect(channel.item.at(-1).link).toBe('https://tracker.example/articles/a-49/');
    const json = jsonFeed(feedMeta({ kind: 'site' }, lookup, 'Tracker'), feedItems(sixty, lookup, SITE), SITE, 'Tracker');
    expect(json.items).toHaveLength(FEED_LIMIT);
  });

  it('carries every article when there are fewer', () => {
    expect(feedItems(sixty.slice(0, 3), lookup, SITE)).toHaveLength(3);
  });
});

describe('RSS', () => {
  it('escapes XML', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });

  it('maps an item for @astrojs/rss with the sources and the date precision as Dublin Core', () => {
    const item = rssItem(feedItems(articles, lookup, SITE)[0]!);
    expect(item).toMatchObject({
      title: 'Title of newest',
      link: 'https://tracker.example/articles/newest/',
      categories: ['KAMAZ', 'JAC'],
    });
    expect(item.customData).toContain('<dc:date>2022-06</dc:date>');
    expect(item.customData).toContain('<dc:source>https://example.com/a?x=1&amp;y=2</dc:source>');
  });

  it('renders a feed that parses, with guids, categories, sources and the self link', async () => {
    // The route hands over the scope's articles: those naming JAC.
    const naming = articles.filter((a) => a.data.entities.includes('jac'));
    const xml = await getRssString(rssFeed(naming, lookup, { kind: 'entity', id: 'jac' }, SITE, 'Tracker'));
    const channel = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      isArray: (name) => ['item', 'category', 'dc:source'].includes(name),
    }).parse(xml).rss.channel;
    expect(channel.title).toBe('JAC · Tracker');
    expect(channel.link).toBe('https://tracker.example/entities/jac/');
    expect(channel['atom:link']['@_href']).toBe('https://tracker.example/entities/jac/rss.xml');
    expect(channel.item).toHaveLength(2);
    const [first] = channel.item;
    expect(first.guid['#text']).toBe('https://tracker.example/articles/newest/');
    expect(first.pubDate).toBe('Wed, 01 Jun 2022 00:00:00 GMT');
    expect(first.category).toEqual(['KAMAZ', 'JAC']);
    expect(first['dc:source']).toEqual(['https://example.com/a?x=1&y=2']);
    expect(first.description).toBe('Summary of newest. Reported by: Reuters.');
  });
});

describe('JSON Feed', () => {
  const feed = jsonFeed(feedMeta({ kind: 'site' }, lookup, 'Tracker'), feedItems(articles, lookup, SITE), SITE, 'Tracker');

  it('has the JSON Feed 1.1 top-level fields', () => {
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tracker',
      home_page_url: 'https://tracker.example/',
      feed_url: 'https://tracker.example/feed.json',
    });
  });

  it('has one item per article with id, url, title, summary, text, date and tags', () => {
    expect(feed.items).toHaveLength(3);
    const [item] = feed.items;
    expect(item).toMatchObject({
      id: 'https://tracker.example/articles/newest/',
      url: 'https://tracker.example/articles/newest/',
      title: 'Title of newest',
      summary: 'Summary of newest.',
      date_published: '2022-06-01T00:00:00.000Z',
      tags: ['KAMAZ', 'JAC'],
      _moskvich_tracker: { date: '2022-06' },
    });
    expect(item!.content_text).toContain('- Reuters: A <b>headline</b> & more (2022-06) <https://example.com/a?x=1&y=2>');
  });

  it('survives a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(feed))).toEqual(feed);
  });
});
