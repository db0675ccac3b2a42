/** The RSS feed of one entity: the latest articles naming it (the entity page links to it). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedPaths, scopeFeed } from '../../../lib/data.ts';
import { SITE_URL } from '../../../site-config.ts';

export const getStaticPaths = () => feedPaths('entity');

export const GET: APIRoute = async ({ params, site }) => rss(await scopeFeed('entity', params.id!, site ?? SITE_URL));
