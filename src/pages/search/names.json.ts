/** Every entity's URL, name, kind and aliases, for entity-first ranking and "did you mean" on the search page. */
import type { APIRoute } from 'astro';
import { getTracker } from '../../lib/data.ts';
import { KIND_LABELS } from '../../lib/strings.ts';
import type { NameRow } from '../../lib/search-rank.ts';

export const GET: APIRoute = async () => {
  const { entities } = await getTracker();
  const rows: NameRow[] = [...entities.values()].map((e) => [e.url, e.data.name, KIND_LABELS[e.data.kind], e.data.aliases]);
  return new Response(JSON.stringify(rows), { headers: { 'content-type': 'application/json' } });
};
