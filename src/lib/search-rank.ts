/**
 * Search by every spelling. Articles are written with one spelling of a name; readers type
 * any (Moskvitch, Москвич, КАМАЗ, Kamaz). So the search page reads the names list and:
 * - finds the entities a query names, by any alias (compared by `nameKey`, as everywhere);
 * - asks Pagefind for the text with each alias replaced by the entity's main name (for
 *   relevance and highlighted excerpts) and for every page filed under those entities (so
 *   no article that names the entity is missed, whatever spelling it uses);
 * - puts the entities' own pages first, then the articles, then other pages;
 * - and, for a near miss, offers "Did you mean …?" from the same names list.
 * Pure and browser-safe: src/scripts/search.ts drives it on the page, the tests in Node.
 */
import { editDistance, typoTolerance } from '../core/edit-distance.ts';
import { nameKey } from '../core/name-key.ts';

/**
 * Pagefind ranking for this site: less weight on page length than the default
 * (0.75), so a short article mentioning a name in passing does not outrank the
 * entity's own page. Chosen by the relevance tests in tests/build/search.test.ts.
 */
export const SEARCH_RANKING = { pageLength: 0.2 } as const;

/**
 * Pagefind's options on the search page: the ranking above, and no web worker. The worker's
 * script is 12 KB compressed more on the first query, and at this site's size a search runs in
 * milliseconds on the page's own thread (docs/PERFORMANCE.md).
 */
export const PAGEFIND_OPTIONS = { ranking: SEARCH_RANKING, noWorker: true } as const;

/** One entity in /search/names.json: [id, name, kind label, aliases, articles naming it]. Its summary is in its page's index entry. */
export type NameRow = [id: string, name: string, kind: string, aliases: string[], articles: number];

/** The names list the search page loads: entities, and storyline titles for the filter labels. */
export interface NamesList {
  entities: NameRow[];
  storylines: [id: string, title: string][];
}

/** An entity a query names, and the spelling it was named by. */
export interface NamedInQuery {
  row: NameRow;
  /** The spelling as it stands in the query, e.g. КАМАЗ. */
  alias: string;
}

export const WORD = /[\p{L}\p{N}]+/gu;

/** The query's words, as compared. */
const words = (text: string): string[] => nameKey(text).match(WORD) ?? [];

/** Every spelling of every entity as a word sequence, longest first, for matching inside a query. */
function spellings(rows: readonly NameRow[]): { words: string[]; row: NameRow }[] {
  return rows
    .flatMap((row) => [row[1], ...row[3]].map((name) => ({ words: words(name), row })))
    .filter((s) => s.words.length > 0)
    .sort((a, b) => b.words.length - a.words.length);
}

/**
 * The entities a query names, left to right, by their longest spelling; and the rest of the
 * query's words. "КАМАЗ trucks" names KAMAZ and leaves "trucks".
 */
export function entitiesIn(query: string, rows: readonly NameRow[]): { named: NamedInQuery[]; rest: string[] } {
  const q = words(query);
  const original = query.normalize('NFKC').match(WORD) ?? [];
  const all = spellings(rows);
  const named: (NamedInQuery & { at: number })[] = [];
  const rest: string[] = [];
  for (let i = 0; i < q.length;) {
    const hit = all.find((s) => s.words.every((w, j) => q[i + j] === w));
    if (hit) {
      if (!named.some((n) => n.row[0] === hit.row[0]))
        named.push({ row: hit.row, alias: original.slice(i, i + hit.words.length).join(' '), at: i });
      i += hit.words.length;
    } else {
      rest.push(original[i] ?? q[i]!);
      i += 1;
    }
  }
  return { named: named.map(({ row, alias }) => ({ row, alias })), rest };
}

/**
 * The text Pagefind should search: each alias that is not already part of its entity's main name
 * replaced by that name (КАМАЗ → KAMAZ, Moskvitch → Moskvich; Kogogin stays Kogogin), so excerpts
 * highlight what the articles say and no more index chunks are fetched than the query needs.
 */
export function expandedQuery(query: string, rows: readonly NameRow[]): string {
  const { named, rest } = entitiesIn(query, rows);
  const name = ({ row, alias }: NamedInQuery) => {
    const main = words(row[1]);
    return words(alias).every((w) => main.includes(w)) ? alias : row[1];
  };
  return [...named.map(name), ...rest].join(' ').trim() || query.trim();
}

/** True when score `a` ranks ahead of `b`, comparing their parts in order. */
const before = (a: readonly number[], b: readonly number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && a[i]! < b[i]!;
};

/** True while the reader may still be typing a name: the query is the start of a spelling, not yet a whole one. */
export function startsAName(query: string, rows: readonly NameRow[]): boolean {
  const q = nameKey(query);
  return (
    q.length > 0 &&
    rows.some((row) =>
      [row[1], ...row[3]].some((name) => {
        const key = nameKey(name);
        return key !== q && key.startsWith(q);
      }),
    )
  );
}

/** Words of every name and alias, by their compared form, with a written form and how many articles stand behind it. */
function vocabulary(rows: readonly NameRow[]): Map<string, { text: string; weight: number }> {
  const vocab = new Map<string, { text: string; weight: number }>();
  for (const row of rows) {
    for (const name of [row[1], ...row[3]]) {
      for (const text of name.normalize('NFKC').match(WORD) ?? []) {
        const key = nameKey(text);
        const known = vocab.get(key);
        if (!known || row[4] > known.weight) vocab.set(key, { text, weight: row[4] });
      }
    }
  }
  return vocab;
}

/**
 * A corrected query for a near miss, or undefined: each word that is no word of any name (and
 * not `isKnown`, a word the site's text uses) but lies within its typo tolerance of one (more
 * edits allowed for longer words) is replaced by the closest (ties: the same length, then the
 * name behind more articles). When the corrected query is a spelling of one entity, the
 * suggestion is that entity's main name: "Moskvitsch" → "Moskvich".
 */
export function suggestion(query: string, rows: readonly NameRow[], isKnown: (word: string) => boolean = () => false): string | undefined {
  const vocab = vocabulary(rows);
  let changed = false;
  const corrected = (query.normalize('NFKC').match(WORD) ?? []).map((word) => {
    const key = nameKey(word);
    if (vocab.has(key) || key.length < 3 || /^\d+$/.test(key) || isKnown(key)) return word;
    let best: { text: string; score: [number, number, number] } | undefined;
    for (const [candidate, { text, weight }] of vocab) {
      const d = editDistance(key, candidate);
      if (d > typoTolerance(key.length)) continue;
      const score: [number, number, number] = [d, Math.abs(candidate.length - key.length), -weight];
      if (!best || before(score, best.score)) best = { text, score };
    }
    if (!best) return word;
    changed = true;
    return best.text;
  });
  if (!changed) return undefined;
  const text = corrected.join(' ');
  const { named, rest } = entitiesIn(text, rows);
  return named.length === 1 && rest.length === 0 ? named[0]!.row[1] : text;
}
