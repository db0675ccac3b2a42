/** robots.txt: everything may be crawled; the sitemap index is at its absolute address. */
import type { APIRoute } from 'astro';
import { absoluteUrl, sitemapIndexUrl } from '../lib/urls.ts';
import { SITE_URL } from '../site-config.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(sitemapIndexUrl, site ?? SITE_URL)}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
