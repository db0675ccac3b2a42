/** The site's own link-preview card: the og:image of every page without a card of its own. */
import type { APIRoute } from 'astro';
import { pngResponse, renderCard } from '../../lib/render-card.ts';
import { siteCard } from '../../lib/social-card.ts';
import { SITE_NAME, SITE_URL } from '../../site-config.ts';

export const GET: APIRoute = async () => pngResponse(await renderCard(siteCard({ name: SITE_NAME, url: SITE_URL })));
