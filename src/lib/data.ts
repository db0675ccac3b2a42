/**
 * The one data module: the only place that reads the collections. It sorts,
 * indexes and joins them once per build; pages, feeds and exports import from
 * here and never call `getCollection` themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ArticleData, DealData, EntityData, EntityKind, StorylineData } from '../schemas/index.ts';
import { coMentions, type CoMention } from './co-mentions.ts';
import { currentStep, dealHistory, type DealStep } from './deals.ts';
import { toPartialDate, type PartialDate } from './partial-date.ts';
import { relationsOf, type RelationView } from './relations.ts';
import { buildTimeline, sortArticles, type TimelineEntry } from './timeline.ts';
import { articleUrl, entityUrl, storylineUrl } from './urls.ts';

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
    articleEntries.map((entry) => ({ slug: entry.id, url: articleUrl(entry.id), date: toPartialDate(entry.data.date), data: entry.data, entry })),
  );
  const sortById = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  const timelineSources = articles.map(({ slug, data }) => ({ slug, data }));
  return {
    articles,
    articlesBySlug: new Map(articles.map((a) => [a.slug, a])),
    entities: new Map(sortById(entityEntries).map((entry) => [entry.id, { id: entry.id, url: entityUrl(entry.id), data: entry.data, entry }])),
    storylines: new Map(sortById(storylineEntries).map((entry) => [entry.id, { id: entry.id, url: storylineUrl(entry.id), data: entry.data, entry }])),
    deals: new Map(
      sortById(dealEntries).map((entry) => {
        const history = dealHistory(entry.id, timelineSources);
        return [entry.id, { id: entry.id, data: entry.data, entry, history, current: currentStep(history) }];
      }),
    ),
    timeline: buildTimeline(timelineSources),
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
  return t.articles.filter((a) => a.data.entities.includes(id));
}

/** Articles that cite an outlet among their sources, newest first. */
export function articlesCiting(t: Tracker, outletId: string): Article[] {
  return t.articles.filter((a) => a.data.sources.some((s) => s.outlet === outletId || s.via === outletId));
}

export function entityRelations(t: Tracker, id: string): RelationView[] {
  return relationsOf(id, new Map([...t.entities].map(([key, e]) => [key, e.data])));
}

export function relatedEntities(t: Tracker, id: string): CoMention[] {
  return coMentions(id, t.articles.map((a) => a.data));
}
