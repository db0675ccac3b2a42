/** The link-preview card of each article (og:image): headline, date as precise as known, first storyline. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getTracker, must } from '../../../lib/data.ts';
import { pngResponse, renderCard } from '../../../lib/render-card.ts';
import { articleCard } from '../../../lib/social-card.ts';
import { SITE_NAME, SITE_URL } from '../../../site-config.ts';

export const getStaticPaths = (async () => {
  const t = await getTracker();
  return t.articles.map(({ slug, data, date }) => ({
    params: { slug },
    props: { card: articleCard({ title: data.title, date, storyline: must(t.storylines, data.storylines[0]!, 'storyline').data.title }, { name: SITE_NAME, url: SITE_URL }) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => pngResponse(await renderCard(props.card));
