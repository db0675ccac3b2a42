/** The link-preview card of each entity (og:image): name, kind, summary and the date of the latest report naming it. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { articlesNaming, getTracker } from '../../../lib/data.ts';
import { pngResponse, renderCard } from '../../../lib/render-card.ts';
import { entityCard } from '../../../lib/social-card.ts';
import { SITE_NAME, SITE_URL } from '../../../site-config.ts';

export const getStaticPaths = (async () => {
  const t = await getTracker();
  return [...t.entities.values()].map(({ id, data }) => ({
    params: { id },
    props: {
      card: entityCard({ name: data.name, kind: data.kind, summary: data.summary, latest: articlesNaming(t, id)[0]?.date }, { name: SITE_NAME, url: SITE_URL }),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = async ({ props }) => pngResponse(await renderCard(props.card));
