/**
 * What Pagefind learns about each page beyond its text: metadata shown with a
 * result, filters the search page offers, and the date it can sort by. One
 * builder for articles and entities, so both index the same way.
 */
import { formatPartialDate, type PartialDate } from '../core/partial-date.ts';

export type SearchKind = 'Article' | 'Entity';

export interface SearchMeta {
  /** Shown with a result. */
  meta: Record<string, string>;
  /** Filter name → values. */
  filters: Record<string, string[]>;
  /** Sort key → value (ISO date, so it sorts as text). */
  sort: Record<string, string>;
}

export const SEARCH_FILTERS = ['kind', 'storyline', 'entity', 'year'] as const;

export function articleSearchMeta(a: { date: PartialDate; kindLabel: string; storylines: string[]; entities: string[] }): SearchMeta {
  return {
    meta: { kind: a.kindLabel, date: formatPartialDate(a.date), datetime: a.date.iso },
    filters: { kind: ['Article'], storyline: a.storylines, entity: a.entities, year: [String(a.date.year)] },
    sort: { date: a.date.iso },
  };
}

/** An entity sorts by the date of the latest entry naming it, so "newest first" keeps entities in the list. */
export function entitySearchMeta(e: { name: string; kindLabel: string; latest?: PartialDate }): SearchMeta {
  return {
    meta: { kind: e.kindLabel },
    filters: { kind: ['Entity'], entity: [e.name] },
    sort: e.latest ? { date: e.latest.iso } : {},
  };
}
