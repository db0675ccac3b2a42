/** Sharing and feeds over the built site: link previews, structured data, cards, feeds, redirects, sitemap, open data, copy links. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { SCHEMA_TYPES } from '../../src/lib/structured-data.ts';
import { EVENT_COLUMNS } from '../../src/lib/open-data.ts';
import { FEED_LIMIT } from '../../src/lib/feeds.ts';
import { sortArticles } from '../../src/lib/timeline.ts';
import { compareNewestFirst, toPartialDate } from '../../src/core/partial-date.ts';
import { SITE_NAME, SITE_URL } from '../../src/site-config.ts';
import { allPages, exists, fileFor, page, readText } from '../helpers/dist.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { pngSize } from '../helpers/png.ts';

const { content } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
const articles = [...content.articles];
/** The articles as the site orders them, newest first: what feeds carry the first FEED_LIMIT of. */
const newestFirst = sortArticles(articles.map(([slug, { data }]) => ({ slug, data })));
const latest = (list: { slug: string }[]) => list.slice(0, FEED_LIMIT).map(({ slug }) => abs(`/articles/${slug}/`));
const entities = [...content.entities];
const storylines = [...content.storylines];
const deals = [...content.deals];
const abs = (path: string) => new URL(path, SITE_URL).href;
const entityName = (id: string) => content.entities.get(id)!.data.name;
const storylineTitle = (id: string) => content.storylines.get(id)!.data.title;

const REDIRECT = { from: '/articles/kamaz-jac-moskvich-talks/', to: '/articles/russia-courts-chinese-carmakers-for-moskvich-revival/' };

const xml = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => ['item', 'category', 'dc:source', 'sitemap', 'url'].includes(name),
});

type $ = ReturnType<typeof page>;
const meta = ($: $, key: string) => $(`meta[property="${key}"], meta[name="${key}"]`).attr('content');
const jsonLd = ($: $) =>
  $('script[type="application/ld+json"]')
    .map((_, s) => JSON.parse($(s).text()))
    .get() as Record<string, unknown>[];

/** og:image and twitter:image: absolute, on the site, and a 1200×630 PNG in dist/. */
function expectCard($: $, where: string) {
  const image = meta($, 'og:image')!;
  expect(image, where).toMatch(new RegExp(`^${SITE_URL}/`));
  expect(meta($, 'twitter:image'), where).toBe(image);
  const path = new URL(image).pathname;
  expect(exists(path), `${where}: ${path}`).toBe(true);
  expect(pngSize(readFileSync(fileFor(path))), `${where}: ${path}`).toEqual({ width: 1200, height: 630 });
}

