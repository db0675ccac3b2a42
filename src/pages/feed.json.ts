/** The site-wide JSON Feed 1.1: the same items as /rss.xml. */
import type { APIRoute } from 'astro';
import { getTracker } from '../lib/data.ts';
import { feedItems, feedMeta, jsonFeed } from '../lib/feeds.ts';
import { SITE_NAME, SITE_URL } from '../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = await getTracker();
  const base = site ?? SITE_URL;
  const feed = jsonFeed(feedMeta({ kind: 'site' }, t, SITE_NAME), feedItems(t.articles, t, base), base, SITE_NAME);
  return new Response(JSON.stringify(feed, null, 2) + '\n', { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
