/** Turns articles into timeline entries (articles and the events they report) and groups them by year and month. */
import type { ArticleData, ArticleKind, DealStatus } from '../schemas/index.ts';
import { compareNewestFirst, toPartialDate, type PartialDate } from '../core/partial-date.ts';
import { articleUrl, eventAnchor, eventUrl } from './urls.ts';

export type EntryKind = ArticleKind | 'event';

export interface TimelineEntry {
  /** Unique across the timeline: the slug, or slug#event-id. */
  key: string;
  kind: EntryKind;
  date: PartialDate;
  /** The headline, or the event's one line. */
  title: string;
  /** Permalink: the article, or the event's anchor inside it. */
  url: string;
  /** The article the entry comes from. */
  slug: string;
  storylines: readonly string[];
  entities: readonly string[];
  /** Outlet ids that reported it (the article's sources). */
  outlets: readonly string[];
  /** Deal status changes the entry records (articles only). */
  deals: readonly { deal: string; status: DealStatus }[];
}

/** The minimum the timeline needs of an article. */
export interface TimelineSource {
  slug: string;
  data: Pick<ArticleData, 'title' | 'date' | 'kind' | 'storylines' | 'entities' | 'sources' | 'events' | 'deals'>;
}

/** Every article and every event of every article, newest first; same dates keep the input order. */
export function buildTimeline(articles: readonly TimelineSource[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { slug, data } of articles) {
    const outlets = [...new Set(data.sources.map((s) => s.outlet))];
    entries.push({
      key: slug,
      kind: data.kind,
      date: toPartialDate(data.date),
      title: data.title,
      url: articleUrl(slug),
      slug,
      storylines: data.storylines,
      entities: data.entities,
      outlets,
      deals: data.deals.map(({ deal, status }) => ({ deal, status })),
    });
    for (const event of data.events) {
      entries.push({
        key: `${slug}#${eventAnchor(event.id)}`,
        kind: 'event',
        date: toPartialDate(event.date),
        title: event.text,
        url: eventUrl(slug, event.id),
        slug,
        storylines: data.storylines,
        entities: event.entities,
        outlets,
        deals: [],
      });
    }
  }
  return sortNewestFirst(entries);
}

/** Articles newest first; articles of the same date by slug, so the order never depends on file-system order. */
export function sortArticles<T extends { slug: string; data: { date: string } }>(articles: readonly T[]): T[] {
  return [...articles]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .sort((a, b) => compareNewestFirst(toPartialDate(a.data.date), toPartialDate(b.data.date)));
}

/** Stable: entries with equal dates keep their relative order. */
export function sortNewestFirst<T extends { date: PartialDate }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareNewestFirst(a.date, b.date));
}

export interface MonthGroup {
  /** `2022-06`: the anchor id and the `<time>` value. */
  id: string;
  month: number;
  entries: TimelineEntry[];
}

export interface YearGroup {
  /** `2022`: the anchor id. */
  id: string;
  year: number;
  /** Entries known only to the year: they head the year. */
  undated: TimelineEntry[];
  months: MonthGroup[];
  /** How many entries the year holds in all. */
  count: number;
}

/** Groups newest-first entries under years and months, keeping their order. */
export function groupByYearAndMonth(entries: readonly TimelineEntry[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const entry of entries) {
    let year = years.at(-1);
    if (!year || year.year !== entry.date.year) {
      year = { id: String(entry.date.year), year: entry.date.year, undated: [], months: [], count: 0 };
      years.push(year);
    }
    year.count++;
    if (entry.date.month === undefined) {
      year.undated.push(entry);
      continue;
    }
    let month = year.months.at(-1);
    if (!month || month.month !== entry.date.month) {
      month = { id: `${year.id}-${String(entry.date.month).padStart(2, '0')}`, month: entry.date.month, entries: [] };
      year.months.push(month);
    }
    month.entries.push(entry);
  }
  return years;
}

/** Entries that name an entity (in the article's list, or the event's). */
export function entriesNaming(entries: readonly TimelineEntry[], entityId: string): TimelineEntry[] {
  return entries.filter((e) => e.entities.includes(entityId));
}

/** Entries of one storyline. */
export function entriesInStoryline(entries: readonly TimelineEntry[], storylineId: string): TimelineEntry[] {
  return entries.filter((e) => e.storylines.includes(storylineId));
}

export interface YearIndexItem {
  year: number;
  /** Entries in the whole year. */
  count: number;
  /** Where to jump: the year's heading on this page when it is shown here, else its year page. */
  href: string;
}

/** The year index: every year of the timeline, linking to its anchor when shown on the page, else to its page. */
export function yearIndex(
  all: readonly TimelineEntry[],
  shown: readonly TimelineEntry[],
  yearPage: (year: number) => string,
): YearIndexItem[] {
  const shownYears = new Set(shown.map((e) => e.date.year));
  const counts = new Map<number, number>();
  for (const e of all) counts.set(e.date.year, (counts.get(e.date.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ year, count, href: shownYears.has(year) ? `#${year}` : yearPage(year) }));
}

/** Ids most often named by entries, most first; ties by id. */
export function mostNamed(
  entries: readonly TimelineEntry[],
  key: 'entities' | 'storylines',
  limit: number,
): { id: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) for (const id of e[key]) counts.set(id, (counts.get(id) ?? 0) + 1);
  return [...counts]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** The first and last date of a set of newest-first entries. */
export function dateSpan(entries: readonly TimelineEntry[]): { first: TimelineEntry['date']; last: TimelineEntry['date'] } | undefined {
  if (entries.length === 0) return undefined;
  return { first: entries.at(-1)!.date, last: entries[0]!.date };
}