describe('link previews on every page', () => {
  it('have a title, description, canonical URL and complete Open Graph and Twitter tags', () => {
    for (const path of allPages()) {
      const $ = page(path);
      const canonical = $('link[rel="canonical"]').attr('href');
      expect(canonical, path).toMatch(/^https:\/\//);
      expect($('link[rel="canonical"]'), path).toHaveLength(1);
      expect(meta($, 'og:url'), path).toBe(canonical);
      expect(['website', 'article'], path).toContain(meta($, 'og:type'));
      expect(meta($, 'og:site_name'), path).toBe(SITE_NAME);
      expect(meta($, 'og:title'), path).toBeTruthy();
      expect(meta($, 'og:description'), path).toBe(meta($, 'description'));
      expect(meta($, 'og:image:alt'), path).toBeTruthy();
      expect(meta($, 'twitter:card'), path).toBe('summary_large_image');
      expect(meta($, 'twitter:title'), path).toBe(meta($, 'og:title'));
      expect(meta($, 'twitter:description'), path).toBe(meta($, 'og:description'));
      expectCard($, path);
    }
  });

  it('advertise the site feeds, and every feed they advertise exists', () => {
    for (const path of allPages()) {
      const $ = page(path);
      const alternates = $('link[rel="alternate"]')
        .map((_, l) => ({ type: $(l).attr('type'), href: $(l).attr('href')! }))
        .get();
      expect(alternates, path).toEqual(
        expect.arrayContaining([
          { type: 'application/rss+xml', href: '/rss.xml' },
          { type: 'application/feed+json', href: '/feed.json' },
        ]),
      );
      for (const { href } of alternates) expect(exists(href), `${path} → ${href}`).toBe(true);
    }
  });
});

describe('article pages', () => {
  it.each(articles)('/articles/%s/ has article Open Graph tags with honest dates, and NewsArticle JSON-LD', (slug, { data }) => {
    const path = `/articles/${slug}/`;
    const $ = page(path);
    const url = abs(path);
    expect($('link[rel="canonical"]').attr('href')).toBe(url);
    expect(meta($, 'og:type')).toBe('article');
    expect(meta($, 'og:title')).toBe(data.title);
    expect(meta($, 'og:image')).toBe(abs(`/cards/articles/${slug}.png`));
    expect(meta($, 'article:published_time')).toBe(data.date);
    expect(meta($, 'article:section')).toBe(storylineTitle(data.storylines[0]!));
    expect(
      $('meta[property="article:tag"]')
        .map((_, m) => $(m).attr('content'))
        .get(),
    ).toEqual(data.entities.map(entityName));

    const [ld, ...more] = jsonLd($);
    expect(more).toEqual([]);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: data.title,
      description: data.summary,
      datePublished: data.date,
      url,
      image: [meta($, 'og:image')],
      publisher: { '@type': 'Organization', name: SITE_NAME },
    });
    if (data.updates.length === 0) expect(ld).not.toHaveProperty('dateModified');
    expect(ld!.about).toEqual(
      data.entities.map((id) => ({
        '@type': SCHEMA_TYPES[content.entities.get(id)!.data.kind],
        name: entityName(id),
        url: abs(`/entities/${id}/`),
      })),
    );
    expect(ld!.citation).toEqual(
      data.sources.map((s) =>
        expect.objectContaining({
          '@type': 'CreativeWork',
          // A source without a visible headline has no name, rather than a made-up one.
          ...(s.title ? { name: s.title } : {}),
          url: s.url,
          publisher: { '@type': 'NewsMediaOrganization', name: entityName(s.outlet) },
        }),
      ),
    );
  });

  it('have a copy-link control beside the headline and each anchored h2, and a polite status region', () => {
    for (const [slug] of articles) {
      const $ = page(`/articles/${slug}/`);
      const headline = $('h1#title').prev('a.copy-link');
      expect(headline.attr('href'), slug).toBe(`/articles/${slug}/`);
      expect(headline.find('[aria-hidden="true"]').text(), slug).toBe('#');
      expect(headline.find('.visually-hidden').text(), slug).toMatch(/^Permalink to this article: /);
      const headings = $('article h2[id]');
      expect(headings.length, slug).toBeGreaterThan(0);
      headings.each((_, h) => {
        const id = $(h).attr('id')!;
        const control = $(h).prev('a.copy-link[data-copy-link]');
        expect(control.attr('href'), `${slug}#${id}`).toBe(`#${id}`);
        expect(control.find('.visually-hidden').text(), `${slug}#${id}`).toBe(`Link to this section: ${$(h).text().trim()}`);
      });
      expect($('article [role="status"][data-copy-status]'), slug).toHaveLength(1);
    }
  });

  it('give the Markdown body’s headings stable ids', () => {
    const $ = page(REDIRECT.to);
    expect($('.prose h2#timing-and-which-plant').text()).toBe('Timing, and which plant');
  });

  it('carry no inline script but JSON-LD, and at most 2 KB of compressed JavaScript', () => {
    for (const [slug] of articles) {
      const $ = page(`/articles/${slug}/`);
      const scripts = $('script').get();
      const inline = scripts.filter((s) => !$(s).attr('src') && $(s).attr('type') !== 'application/ld+json');
      expect(
        inline.map((s) => $(s).html()),
        slug,
      ).toEqual([]);
      const files = new Set<string>();
      const visit = (path: string) => {
        if (files.has(path)) return;
        files.add(path);
        const code = readText(path);
        for (const [, rel] of code.matchAll(/(?:import|from)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g))
          visit(new URL(rel!, `https://x${path}`).pathname);
      };
      for (const s of scripts) if ($(s).attr('src')) visit($(s).attr('src')!);
      expect(
        [...files].some((f) => f.startsWith('/_astro/')),
        slug,
      ).toBe(true);
      const bytes = [...files].reduce((sum, f) => sum + gzipSync(readFileSync(fileFor(f))).length, 0);
      expect(bytes, `${slug}: ${[...files].join(', ')}`).toBeLessThanOrEqual(2048);
    }
  });
});

describe('entity pages', () => {
  it.each(entities)('/entities/%s/ has its card, its feed and JSON-LD of the right type', (id, { data }) => {
    const path = `/entities/${id}/`;
    const $ = page(path);
    expect(meta($, 'og:type')).toBe('website');
    expect(meta($, 'og:title')).toBe(data.name);
    expect(meta($, 'og:image')).toBe(abs(`/cards/entities/${id}.png`));
    expect($(`link[rel="alternate"][type="application/rss+xml"][href="/entities/${id}/rss.xml"]`)).toHaveLength(1);
    const [ld] = jsonLd($);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': SCHEMA_TYPES[data.kind],
      name: data.name,
      description: data.summary,
      url: abs(path),
    });
    if (data.aliases.length) expect(ld!.alternateName).toEqual(data.aliases);
    else expect(ld).not.toHaveProperty('alternateName');
    if (data.role) expect(ld!.jobTitle).toBe(data.role);
  });
});

