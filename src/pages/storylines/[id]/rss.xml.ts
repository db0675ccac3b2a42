/** The RSS feed of one storyline: its latest articles. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedPaths, scopeFeed } from '../../../lib/data.ts';
import { SITE_URL } from '../../../site-config.ts';

export const getStaticPaths = () => feedPaths('storyline');

export const GET: APIRoute = async ({ params, site }) => rss(await scopeFeed('storyline', params.id!, site ?? SITE_URL));
