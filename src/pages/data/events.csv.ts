/** Open data: /data/events.csv, every dated event (RFC 4180; fields documented in README.md, "Open data"). */
import type { APIRoute } from 'astro';
import { getTracker } from '../../lib/data.ts';
import { eventsCsv } from '../../lib/open-data.ts';
import { SITE_URL } from '../../site-config.ts';

export const GET: APIRoute = async ({ site }) => {
  const t = await getTracker();
  return new Response(eventsCsv({ ...t, site: site ?? SITE_URL }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