describe('storyline pages', () => {
  it.each(storylines)('/storylines/%s/ advertises and links its own feed', (id) => {
    const $ = page(`/storylines/${id}/`);
    expect($(`link[rel="alternate"][type="application/rss+xml"][href="/storylines/${id}/rss.xml"]`)).toHaveLength(1);
    expect($(`main a[href="/storylines/${id}/rss.xml"]`)).toHaveLength(1);
  });
});

describe('feeds', () => {
  const rssItems = (path: string) => {
    const rss = xml.parse(readText(path)).rss;
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel['atom:link']['@_href']).toBe(abs(path));
    return (rss.channel.item ?? []) as {
      title: string;
      link: string;
      guid: { '#text': string };
      pubDate: string;
      description: string;
      category?: string[];
      'dc:date': string;
      'dc:source': string[];
    }[];
  };
  const link = (slug: string) => abs(`/articles/${slug}/`);

  it('/rss.xml holds the latest 50 articles, with permalink, date, summary, outlets, categories and sources', () => {
    const items = rssItems('/rss.xml');
    expect(articles.length).toBeGreaterThan(FEED_LIMIT);
    expect(items.map((i) => i.link)).toEqual(latest(newestFirst));
    for (const item of items) {
      const [slug, { data }] = articles.find(([slug]) => link(slug) === item.link)!;
      expect(item.title, slug).toBe(data.title);
      expect(item.guid['#text'], slug).toBe(item.link);
      expect(item['dc:date'], slug).toBe(data.date);
      expect(new Date(item.pubDate).toISOString().startsWith(data.date), slug).toBe(true);
      expect(item.description.startsWith(data.summary), slug).toBe(true);
      for (const s of data.sources) expect(item.description, slug).toContain(entityName(s.outlet));
      expect(item['dc:source'], slug).toEqual(data.sources.map((s) => s.url));
      expect(item.category, slug).toEqual(data.entities.map(entityName));
    }
    // Newest first, in the site's order of partial dates (a date known to the year heads that year).
    const dates = items.map((i) => toPartialDate(i['dc:date']));
    expect(dates).toEqual([...dates].sort(compareNewestFirst));
  });

  it.each(entities)('/entities/%s/rss.xml holds the latest articles naming it, at most 50', (id) => {
    const expected = latest(newestFirst.filter((a) => a.data.entities.includes(id)));
    expect(rssItems(`/entities/${id}/rss.xml`).map((i) => i.link)).toEqual(expected);
  });

  it.each(storylines)('/storylines/%s/rss.xml holds the latest articles in it, at most 50', (id) => {
    const expected = latest(newestFirst.filter((a) => a.data.storylines.includes(id)));
    expect(rssItems(`/storylines/${id}/rss.xml`).map((i) => i.link)).toEqual(expected);
  });

  it('every feed says it carries the latest 50 and where the rest is', () => {
    for (const path of ['/rss.xml', `/entities/${entities[0]![0]}/rss.xml`, `/storylines/${storylines[0]![0]}/rss.xml`]) {
      expect(xml.parse(readText(path)).rss.channel.description, path).toMatch(
        /the latest 50; every earlier one is on the site and in its open data/,
      );
    }
    expect(JSON.parse(readText('/feed.json')).description).toMatch(/the latest 50/);
  });

  it('/feed.json is a JSON Feed 1.1 with the same latest 50 items', () => {
    const feed = JSON.parse(readText('/feed.json'));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: SITE_NAME,
      home_page_url: abs('/'),
      feed_url: abs('/feed.json'),
    });
    expect(feed.items.map((i: { id: string }) => i.id)).toEqual(latest(newestFirst));
    for (const item of feed.items) {
      const [, { data }] = articles.find(([slug]) => link(slug) === item.id)!;
      expect(item).toMatchObject({
        url: item.id,
        title: data.title,
        summary: data.summary,
        tags: data.entities.map(entityName),
        _moskvich_tracker: { date: data.date },
      });
      expect(item.content_text).toContain(data.summary);
      expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
    }
  });
});

