/**
 * Feed items: one helper turns articles into items for every feed the site
 * publishes — the site-wide RSS and JSON Feed, and the RSS of each entity and
 * storyline — so that they all say the same thing. Pure: takes articles and
 * lookups as data, returns plain objects (src/pages/**\/rss.xml.ts hand them to
 * @astrojs/rss, src/pages/feed.json.ts serialises the JSON Feed).
 */
import type { ArticleData, EntityData, StorylineData } from '../schemas/index.ts';
import { startOf, toPartialDate } from '../core/partial-date.ts';
import { TAGLINE, UNTITLED } from './strings.ts';
import {
  absoluteUrl,
  articleCardUrl,
  articleUrl,
  entityFeedUrl,
  entityUrl,
  jsonFeedUrl,
  siteFeedUrl,
  storylineFeedUrl,
  storylineUrl,
} from './urls.ts';

export interface FeedArticle {
  slug: string;
  data: Pick<ArticleData, 'title' | 'summary' | 'date' | 'storylines' | 'entities' | 'sources'>;
}

export interface FeedLookup {
  entities: ReadonlyMap<string, { data: Pick<EntityData, 'name' | 'summary'> }>;
  storylines: ReadonlyMap<string, { data: Pick<StorylineData, 'title' | 'summary'> }>;
}

/** Which articles a feed carries: all of them, those naming an entity, or those in a storyline. */
export type FeedScope = { kind: 'site' } | { kind: 'entity'; id: string } | { kind: 'storyline'; id: string };

export interface FeedSource {
  /** The outlet's name, and the relaying outlet's when there is one. */
  outlet: string;
  via?: string;
  title: string;
  url: string;
  /** As precise as known. */
  date?: string;
}

export interface FeedItem {
  /** The absolute permalink: the item's link and its guid. */
  url: string;
  title: string;
  /** The article's summary. */
  summary: string;
  /** The article's date exactly as precise as known: "2005", "2022-06", "2022-05-19". */
  date: string;
  /** The first instant of that date (feed formats need a full timestamp). */
  published: Date;
  /** The names of the entities the article names. */
  categories: string[];
  /** The titles of the storylines the article belongs to. */
  storylines: string[];
  /** The reports the article retells. */
  sources: FeedSource[];
  /** Absolute URL of the article's link-preview card. */
  image: string;
}

export interface FeedMeta {
  title: string;
  description: string;
  /** The HTML page the feed follows, and the feed itself (URL paths). */
  homePath: string;
  feedPath: string;
}

function name(lookup: FeedLookup['entities'], id: string): string {
  const entity = lookup.get(id);
  if (!entity) throw new Error(`Unknown entity "${id}": the content check should have caught this.`);
  return entity.data.name;
}

function storylineOf(lookup: FeedLookup['storylines'], id: string) {
  const storyline = lookup.get(id);
  if (!storyline) throw new Error(`Unknown storyline "${id}": the content check should have caught this.`);
  return storyline.data;
}

/**
 * A feed tells subscribers what is new: it carries the latest 50 articles of its scope. The full
 * record lives in the pages and in /data/, and each feed's description says so.
 */
export const FEED_LIMIT = 50;
const FULL_RECORD = `the latest ${FEED_LIMIT}; every earlier one is on the site and in its open data (/data/)`;

/** The title, description and addresses of a feed. */
export function feedMeta(scope: FeedScope, lookup: FeedLookup, siteName: string): FeedMeta {
  if (scope.kind === 'entity') {
    return {
      title: `${name(lookup.entities, scope.id)} · ${siteName}`,
      description: `Reports on ${siteName} that name ${name(lookup.entities, scope.id)}, newest first: ${FULL_RECORD}.`,
      homePath: entityUrl(scope.id),
      feedPath: entityFeedUrl(scope.id),
    };
  }
  if (scope.kind === 'storyline') {
    const storyline = storylineOf(lookup.storylines, scope.id);
    return {
      title: `${storyline.title} · ${siteName}`,
      description: `${storyline.summary} Newest first: ${FULL_RECORD}.`,
      homePath: storylineUrl(scope.id),
      feedPath: storylineFeedUrl(scope.id),
    };
  }
  return {
    title: siteName,
    description: `${TAGLINE}. Reports newest first: ${FULL_RECORD}.`,
    homePath: '/',
    feedPath: siteFeedUrl,
  };
}

