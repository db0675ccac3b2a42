/**
 * The tracker: every collection joined and indexed once per build. Pure (the entries come in as
 * arguments), so the unit tests build one from fixtures; src/lib/data.ts builds the real one from
 * the content collections, and every page, feed and export reads from it.
 */
import { toPartialDate, type PartialDate } from '../core/partial-date.ts';
import type { ArticleData, DealData, EntityData, MeasureData, StorylineData } from '../schemas/index.ts';
import { measureSeries, type MeasureSeries } from './charts/series.ts';
import { currentStep, dealHistory, type DealStep } from './deals.ts';
import { indexBy } from './index-by.ts';
import { relationsOf, type RelationView } from './relations.ts';
import { buildTimeline, sortArticles, type TimelineEntry } from './timeline.ts';
import { articleUrl, entityUrl, storylineUrl } from './urls.ts';

export interface Article {
  slug: string;
  url: string;
  date: PartialDate;
  data: ArticleData;
  /** The article's place in `Tracker.articles`, newest first: 0 is the newest. */
  index: number;
}
export interface Entity {
  id: string;
  url: string;
  data: EntityData;
}
export interface Storyline {
  id: string;
  url: string;
  data: StorylineData;
}
export interface Deal {
  id: string;
  data: DealData;
  /** Oldest step first. */
  history: DealStep[];
  current: DealStep | undefined;
}
export interface Measure {
  id: string;
  data: MeasureData;
}

export interface Tracker {
  /** Newest first. */
  articles: Article[];
  articlesBySlug: Map<string, Article>;
  entities: Map<string, Entity>;
  storylines: Map<string, Storyline>;
  deals: Map<string, Deal>;
  measures: Map<string, Measure>;
  /** Every article and happening, newest first. */
  timeline: TimelineEntry[];
  /** Entity id → the articles naming it, newest first. */
  articlesByEntity: Map<string, Article[]>;
  /** Outlet id → the articles citing it (as outlet or via), newest first. */
  articlesByOutlet: Map<string, Article[]>;
  /** Storyline id → its articles, newest first. */
  articlesByStoryline: Map<string, Article[]>;
  /** Entity id → the timeline entries naming it, newest first. */
  entriesByEntity: Map<string, TimelineEntry[]>;
  /** Storyline id → its timeline entries, newest first. */
  entriesByStoryline: Map<string, TimelineEntry[]>;
  /** Entity id → its relations, declared on either side. */
  relationsByEntity: Map<string, RelationView[]>;
  /** Organisation id → the people affiliated with it. */
  peopleByOrganisation: Map<string, Entity[]>;
  /** Entity id → the deals it is a party to. */
  dealsByParty: Map<string, Deal[]>;
  /** Every measure with a figure, as a series over time (src/lib/charts/series.ts), by name. */
  series: MeasureSeries[];
}

export interface TrackerInput {
  articles: readonly { id: string; data: ArticleData }[];
  entities: readonly { id: string; data: EntityData }[];
  storylines: readonly { id: string; data: StorylineData }[];
  deals: readonly { id: string; data: DealData }[];
  measures: readonly { id: string; data: MeasureData }[];
}

const byId = <T extends { id: string }>(list: readonly T[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));

export function buildTracker(input: TrackerInput): Tracker {
  const articles = sortArticles(
    input.articles.map(({ id, data }) => ({ slug: id, url: articleUrl(id), date: toPartialDate(data.date), data })),
  ).map((a, index) => ({ ...a, index }));
  const entities = new Map(byId(input.entities).map(({ id, data }) => [id, { id, url: entityUrl(id), data }]));
  const timelineSources = articles.map(({ slug, data }) => ({ slug, data }));
  const timeline = buildTimeline(timelineSources);
  const entityData = new Map([...entities].map(([id, e]) => [id, e.data]));
  const deals = new Map(
    byId(input.deals).map(({ id, data }) => {
      const history = dealHistory(id, timelineSources);
      return [id, { id, data, history, current: currentStep(history) }];
    }),
  );
  const relationsByEntity = new Map([...entities.keys()].map((id) => [id, [] as RelationView[]]));
  const outletName = (id: string) => entities.get(id)?.data.name ?? id;
  const series = measureSeries({
    measures: new Map(input.measures.map(({ id, data }) => [id, data])),
    articles: articles.map((a) => ({
      url: a.url,
      title: a.data.title,
      date: a.data.date,
      outlets: [...new Set(a.data.sources.map((s) => outletName(s.outlet)))],
      figures: a.data.figures,
    })),
  });
  for (const view of relationsOf(entityData)) relationsByEntity.get(view.of)?.push(view);
  return {
    articles,
    articlesBySlug: new Map(articles.map((a) => [a.slug, a])),
    entities,
    storylines: new Map(byId(input.storylines).map(({ id, data }) => [id, { id, url: storylineUrl(id), data }])),
    deals,
    measures: new Map(byId(input.measures).map(({ id, data }) => [id, { id, data }])),
    timeline,
    articlesByEntity: indexBy(articles, (a) => a.data.entities),
    articlesByOutlet: indexBy(articles, (a) => a.data.sources.flatMap((s) => (s.via ? [s.outlet, s.via] : [s.outlet]))),
    articlesByStoryline: indexBy(articles, (a) => a.data.storylines),
    entriesByEntity: indexBy(timeline, (e) => e.entities),
    entriesByStoryline: indexBy(timeline, (e) => e.storylines),
    relationsByEntity,
    peopleByOrganisation: indexBy(
      [...entities.values()].filter((e) => e.data.affiliation),
      (e) => [e.data.affiliation!],
    ),
    dealsByParty: indexBy(deals.values(), (d) => d.data.parties),
    series,
  };
}

/** Looks an id up; the content check guarantees it exists, so a miss is a bug, not bad content. */
export function must<T>(map: ReadonlyMap<string, T>, id: string, what: string): T {
  const value = map.get(id);
  if (value === undefined) throw new Error(`Unknown ${what} "${id}": the content check should have caught this.`);
  return value;
}