describe('former slugs', () => {
  it('the old URL is a redirect page: canonical to the new URL, noindex, meta refresh and a visible link', () => {
    const $ = page(REDIRECT.from);
    expect($('link[rel="canonical"]').attr('href')).toBe(abs(REDIRECT.to));
    expect(meta($, 'robots')).toBe('noindex');
    expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${abs(REDIRECT.to)}`);
    expect($(`main a[href="${REDIRECT.to}"]`).length).toBeGreaterThan(0);
    expect(jsonLd($)).toEqual([]);
  });

  it('_redirects sends the old URL to the new one with a 301', () => {
    const lines = readText('/_redirects')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'));
    expect(lines).toEqual([`${REDIRECT.from} ${REDIRECT.to} 301`]);
  });

  it('the redirect page stays out of the sitemap, and the live page is in it', () => {
    const locs = sitemapUrls();
    expect(locs).not.toContain(abs(REDIRECT.from));
    expect(locs).toContain(abs(REDIRECT.to));
  });
});

function sitemapUrls(): string[] {
  const index = xml.parse(readText('/sitemap-index.xml')).sitemapindex;
  return index.sitemap.flatMap((s: { loc: string }) => {
    const path = new URL(s.loc).pathname;
    expect(exists(path), path).toBe(true);
    return xml.parse(readText(path)).urlset.url.map((u: { loc: string }) => u.loc);
  });
}

describe('sitemap and robots.txt', () => {
  it('robots.txt points at the sitemap index by its absolute URL', () => {
    expect(readText('/robots.txt')).toContain(`Sitemap: ${abs('/sitemap-index.xml')}`);
  });

  it('the sitemap lists every page but those marked noindex (redirect pages among them), and only pages that exist', () => {
    const locs = sitemapUrls();
    for (const loc of locs) expect(exists(new URL(loc).pathname), loc).toBe(true);
    const pages = allPages().filter((p) => p.endsWith('/') && !/\bnoindex\b/.test(page(p)('meta[name="robots"]').attr('content') ?? ''));
    expect(pages).not.toContain(REDIRECT.from);
    expect(locs.map((l) => new URL(l).pathname).sort()).toEqual(pages.sort());
  });
});

describe('open data', () => {
  const json = (path: string) => JSON.parse(readText(path));

  it('/data/articles.json has every article of the content, with its fields', () => {
    const data = json('/data/articles.json');
    expect(data.count).toBe(articles.length);
    expect(data.articles.map((a: { slug: string }) => a.slug).sort()).toEqual(articles.map(([slug]) => slug).sort());
    for (const a of data.articles) {
      const source = content.articles.get(a.slug)!.data;
      expect(a).toMatchObject({
        url: abs(`/articles/${a.slug}/`),
        title: source.title,
        date: source.date,
        entities: source.entities,
        storylines: source.storylines,
      });
      expect(exists(new URL(a.url).pathname)).toBe(true);
    }
  });

  it('/data/entities.json has every entity of the content', () => {
    const data = json('/data/entities.json');
    expect(data.count).toBe(entities.length);
    expect(data.entities.map((e: { id: string }) => e.id)).toEqual(entities.map(([id]) => id).sort());
    for (const e of data.entities) {
      expect(e).toMatchObject({ name: content.entities.get(e.id)!.data.name, kind: content.entities.get(e.id)!.data.kind });
      expect(e.articles.sort()).toEqual(
        articles
          .filter(([, a]) => a.data.entities.includes(e.id))
          .map(([slug]) => slug)
          .sort(),
      );
    }
  });

  it('/data/deals.json has every deal of the content', () => {
    const data = json('/data/deals.json');
    expect(data.count).toBe(deals.length);
    expect(data.deals.map((d: { id: string }) => d.id)).toEqual(deals.map(([id]) => id).sort());
  });

  it('/data/events.csv has one RFC 4180 record per event of the content', () => {
    const csv = readText('/data/events.csv');
    const records = parseCsv(csv);
    expect(records[0]).toEqual([...EVENT_COLUMNS]);
    const events = articles.flatMap(([slug, a]) => a.data.events.map((e) => `${slug}#${e.id}`));
    expect(
      records
        .slice(1)
        .map((r) => `${r[5]}#${r[0]}`)
        .sort(),
    ).toEqual(events.sort());
    for (const r of records.slice(1)) {
      expect(r).toHaveLength(EVENT_COLUMNS.length);
      const event = content.articles.get(r[5]!)!.data.events.find((e) => e.id === r[0])!;
      expect(r[3]).toBe(event.text);
      expect(r[1]).toBe(event.date);
    }
  });
});

/** RFC 4180 records with csv-parse, strictly: CRLF line ends, quotes only round whole fields, and a final CRLF. */
function parseCsv(text: string): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('the last record does not end with CRLF');
  if (/[^\r]\n|\r[^\n]/.test(text)) throw new Error('a line break that is not CRLF');
  return parse(text, { record_delimiter: '\r\n', relax_quotes: false });
}
