/**
 * View models: what the components show, with every id already resolved into names and links.
 * Built from the tracker by pure functions (each page type has its module here), so no component
 * looks anything up and every page's logic has a unit test.
 */
import { formatPartialDate, type PartialDate } from '../../core/partial-date.ts';
import type { DealStatus, EntityKind } from '../../schemas/index.ts';
import { ladderStep } from '../deals.ts';
import { KIND_LABELS, STATUS_LABELS, STATUS_MEANINGS } from '../strings.ts';
import type { EntryKind, TimelineEntry, YearGroup } from '../timeline.ts';
import { groupByYearAndMonth } from '../timeline.ts';
import { must, type Deal, type Tracker } from '../tracker.ts';
import { dealUrl, entityFeedUrl } from '../urls.ts';

export interface Link {
  text: string;
  href: string;
}

/** How many entity chips an entry shows before "+N more". */
export const ENTRY_CHIPS = 3;

export const ENTRY_KIND_LABELS: Record<EntryKind, string> = { report: 'Report', brief: 'Brief', event: 'Event' };

export interface StatusView {
  status: DealStatus;
  label: string;
  /** What the status means, for a tooltip and the key. */
  meaning: string;
  /** Its step on the ladder reported → in talks → agreement → production, if it is on it. */
  step?: { step: number; of: number };
}

export function statusView(status: DealStatus): StatusView {
  const step = ladderStep(status);
  return { status, label: STATUS_LABELS[status], meaning: STATUS_MEANINGS[status], ...(step ? { step } : {}) };
}

export interface EntryView {
  key: string;
  kind: EntryKind;
  kindLabel: string;
  date: PartialDate;
  title: string;
  url: string;
  /** Names of the outlets that reported it. */
  outlets: string[];
  /** Up to three entities it names (outlets aside), and how many more. */
  chips: Link[];
  more: number;
  deals: { deal: Link; status: StatusView }[];
  /** The article's own news (its events dated within its date). */
  events: { id: string; date: PartialDate; text: string; url: string }[];
  /** For a happening: the articles that report it. */
  reports: Link[];
  /** Ids, for the filters that narrow a timeline in place. */
  storylineIds: readonly string[];
  entityIds: readonly string[];
}

const entryViews = new WeakMap<TimelineEntry, EntryView>();

/** One entry as shown on every page that lists it; built once per entry and build. */
export function entryView(t: Tracker, entry: TimelineEntry): EntryView {
  const known = entryViews.get(entry);
  if (known) return known;
  const named = entry.entities.map((id) => must(t.entities, id, 'entity')).filter((e) => e.data.kind !== 'media');
  const view: EntryView = {
    key: entry.key,
    kind: entry.kind,
    kindLabel: ENTRY_KIND_LABELS[entry.kind],
    date: entry.date,
    title: entry.title,
    url: entry.url,
    outlets: entry.outlets.map((id) => must(t.entities, id, 'outlet').data.name),
    chips: named.slice(0, ENTRY_CHIPS).map((e) => ({ text: e.data.name, href: e.url })),
    more: Math.max(0, named.length - ENTRY_CHIPS),
    deals: entry.deals.map(({ deal, status }) => ({
      deal: { text: must(t.deals, deal, 'deal').data.title, href: dealUrl(deal) },
      status: statusView(status),
    })),
    events: entry.events.map((e) => ({ id: e.id, date: e.date, text: e.text, url: e.url })),
    reports: entry.reports.map((r) => ({ text: r.title, href: r.url })),
    storylineIds: entry.storylines,
    entityIds: entry.entities,
  };
  entryViews.set(entry, view);
  return view;
}

export interface TimelineView {
  years: {
    id: string;
    year: number;
    count: number;
    months: { id: string; label: string; entries: EntryView[] }[];
    /** Entries known only to the year, after its months. */
    sometime: EntryView[];
  }[];
}

export function timelineView(t: Tracker, entries: readonly TimelineEntry[]): TimelineView {
  return {
    years: groupByYearAndMonth(entries).map((year: YearGroup) => ({
      id: year.id,
      year: year.year,
      count: year.count,
      months: year.months.map((m) => ({
        id: m.id,
        label: formatPartialDate(m.id),
        entries: m.entries.map((e) => entryView(t, e)),
      })),
      sometime: year.sometime.map((e) => entryView(t, e)),
    })),
  };
}

export interface DealPill {
  id: string;
  title: string;
  href: string;
  parties: Link[];
  /** The latest status, or undefined before any report. */
  status?: StatusView;
  since?: PartialDate;
}

export function dealPill(t: Tracker, deal: Deal): DealPill {
  return {
    id: deal.id,
    title: deal.data.title,
    href: dealUrl(deal.id),
    parties: deal.data.parties.map((id) => entityLink(t, id)),
    ...(deal.current ? { status: statusView(deal.current.status), since: deal.current.date } : {}),
  };
}

export function entityLink(t: Tracker, id: string): Link {
  const e = must(t.entities, id, 'entity');
  return { text: e.data.name, href: e.url };
}

/** An entity as a card: what search shows and what the index lists. */
export interface EntityCardView {
  link: Link;
  kind: EntityKind;
  kindLabel: string;
  summary: string;
  aliases: string[];
  articles: number;
  feed: string;
}

export function entityCardView(t: Tracker, id: string): EntityCardView {
  const e = must(t.entities, id, 'entity');
  return {
    link: { text: e.data.name, href: e.url },
    kind: e.data.kind,
    kindLabel: KIND_LABELS[e.data.kind],
    summary: e.data.summary,
    aliases: e.data.aliases,
    articles: t.articlesByEntity.get(id)?.length ?? 0,
    feed: entityFeedUrl(id),
  };
}
