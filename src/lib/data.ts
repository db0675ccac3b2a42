/**
 * The one data module: the only place that reads the collections. It sorts,
 * indexes and joins them once per build; pages, feeds and exports import from
 * here and never call `getCollection` themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleData, DealData, EntityData, EntityKind, StorylineData } from '../schemas/index.ts';
import { coMentions, type CoMention } from './co-mentions.ts';
import { figuresAbout, outletsReporting, type FigureView } from './entity-facts.ts';
import { indexBy } from './index-by.ts';
import { currentStep, dealHistory, type DealStep } from './deals.ts';
import { toPartialDate, type PartialDate } from '../core/partial-date.ts';
import { relationsOf, type RelationView } from './relations.ts';
import { buildTimeline, sortArticles, type TimelineEntry } from './timeline.ts';
import { articleUrl, entityUrl, storylineUrl } from './urls.ts';
import type { NamesList } from './search-rank.ts';
import { KIND_LABELS } from './strings.ts';

export interface Article {
  slug: string;
  url: string;
  date: PartialDate;
  data: ArticleData;
  entry: CollectionEntry<'articles'>;
}

export interface Entity {
  id: string;
  url: string;
  data: EntityData;
  entry: CollectionEntry<'entities'>;
}

export interface Storyline {
  id: string;
  url: string;
  data: StorylineData;
  entry: CollectionEntry<'storylines'>;
}

export interface Deal {
  id: string;
  data: DealData;
  entry: CollectionEntry<'deals'>;
  /** Oldest step first. */
  history: DealStep[];
  current: DealStep | undefined;
}

export interface Tracker {
  /** Newest first. */
  articles: Article[];
  articlesBySlug: Map<string, Article>;
  entities: Map<string, Entity>;
  storylines: Map<string, Storyline>;
  deals: Map<string, Deal>;
  /** Every article and event, newest first. */
  timeline: TimelineEntry[];
  /** Entity id → the articles naming it, newest first. */
  articlesByEntity: Map<string, Article[]>;
  /** Outlet id → the articles citing it (as outlet or via), newest first. */
  articlesByOutlet: Map<string, Article[]>;
  /** Entity id → the timeline entries naming it, newest first. */
  entriesByEntity: Map<string, TimelineEntry[]>;
  /** Entity id → the figures reported about it, newest article first. */
  figuresByEntity: Map<string, FigureView[]>;
}

let tracker: Promise<Tracker> | undefined;

/** The whole tracker, loaded once per build. */
export function getTracker(): Promise<Tracker> {
  tracker ??= load();
  return tracker;
}

async function load(): Promise<Tracker> {
  const [articleEntries, entityEntries, storylineEntries, dealEntries] = await Promise.all([
    getCollection('articles'),
    getCollection('entities'),
    getCollection('storylines'),
    getCollection('deals'),
  ]);
  const articles = sortArticles(
    articleEntries.map((entry) => ({
      slug: entry.id,
      url: articleUrl(entry.id),
      date: toPartialDate(entry.data.date),
      data: entry.data,
      entry,
    })),
  );
  const sortById = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  const timelineSources = articles.map(({ slug, data }) => ({ slug, data }));
  const timeline = buildTimeline(timelineSources);
  return {
    articles,
    articlesBySlug: new Map(articles.map((a) => [a.slug, a])),
    entities: new Map(
      sortById(entityEntries).map((entry) => [entry.id, { id: entry.id, url: entityUrl(entry.id), data: entry.data, entry }]),
    ),
    storylines: new Map(
      sortById(storylineEntries).map((entry) => [entry.id, { id: entry.id, url: storylineUrl(entry.id), data: entry.data, entry }]),
    ),
    deals: new Map(
      sortById(dealEntries).map((entry) => {
        const history = dealHistory(entry.id, timelineSources);
        return [entry.id, { id: entry.id, data: entry.data, entry, history, current: currentStep(history) }];
      }),
    ),
    timeline,
    articlesByEntity: indexBy(articles, (a) => a.data.entities),
    articlesByOutlet: indexBy(articles, (a) => a.data.sources.flatMap((s) => (s.via ? [s.outlet, s.via] : [s.outlet]))),
    entriesByEntity: indexBy(timeline, (e) => e.entities),
    figuresByEntity: indexBy(
      articles.flatMap((a) => figuresAbout(undefined, [a])),
      (f) => [f.figure.entity],
    ),
  };
}

/** Looks an id up; the content check guarantees it exists, so a miss is a bug, not bad content. */
export function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}": the content check should have caught this.`);
  return value;
}

/** Entities grouped by kind, each group alphabetical by name. */
export function entitiesByKind(t: Tracker): Map<EntityKind, Entity[]> {
  const groups = new Map<EntityKind, Entity[]>();
  for (const entity of t.entities.values()) {
    const list = groups.get(entity.data.kind) ?? [];
    list.push(entity);
    groups.set(entity.data.kind, list);
  }
  for (const list of groups.values()) list.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en'));
  return groups;
}

/** Articles that name an entity, newest first. */
export function articlesNaming(t: Tracker, id: string): Article[] {
  return t.articlesByEntity.get(id) ?? [];
}

/** Articles that cite an outlet among their sources, newest first. */
export function articlesCiting(t: Tracker, outletId: string): Article[] {
  return t.articlesByOutlet.get(outletId) ?? [];
}

export function entityRelations(t: Tracker, id: string): RelationView[] {
  return relationsOf(id, new Map([...t.entities].map(([key, e]) => [key, e.data])));
}

/** Entities named in the same articles as `id`, most shared articles first. */
export function relatedEntities(t: Tracker, id: string): CoMention[] {
  return coMentions(
    id,
    articlesNaming(t, id).map((a) => a.data),
  );
}

/** Outlets whose reports name `id`, most articles first. */
export function outletsNaming(t: Tracker, id: string): { id: string; count: number }[] {
  return outletsReporting(id, articlesNaming(t, id));
}

/** Timeline entries (articles and events) naming `id`, newest first. */
export function entriesAbout(t: Tracker, id: string): TimelineEntry[] {
  return t.entriesByEntity.get(id) ?? [];
}

/** The search page's names list: every entity with its spellings, kind and article count, and the storylines. */
export async function searchNames(): Promise<NamesList> {
  const t = await getTracker();
  return {
    entities: [...t.entities.values()].map((e) => [
      e.id,
      e.data.name,
      KIND_LABELS[e.data.kind],
      e.data.aliases,
      articlesNaming(t, e.id).length,
    ]),
    storylines: [...t.storylines.values()].map((s) => [s.id, s.data.title]),
  };
}
