/**
 * Entity-first search. Pagefind ranks by the words a page holds, so a common
 * word in many names ("Moscow") can put another entity first. When the query
 * is exactly one entity's name or alias, that entity goes first; when nothing
 * matches, the closest names are offered. Runs in the browser: no imports
 * beyond pure helpers.
 */
import { editDistance } from '../core/edit-distance.ts';

/**
 * Pagefind ranking for this site: less weight on page length than the default
 * (0.75), so a short article mentioning a name in passing does not outrank the
 * entity's own page. Chosen by the relevance tests in tests/build/search.test.ts.
 */
export const SEARCH_RANKING = { pageLength: 0.2 } as const;

/** One entity in the search page's name list: [url, name, kind label, aliases]. */
export type NameRow = [url: string, name: string, kind: string, aliases: string[]];

/** Case, spacing, quotes and Unicode forms do not matter when comparing names. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[«»"“”„'’]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The entity whose name or alias is exactly the query, if any. */
export function exactEntity(query: string, rows: readonly NameRow[]): NameRow | undefined {
  const q = normalizeName(query);
  if (!q) return undefined;
  return rows.find(([, name, , aliases]) => normalizeName(name) === q || aliases.some((a) => normalizeName(a) === q));
}

/** Up to `limit` entities whose names or aliases are closest to the query: prefix matches first, then by edit distance. */
export function closestNames(query: string, rows: readonly NameRow[], limit = 5): NameRow[] {
  const q = normalizeName(query);
  if (!q) return [];
  const scored = rows.map((row) => {
    const names = [row[1], ...row[3]].map(normalizeName);
    const score = Math.min(...names.map((n) => (n.startsWith(q) || q.startsWith(n) ? 0 : editDistance(q, n.slice(0, q.length + 2)))));
    return { row, score };
  });
  return scored
    .filter(({ score }) => score <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a.score - b.score || a.row[1].localeCompare(b.row[1]))
    .slice(0, limit)
    .map(({ row }) => row);
}
