/** The site-wide RSS feed: every article, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getTracker } from '../lib/data.ts';
import { rssFeed } from '../lib/feeds.ts';
import { SITE_NAME, SITE_URL } from '../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = await getTracker();
  return rss(rssFeed(t.articles, t, { kind: 'site' }, site ?? SITE_URL, SITE_NAME));
};
