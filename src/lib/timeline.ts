/**
 * The timeline: one entry per article, and one per happening that no article's own entry already
 * tells. An event dated within its article's date is the article's news, so it shows under that
 * article; an event of another date is a happening of its own, shown once however many articles
 * report it. Entries run newest first; one known only to the month or the year sits at the end
 * of its period. Pure: takes articles as arguments.
 */
import { compareNewestFirst, overlaps, toPartialDate, type PartialDate } from '../core/partial-date.ts';
import type { ArticleData, ArticleKind, DealStatus } from '../schemas/index.ts';
import { articleUrl, eventUrl } from './urls.ts';

export type EntryKind = ArticleKind | 'event';

/** An event shown under its article's entry. */
export interface FoldedEvent {
  id: string;
  date: PartialDate;
  text: string;
  url: string;
}

/** An article that reports an event entry. */
export interface Report {
  slug: string;
  title: string;
  url: string;
  date: PartialDate;
}

export interface TimelineEntry {
  /** Unique across the timeline: the slug, or `event:<id>`. */
  key: string;
  kind: EntryKind;
  date: PartialDate;
  /** The headline, or the event's one line. */
  title: string;
  /** Permalink: the article, or the event's anchor in the first article that reported it. */
  url: string;
  /** The article the entry comes from (an event: the first that reported it). */
  slug: string;
  storylines: readonly string[];
  entities: readonly string[];
  /** Outlet ids that reported it (the sources of its article or articles). */
  outlets: readonly string[];
  /** Deal status changes the entry records (articles only). */
  deals: readonly { deal: string; status: DealStatus }[];
  /** Events that are this article's own news (articles only). */
  events: readonly FoldedEvent[];
  /** The articles reporting a happening (events only), oldest first. */
  reports: readonly Report[];
}

/** The minimum the timeline needs of an article. */
export interface TimelineSource {
  slug: string;
  data: Pick<ArticleData, 'title' | 'date' | 'kind' | 'storylines' | 'entities' | 'sources' | 'events' | 'deals'>;
}

const outletsOf = (data: TimelineSource['data']) => [...new Set(data.sources.map((s) => s.outlet))];

/** Every article, and every happening no article already tells, newest first. */
export function buildTimeline(articles: readonly TimelineSource[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const happenings = new Map<string, TimelineEntry & { storylines: string[]; outlets: string[]; reports: Report[] }>();
  const told = new Set<string>();
  for (const { slug, data } of articles) {
    const date = toPartialDate(data.date);
    const own: FoldedEvent[] = [];
    for (const event of data.events) {
      const eventDate = toPartialDate(event.date);
      if (overlaps(eventDate, date)) {
        own.push({ id: event.id, date: eventDate, text: event.text, url: eventUrl(slug, event.id) });
        told.add(event.id);
        continue;
      }
      const report = { slug, title: data.title, url: articleUrl(slug), date };
      const known = happenings.get(event.id);
      if (known) {
        known.reports.push(report);
        known.storylines.push(...data.storylines.filter((s) => !known.storylines.includes(s)));
        known.outlets.push(...outletsOf(data).filter((o) => !known.outlets.includes(o)));
        continue;
      }
      happenings.set(event.id, {
        key: `event:${event.id}`,
        kind: 'event',
        date: eventDate,
        title: event.text,
        url: eventUrl(slug, event.id),
        slug,
        storylines: [...data.storylines],
        entities: event.entities,
        outlets: outletsOf(data),
        deals: [],
        events: [],
        reports: [report],
      });
    }
    entries.push({
      key: slug,
      kind: data.kind,
      date,
      title: data.title,
      url: articleUrl(slug),
      slug,
      storylines: data.storylines,
      entities: data.entities,
      outlets: outletsOf(data),
      deals: data.deals.map(({ deal, status }) => ({ deal, status })),
      events: own,
      reports: [],
    });
  }
  for (const [id, happening] of happenings) {
    if (told.has(id)) continue;
    // The first report links the happening: the articles are given newest first, so it is the last.
    happening.reports.sort((a, b) => compareNewestFirst(b.date, a.date) || a.slug.localeCompare(b.slug));
    const first = happening.reports[0]!;
    entries.push({ ...happening, slug: first.slug, url: eventUrl(first.slug, id) });
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
  months: MonthGroup[];
  /** Entries known only to the year: "sometime in 2022", after the year's months. */
  sometime: TimelineEntry[];
  /** How many entries the year holds in all. */
  count: number;
}

/** Groups newest-first entries under years and months, keeping their order. */
export function groupByYearAndMonth(entries: readonly TimelineEntry[]): YearGroup[] {
  const years: YearGroup[] = [];
  for (const entry of entries) {
    let year = years.at(-1);
    if (!year || year.year !== entry.date.year) {
      year = { id: String(entry.date.year), year: entry.date.year, months: [], sometime: [], count: 0 };
      years.push(year);
    }
    year.count++;
    if (entry.date.month === undefined) {
      year.sometime.push(entry);
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

/** Entries per month, oldest month first, for the bar chart (entries known only to a year have no month). */
export function entriesPerMonth(entries: readonly TimelineEntry[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (e.date.month === undefined) continue;
    const month = e.date.iso.slice(0, 7);
    counts.set(month, (counts.get(month) ?? 0) + 1);
  }
  return [...counts].map(([month, count]) => ({ month, count })).sort((a, b) => a.month.localeCompare(b.month));
}

/** The first and last date of a set of newest-first entries. */
export function dateSpan(entries: readonly TimelineEntry[]): { first: PartialDate; last: PartialDate } | undefined {
  if (entries.length === 0) return undefined;
  const sorted = sortNewestFirst(entries);
  return { first: sorted.at(-1)!.date, last: sorted[0]!.date };
}
