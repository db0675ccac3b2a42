/** Every URL the site publishes is built here, so a permalink has one definition. */

export const articleUrl = (slug: string) => `/articles/${slug}/`;
export const entityUrl = (id: string) => `/entities/${id}/`;
export const entityFeedUrl = (id: string) => `/entities/${id}/rss.xml`;
export const storylineUrl = (id: string) => `/storylines/${id}/`;
export const storylineFeedUrl = (id: string) => `/storylines/${id}/rss.xml`;
export const yearUrl = (year: number | string) => `/timeline/${year}/`;
export const dealAnchor = (id: string) => `deal-${id}`;
export const dealUrl = (id: string) => `/deals/#${dealAnchor(id)}`;
export const eventAnchor = (id: string) => `event-${id}`;
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
export const articleCardUrl = (slug: string) => `/cards/articles/${slug}.png`;
export const entityCardUrl = (id: string) => `/cards/entities/${id}.png`;
export const siteCardUrl = '/cards/site.png';
export const OPEN_DATA_FILES = ['articles.json', 'entities.json', 'deals.json', 'events.csv'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];
export const dataUrl = (file: OpenDataFile) => `/data/${file}`;
export const sitemapIndexUrl = '/sitemap-index.xml';
