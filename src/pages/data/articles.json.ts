/** Open data: /data/articles.json (fields documented in README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { getTracker } from '../../lib/data.ts';
import { articlesJson } from '../../lib/open-data.ts';
import { SITE_URL } from '../../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = await getTracker();
  return new Response(articlesJson({ ...t, site: site ?? SITE_URL }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
