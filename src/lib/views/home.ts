/** The home page and the year pages: the state of play, then the timeline. */
import { toPartialDate, type PartialDate } from '../../core/partial-date.ts';
import { rankByCount } from '../rank.ts';
import { entriesPerMonth, yearIndex, type TimelineEntry, type YearIndexItem } from '../timeline.ts';
import type { Tracker } from '../tracker.ts';
import { countOf } from '../strings.ts';
import { yearUrl } from '../urls.ts';
import { dealPill, timelineView, type DealPill, type Link, type TimelineView } from './common.ts';

/** How much the home page shows: the latest entries; the rest is one click away on the year pages. */
export const HOME_ENTRY_LIMIT = 20;
/** Deals the home page shows, latest change first; the deals page has every one. */
export const HOME_DEAL_LIMIT = 12;
/** The home page's bars cover this many months, to the newest entry's; each year page has bars for its own months. */
export const HOME_MONTHS = 36;
/** How many of the most-named entities the timeline offers as filters. */
export const FILTER_ENTITY_LIMIT = 10;

const yearLink = (y: YearIndexItem) => ({ text: String(y.year), href: y.href, count: y.count });

export interface FilterOption extends Link {
  /** The value in the URL (?entity=kamaz). */
  id: string;
}

export interface MonthBar {
  month: string;
  count: number;
  href: string;
}

export interface TimelineFiltersView {
  storylines: FilterOption[];
  entities: FilterOption[];
}

export interface HomeView {
  /** The newest entry's date, and the day the content last changed (from the repository, when known). */
  updated: { newest: PartialDate; lastChange?: string };
  counts: { entries: number; articles: number; entities: number; deals: number };
  /** The deals whose status changed last, at most HOME_DEAL_LIMIT. */
  deals: DealPill[];
  bars: MonthBar[];
  years: (Link & { count: number })[];
  filters: TimelineFiltersView;
  timeline: TimelineView;
  shown: number;
  total: number;
  /** Year pages for what the home page leaves out. */
  olderYears: Link[];
}

export function filtersView(t: Tracker, entries: readonly TimelineEntry[]): TimelineFiltersView {
  return {
    storylines: [...t.storylines.values()].map((s) => ({ id: s.id, text: s.data.title, href: s.url })),
    entities: rankByCount(entries, (e) => e.entities.filter((id) => t.entities.get(id)?.data.kind !== 'media'), {
      limit: FILTER_ENTITY_LIMIT,
    }).map(({ id }) => {
      const e = t.entities.get(id)!;
      return { id, text: e.data.name, href: e.url };
    }),
  };
}

/** Bars for the months of `entries` that are shown on this page (each links to its month's anchor), else to their year page. */
export function monthBars(all: readonly TimelineEntry[], shown: readonly TimelineEntry[]): MonthBar[] {
  const here = new Set(shown.map((e) => e.date.iso.slice(0, 7)));
  return entriesPerMonth(all).map(({ month, count }) => ({
    month,
    count,
    href: here.has(month) ? `#${month}` : `${yearUrl(month.slice(0, 4))}#${month}`,
  }));
}

/** The entries of the latest `months` months, counting back from the month of the newest entry dated to a month. */
export function latestMonths(entries: readonly TimelineEntry[], months: number): TimelineEntry[] {
  const newest = entries.find((e) => e.date.month !== undefined)?.date;
  if (!newest) return [];
  const first = newest.year * 12 + newest.month! - months + 1;
  return entries.filter((e) => e.date.month !== undefined && e.date.year * 12 + e.date.month >= first);
}

export function homeView(t: Tracker, lastChange?: string): HomeView {
  const shown = t.timeline.slice(0, HOME_ENTRY_LIMIT);
  const years = yearIndex(t.timeline, shown, yearUrl);
  return {
    updated: { newest: t.timeline[0]?.date ?? toPartialDate('2005'), ...(lastChange ? { lastChange } : {}) },
    counts: { entries: t.timeline.length, articles: t.articles.length, entities: t.entities.size, deals: t.deals.size },
    deals: [...t.deals.values()]
      .map((d) => dealPill(t, d))
      .sort((a, b) => (b.since?.iso ?? '').localeCompare(a.since?.iso ?? '') || a.title.localeCompare(b.title))
      .slice(0, HOME_DEAL_LIMIT),
    bars: monthBars(latestMonths(t.timeline, HOME_MONTHS), shown),
    years: years.map(yearLink),
    filters: filtersView(t, t.timeline),
    timeline: timelineView(t, shown),
    shown: shown.length,
    total: t.timeline.length,
    olderYears: years.filter((y) => !y.href.startsWith('#')).map((y) => ({ text: String(y.year), href: y.href })),
  };
}

export interface YearView {
  year: number;
  count: number;
  /** The page's title and meta description, and the line under its heading. */
  title: string;
  description: string;
  lead: string;
  newer?: Link;
  older?: Link;
  bars: MonthBar[];
  years: (Link & { count: number })[];
  filters: TimelineFiltersView;
  timeline: TimelineView;
}

/**
 * Every year's page, from the first year on the timeline to the last: the whole year, its months
 * charted, links to the years on either side. A year with no entry keeps its page (a published
 * year URL keeps working) and says so; it is left out of search engines.
 */
export function yearViews(t: Tracker): YearView[] {
  const known = t.timeline.map((e) => e.date.year);
  if (known.length === 0) return [];
  const newest = Math.max(...known);
  const years = Array.from({ length: newest - Math.min(...known) + 1 }, (_, i) => newest - i);
  return years.map((year, i) => {
    const entries = t.timeline.filter((e) => e.date.year === year);
    const link = (y: number | undefined) => (y === undefined ? undefined : { text: String(y), href: yearUrl(y) });
    const newer = link(years[i - 1]);
    const older = link(years[i + 1]);
    const n = entries.length;
    return {
      year,
      count: n,
      title: `${year} on the timeline`,
      description: `Every report and event of ${year} on the Moskvich Tracker timeline: ${countOf(n, 'entry', 'entries')}.`,
      lead: n === 0 ? 'Nothing on the timeline for this year.' : `${countOf(n, 'entry', 'entries')}, newest first.`,
      ...(newer ? { newer } : {}),
      ...(older ? { older } : {}),
      bars: monthBars(entries, entries),
      years: yearIndex(t.timeline, entries, yearUrl).map(yearLink),
      filters: filtersView(t, entries),
      timeline: timelineView(t, entries),
    };
  });
}
