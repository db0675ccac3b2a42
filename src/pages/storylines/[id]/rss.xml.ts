/** The RSS feed of one storyline: its latest articles. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTracker } from '../../../lib/data.ts';
import { rssFeed } from '../../../lib/feeds.ts';
import { SITE_NAME, SITE_URL } from '../../../site-config.ts';

export const getStaticPaths = (async () => {
  const { storylines } = await getTracker();
  return [...storylines.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const t = await getTracker();
  return rss(rssFeed(t.articlesByStoryline.get(params.id!) ?? [], t, { kind: 'storyline', id: params.id! }, site ?? SITE_URL, SITE_NAME));
};
