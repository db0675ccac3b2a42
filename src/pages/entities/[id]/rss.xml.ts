/** The RSS feed of one entity: the latest articles naming it (the entity page links to it). */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getTracker } from '../../../lib/data.ts';
import { rssFeed } from '../../../lib/feeds.ts';
import { SITE_NAME, SITE_URL } from '../../../site-config.ts';

export const getStaticPaths = (async () => {
  const { entities } = await getTracker();
  return [...entities.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const t = await getTracker();
  const articles = t.articlesByEntity.get(params.id!) ?? [];
  return rss(rssFeed(articles, t, { kind: 'entity', id: params.id! }, site ?? SITE_URL, SITE_NAME));
};
