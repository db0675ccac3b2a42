/** Every URL the site publishes is built here, so a permalink has one definition. */

export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const entityUrl = (id: string) => `/entities/${id}/`;
export const entityFeedUrl = (id: string) => `/entities/${id}/rss.xml`;
export const entityYearUrl = (id: string, year: number | string) => `/entities/${id}/${year}/`;
export const storylineUrl = (id: string) => `/storylines/${id}/`;
export const storylineFeedUrl = (id: string) => `/storylines/${id}/rss.xml`;
export const storylineYearUrl = (id: string, year: number | string) => `/storylines/${id}/${year}/`;
export const yearUrl = (year: number | string) => `/timeline/${year}/`;
export const dealAnchor = (id: string) => `deal-${id}`;
export const dealUrl = (id: string) => `/deals/#${dealAnchor(id)}`;
/** Every event's anchor starts so; a body heading never does (src/plugins/section-anchors.ts). */
export const EVENT_ANCHOR_PREFIX = 'event-';
export const eventAnchor = (id: string) => `${EVENT_ANCHOR_PREFIX}${id}`;
/**
 * The ids the layout and the article and entity views give their own parts; a heading in a
 * Markdown body never takes one of them (src/plugins/section-anchors.ts), so no anchor is ambiguous.
 */
export const PAGE_IDS = [
  'main',
  'title',
  'site-search',
  'updates',
  'figures',
  'events',
  'deals',
  'sources',
  'named',
  'related',
  'share',
  'filters',
  'filter-clear',
  'filter-status',
  'aliases',
  'profile',
  'relations',
  'outlets',
  'citing',
  'entity-timeline',
  'charts',
  'key-figures',
  'deal-pills',
  'year-jump',
  'state-of-play',
  'timeline',
  'connections-chart',
  'board',
  'lanes',
  'single',
  'measures',
  'entity-years',
  'storyline-years',
  'chart-months',
  'chart-deals',
  'chart-connections',
] as const;
export const eventUrl = (slug: string, id: string) => `${articleUrl(slug)}#${eventAnchor(id)}`;
export const searchUrl = (query?: string) => (query ? `/search/?q=${encodeURIComponent(query)}` : '/search/');

/** An absolute URL on the site, for canonical links, feeds and link previews. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** Sharing and feeds: the site-wide feeds, link-preview cards, open data and crawler files. */
export const siteFeedUrl = '/rss.xml';
export const jsonFeedUrl = '/feed.json';
export const dealsUrl = '/deals/';
export const figuresUrl = '/figures/';
export const measureUrl = (id: string) => `${figuresUrl}${id}/`;
export const articleCardUrl = (slug: string) => `/cards/articles/${slug}.png`;
export const entityCardUrl = (id: string) => `/cards/entities/${id}.png`;
export const siteCardUrl = '/cards/site.png';
export const OPEN_DATA_FILES = ['articles.json', 'entities.json', 'deals.json', 'events.csv'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];
export const dataUrl = (file: OpenDataFile) => `/data/${file}`;
export const sitemapIndexUrl = '/sitemap-index.xml';
