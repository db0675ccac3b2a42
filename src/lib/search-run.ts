/**
 * One search, as the search page runs it: the entities the query names first (their own
 * pages), then the articles, then other pages, over Pagefind's API. It takes the Pagefind
 * instance as an argument, so the page (src/scripts/search.ts) and the tests run the very
 * same code. See src/lib/search-rank.ts for how names are read.
 */
import { nameKey } from '../core/name-key.ts';
import { entitiesIn, expandedQuery, suggestion, WORD, type NamedInQuery, type NameRow } from './search-rank.ts';

/** The filters the index carries (src/lib/search-meta.ts), keyed by id, never by display name. */
export const FILTER_KEYS = ['kind', 'storyline', 'entity', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string[]>>;

/** The values of the `kind` filter: an article's kind, or an entity's page. */
export const ARTICLE_KINDS = ['report', 'brief'] as const;
export const ENTITY_KIND = 'entity';

export interface PagefindData {
  url: string;
  excerpt: string;
  /** The page's whole text. */
  content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
export interface PagefindHit {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindResponse {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
}
/** The part of Pagefind's API a search needs. */
export interface PagefindLike {
  search(
    term: string | null,
    options?: { filters?: Record<string, unknown>; sort?: Record<string, string> },
  ): Promise<PagefindResponse | null>;
}

export interface SearchRequest {
  query: string;
  filters?: Filters;
  /** Newest first instead of best match. */
  sort?: 'date';
}

export interface SearchOutcome {
  /** The entities the query names, in the query's order, with the spelling used. */
  named: NamedInQuery[];
  /** The text Pagefind searched (aliases replaced by main names). */
  term: string;
  /** Every hit, in the order shown: named entities' pages, articles, other pages. */
  hits: { hit: PagefindHit; group: 'entity' | 'article' | 'other' }[];
  /** Count per filter value over the result set, for the filter list. */
  counts: Record<string, Record<string, number>>;
}

const any = (values: readonly string[]) => ({ any: [...values] });

/** Pagefind filters from the reader's choices, with `kind` narrowed to `kinds` (a kind the reader left out stays out). */
function pagefindFilters(filters: Filters, kinds?: readonly string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const key of FILTER_KEYS) {
    const chosen = filters[key]?.filter(Boolean) ?? [];
    if (key === 'kind') {
      const allowed = kinds ? (chosen.length ? chosen.filter((k) => kinds.includes(k)) : [...kinds]) : chosen;
      if (kinds && allowed.length === 0) return undefined; // nothing of these kinds can match
      if (allowed.length) out.kind = any(allowed);
    } else if (chosen.length) {
      out[key] = any(chosen);
    }
  }
  return out;
}

export async function runSearch(pf: PagefindLike, rows: readonly NameRow[], request: SearchRequest): Promise<SearchOutcome> {
  const { named, rest } = entitiesIn(request.query, rows);
  const term = expandedQuery(request.query, rows);
  const filters = request.filters ?? {};
  const sort = request.sort === 'date' ? { date: 'desc' } : undefined;
  const ids = named.map((n) => n.row[0]);
  const restTerm = rest.join(' ') || null;
  const search = async (text: string | null, f: Record<string, unknown> | undefined, order = sort) =>
    f === undefined ? [] : ((await pf.search(text, { filters: f, ...(order ? { sort: order } : {}) }))?.results ?? []);

  const articleFilters = pagefindFilters(filters, ARTICLE_KINDS);
  const entityFilters = pagefindFilters(filters, [ENTITY_KIND]);
  const [pinned, textArticles, namingArticles, others, all] = await Promise.all([
    // The named entities' own pages: each carries its own id as its `entity` filter.
    Promise.all(ids.map(async (id) => (await search(null, entityFilters && { ...entityFilters, entity: any([id]) }))[0])),
    search(term, articleFilters),
    // Every article filed under all the named entities, whatever spelling its text uses.
    ids.length ? search(restTerm, articleFilters && { ...articleFilters, entity: { all: ids } }, sort ?? { date: 'desc' }) : [],
    search(term, entityFilters),
    // Counts for the filter list, over what the reader would get without the kind split.
    pf.search(ids.length ? restTerm : term, {
      filters: { ...(pagefindFilters(filters) ?? {}), ...(ids.length ? { entity: { all: ids } } : {}) },
    }),
  ]);

  const seen = new Set<string>();
  const hits: SearchOutcome['hits'] = [];
  const add = (list: readonly (PagefindHit | undefined)[], group: 'entity' | 'article' | 'other') => {
    for (const hit of list) {
      if (!hit || seen.has(hit.id)) continue;
      seen.add(hit.id);
      hits.push({ hit, group });
    }
  };
  add(pinned, 'entity');
  // Newest first: the complete list in date order, then any text match it lacks.
  if (sort) add([...namingArticles, ...textArticles], 'article');
  else add([...textArticles, ...namingArticles], 'article');
  add(others, 'other');
  return { named, term, hits, counts: all?.filters ?? {} };
}

/** Filter values a URL asks for that the site does not have (a mistyped or outdated link): shown, with a way to clear them. */
export function unknownFilters(
  filters: Filters,
  known: { storylines: readonly string[]; entities: readonly string[] },
): [FilterKey, string][] {
  const valid: Record<FilterKey, (v: string) => boolean> = {
    kind: (v) => [...ARTICLE_KINDS, ENTITY_KIND].includes(v as never),
    storyline: (v) => known.storylines.includes(v),
    entity: (v) => known.entities.includes(v),
    year: (v) => /^\d{4}$/.test(v),
  };
  return FILTER_KEYS.flatMap((key) => (filters[key] ?? []).filter((v) => !valid[key](v)).map((v): [FilterKey, string] => [key, v]));
}

/**
 * "Did you mean …?" for a near miss, or undefined. Pagefind answers a misspelling with whatever
 * shares its first letters (Kamas finds Kama), so the count of results says little. A word is
 * corrected only when it is in no name and in none of the results it found (`shown`, their text
 * loaded), and the correction is offered only when it finds something.
 */
export async function nearMiss(
  pf: PagefindLike,
  rows: readonly NameRow[],
  request: SearchRequest,
  shown: readonly PagefindData[],
): Promise<string | undefined> {
  const seen = new Set(shown.flatMap((d) => nameKey(d.content ?? '').match(WORD) ?? []));
  const corrected = suggestion(request.query, rows, (word) => seen.has(word));
  if (!corrected || nameKey(corrected) === nameKey(request.query)) return undefined;
  const outcome = await runSearch(pf, rows, { ...request, query: corrected });
  return outcome.hits.length ? corrected : undefined;
}
