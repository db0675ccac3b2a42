/**
 * What Pagefind learns about each page beyond its text: metadata shown with a
 * result, filters the search page offers (by id, so renaming a storyline or an
 * entity keeps shared search URLs working), and the date it can sort by. One
 * builder for articles and entities, so both index the same way.
 */
import { formatPartialDate, type PartialDate } from '../core/partial-date.ts';
import type { ArticleKind } from '../schemas/index.ts';
import { ENTITY_KIND } from './search-run.ts';

export interface SearchMeta {
  /** Shown with a result. */
  meta: Record<string, string>;
  /** Filter name → values (ids). */
  filters: Record<string, string[]>;
  /** Sort key → value (ISO date, so it sorts as text). */
  sort: Record<string, string>;
}

export function articleSearchMeta(a: {
  date: PartialDate;
  kind: ArticleKind;
  kindLabel: string;
  storylines: readonly string[];
  entities: readonly string[];
  outlets: readonly string[];
}): SearchMeta {
  return {
    meta: { kind: a.kindLabel, date: formatPartialDate(a.date), datetime: a.date.iso, outlets: a.outlets.join(', ') },
    filters: { kind: [a.kind], storyline: [...a.storylines], entity: [...a.entities], year: [String(a.date.year)] },
    sort: { date: a.date.iso },
  };
}

/**
 * An entity's result is a card (its summary and article count come from here); it sorts by the date
 * of the latest entry naming it, so "newest first" keeps entities in the list.
 */
export function entitySearchMeta(e: {
  id: string;
  kindLabel: string;
  summary: string;
  articles: number;
  latest?: PartialDate;
}): SearchMeta {
  return {
    meta: { kind: e.kindLabel, summary: e.summary, articles: String(e.articles) },
    filters: { kind: [ENTITY_KIND], entity: [e.id] },
    sort: e.latest ? { date: e.latest.iso } : {},
  };
}
