/** The index pages: storylines, one storyline, and every entity by kind. */
import type { PartialDate } from '../../core/partial-date.ts';
import type { EntityKind } from '../../schemas/index.ts';
import { KIND_HEADINGS } from '../strings.ts';
import { dateSpan } from '../timeline.ts';
import type { Storyline, Tracker } from '../tracker.ts';
import { storylineFeedUrl, storylineYearUrl } from '../urls.ts';
import { entityCardView, type EntityCardView, type Link } from './common.ts';
import { scopeTimeline, scopeYearViews, type ScopeTimeline, type ScopeYearView } from './scope.ts';

export interface StorylineSummary {
  link: Link;
  summary: string;
  count: number;
  span?: { first: PartialDate; last: PartialDate };
}

export function storylinesView(t: Tracker): StorylineSummary[] {
  return [...t.storylines.values()].map((s) => {
    const entries = t.entriesByStoryline.get(s.id) ?? [];
    const span = dateSpan(entries);
    return { link: { text: s.data.title, href: s.url }, summary: s.data.summary, count: entries.length, ...(span ? { span } : {}) };
  });
}

export interface StorylineView extends ScopeTimeline {
  id: string;
  title: string;
  summary: string;
  feed: string;
}

const storylineYears = (id: string) => (year: number) => storylineYearUrl(id, year);

/** A storyline's page: its latest entries, and a page per year when it has more. */
export function storylineView(t: Tracker, storyline: Storyline): StorylineView {
  return {
    id: storyline.id,
    title: storyline.data.title,
    summary: storyline.data.summary,
    feed: storylineFeedUrl(storyline.id),
    ...scopeTimeline(t, t.entriesByStoryline.get(storyline.id) ?? [], {
      about: 'in this storyline',
      yearUrl: storylineYears(storyline.id),
    }),
  };
}

/** The year pages of a storyline with more entries than its page shows: each year complete. */
export function storylineYearViews(t: Tracker, storyline: Storyline): ScopeYearView[] {
  return scopeYearViews(t, t.entriesByStoryline.get(storyline.id) ?? [], {
    link: { text: storyline.data.title, href: storyline.url },
    label: 'Storyline',
    about: `in the storyline ${storyline.data.title}`,
    yearUrl: storylineYears(storyline.id),
  });
}

export interface EntitiesIndexView {
  kinds: { kind: EntityKind; heading: string; entities: EntityCardView[] }[];
}

/** Every entity, grouped by kind in the order readers look for them, alphabetical within a kind. */
export function entitiesIndexView(t: Tracker): EntitiesIndexView {
  return {
    kinds: (Object.keys(KIND_HEADINGS) as EntityKind[]).flatMap((kind) => {
      const entities = [...t.entities.values()]
        .filter((e) => e.data.kind === kind)
        .sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'))
        .map((e) => entityCardView(t, e.id));
      return entities.length ? [{ kind, heading: KIND_HEADINGS[kind], entities }] : [];
    }),
  };
}