/** One item per article, for the first FEED_LIMIT articles given (newest first). */
export function feedItems(articles: readonly FeedArticle[], lookup: FeedLookup, site: string | URL): FeedItem[] {
  return articles.slice(0, FEED_LIMIT).map(({ slug, data }) => ({
    url: absoluteUrl(articleUrl(slug), site),
    title: data.title,
    summary: data.summary,
    date: data.date,
    published: startOf(toPartialDate(data.date)),
    categories: data.entities.map((id) => name(lookup.entities, id)),
    storylines: data.storylines.map((id) => storylineOf(lookup.storylines, id).title),
    sources: data.sources.map((s) => ({
      outlet: name(lookup.entities, s.outlet),
      ...(s.via ? { via: name(lookup.entities, s.via) } : {}),
      title: s.title ?? UNTITLED,
      url: s.url,
      ...(s.date ? { date: s.date } : {}),
    })),
    image: absoluteUrl(articleCardUrl(slug), site),
  }));
}

/** "The Moscow Times; Vedomosti, via Reuters": each outlet once, in order. */
export function outletList(sources: readonly FeedSource[]): string {
  return [...new Set(sources.map((s) => (s.via ? `${s.outlet}, via ${s.via}` : s.outlet)))].join('; ');
}

/** The text of an item: the summary, then where it was reported. */
export function itemText(item: FeedItem): string {
  return `${item.summary} Reported by: ${outletList(item.sources)}.`;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Namespaces the RSS feeds use beyond RSS 2.0. */
export const RSS_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** Channel elements @astrojs/rss does not write itself: language and the self link. */
export function rssChannelData(meta: FeedMeta, site: string | URL): string {
  return `<language>en</language><atom:link href="${escapeXml(absoluteUrl(meta.feedPath, site))}" rel="self" type="application/rss+xml"/>`;
}

/**
 * An item as @astrojs/rss takes it: the summary and the outlets as the
 * description, the entity names as categories, the date's start as pubDate,
 * each source as `<dc:source>`, the card as `<media:content>`. The date's
 * real precision goes in `<dc:date>` (W3CDTF allows "2005" and "2022-06").
 */
export function rssItem(item: FeedItem) {
  const customData = [
    `<dc:date>${escapeXml(item.date)}</dc:date>`,
    ...item.sources.map((s) => `<dc:source>${escapeXml(s.url)}</dc:source>`),
    `<media:content url="${escapeXml(item.image)}" medium="image" type="image/png" width="1200" height="630"/>`,
  ].join('');
  return {
    title: item.title,
    link: item.url,
    pubDate: item.published,
    description: itemText(item),
    categories: item.categories,
    customData,
  };
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). */
export function jsonFeed(meta: FeedMeta, items: readonly FeedItem[], site: string | URL, siteName: string, feedPath = jsonFeedUrl) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: meta.title,
    description: meta.description,
    home_page_url: absoluteUrl(meta.homePath, site),
    feed_url: absoluteUrl(feedPath, site),
    language: 'en',
    authors: [{ name: siteName, url: absoluteUrl('/', site) }],
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: [
        item.summary,
        '',
        'Sources:',
        ...item.sources.map((s) => `- ${s.outlet}${s.via ? `, via ${s.via}` : ''}: ${s.title}${s.date ? ` (${s.date})` : ''} <${s.url}>`),
      ].join('\n'),
      date_published: item.published.toISOString(),
      image: item.image,
      tags: item.categories,
      // An extension object (JSON Feed allows keys starting with "_") for what the format has no field for.
      _moskvich_tracker: { date: item.date, storylines: item.storylines, sources: item.sources },
    })),
  };
}

/** Everything @astrojs/rss needs for the feed of a scope, from the scope's articles newest first: every RSS route is one call to this. */
export function rssFeed(articles: readonly FeedArticle[], lookup: FeedLookup, scope: FeedScope, site: string | URL, siteName: string) {
  const meta = feedMeta(scope, lookup, siteName);
  return {
    title: meta.title,
    description: meta.description,
    site: absoluteUrl(meta.homePath, site),
    xmlns: RSS_NAMESPACES,
    customData: rssChannelData(meta, site),
    items: feedItems(articles, lookup, site).map(rssItem),
  };
}
