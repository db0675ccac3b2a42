/** The search page's names list (src/lib/search-rank.ts): every entity's spellings, kind, summary and article count, and the storylines. */
import type { APIRoute } from 'astro';
import { searchNames } from '../../lib/data.ts';

export const GET: APIRoute = async () => Response.json(await searchNames());
