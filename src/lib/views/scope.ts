/**
 * The timeline of one entity or one storyline. Its page lists the latest entries; when there are
 * more, every year gets a page of its own holding that year complete, so every entry is on exactly
 * one of them and no page grows without bound.
 */
import { indexBy } from '../index-by.ts';
import type { TimelineEntry } from '../timeline.ts';
import type { Tracker } from '../tracker.ts';
import { countOf } from '../strings.ts';
import { timelineView, type Link, type TimelineView } from './common.ts';

/** An entity's or a storyline's page lists this many of its latest entries; when it has more, each year gets a page. */
export const SCOPE_ENTRY_LIMIT = 50;

/** What an entity's or a storyline's page shows of its timeline. */
export interface ScopeTimeline {
  /** Every entry of the scope, not only those shown. */
  entryCount: number;
  /** The line above the list, saying how much of it the page shows. */
  note: string;
  /** The latest SCOPE_ENTRY_LIMIT entries. */
  timeline: TimelineView;
  /** Its years, newest first, each with its page and count; empty when the page shows every entry. */
  years: (Link & { count: number })[];
}

/** One year of a scope's timeline, complete. */
export interface ScopeYearView {
  /** The page's title and meta description. */
  title: string;
  description: string;
  /** The entity or storyline, linked to its page. */
  scope: Link;
  /** What the scope is: "Company", "Storyline". */
  label: string;
  year: number;
  count: number;
  /** The line under the heading: "12 entries, newest first." */
  lead: string;
  /** Every year of the scope, as on its page. */
  years: (Link & { count: number })[];
  timeline: TimelineView;
}

function yearsOf(entries: readonly TimelineEntry[], yearUrl: (year: number) => string): (Link & { count: number })[] {
  if (entries.length <= SCOPE_ENTRY_LIMIT) return [];
  const counts = new Map<number, number>();
  for (const e of entries) counts.set(e.date.year, (counts.get(e.date.year) ?? 0) + 1);
  return [...counts].map(([year, count]) => ({ text: String(year), href: yearUrl(year), count }));
}

/** The part of a scope's page that is its timeline: the latest entries, and its years when it has more. */
export function scopeTimeline(
  t: Tracker,
  entries: readonly TimelineEntry[],
  scope: { about: string; yearUrl: (year: number) => string },
): ScopeTimeline {
  const n = entries.length;
  const shown = Math.min(n, SCOPE_ENTRY_LIMIT);
  return {
    entryCount: n,
    note:
      n > shown
        ? `The latest ${shown} of ${n} entries ${scope.about}; every year has its page.`
        : `${countOf(n, 'entry', 'entries')} ${scope.about}, newest first.`,
    timeline: timelineView(t, entries.slice(0, SCOPE_ENTRY_LIMIT)),
    years: yearsOf(entries, scope.yearUrl),
  };
}

/** The year pages of a scope with more entries than its page shows (none otherwise). */
export function scopeYearViews(
  t: Tracker,
  entries: readonly TimelineEntry[],
  scope: {
    link: Link;
    label: string;
    /** How an entry belongs to the scope, after "every report and event of <year>": "that names KAMAZ". */
    about: string;
    yearUrl: (year: number) => string;
  },
): ScopeYearView[] {
  const years = yearsOf(entries, scope.yearUrl);
  const byYear = indexBy(entries, (e) => [String(e.date.year)]);
  return years.map(({ text }) => {
    const year = Number(text);
    const inYear = byYear.get(text)!;
    return {
      title: `${scope.link.text} in ${year}`,
      description: `Every report and event of ${year} ${scope.about}: ${countOf(inYear.length, 'entry', 'entries')}.`,
      scope: scope.link,
      label: scope.label,
      year,
      count: inYear.length,
      lead: `${countOf(inYear.length, 'entry', 'entries')}, newest first.`,
      years,
      timeline: timelineView(t, inYear),
    };
  });
}
