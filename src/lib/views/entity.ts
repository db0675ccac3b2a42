/** An entity page: what it is, its key figures, its connections and deals, then its timeline (the latest 50, the rest by year). */
import { toPartialDate, type PartialDate } from '../../core/partial-date.ts';
import { formatPeriod, parsePeriod } from '../../core/period.ts';
import type { EntityKind } from '../../schemas/index.ts';
import { SITE_NAME, SITE_URL } from '../../site-config.ts';
import { rankByCount } from '../rank.ts';
import { entitySearchMeta, type SearchMeta } from '../search-meta.ts';
import { entityCard, type CardContent } from '../cards/cards.ts';
import { KIND_LABELS } from '../strings.ts';
import { entityJsonLd, type JsonLd } from '../structured-data.ts';
import { must, type Entity, type Tracker } from '../tracker.ts';
import { absoluteUrl, entityCardUrl, entityFeedUrl, entityYearUrl } from '../urls.ts';
import type { MeasureSeries } from '../charts/series.ts';
import { dealPill, entityLink, type DealPill, type Link } from './common.ts';
import { scopeTimeline, scopeYearViews, type ScopeTimeline, type ScopeYearView } from './scope.ts';
import { entityCharts } from './figures.ts';

/** An entity with at least this many connections gets them drawn. */
export const CONNECTIONS_CHART_MIN = 3;

/** Chips of the entities named in the same articles, in the side column. */
export const RELATED_LIMIT = 12;
/** Key figures shown as large numbers. */
export const KEY_FIGURES = 4;

const numberFormat = new Intl.NumberFormat('en-GB');

export interface KeyFigure {
  value: string;
  unit: string;
  /** The measure's name. */
  what: string;
  period: string;
  article: Link;
}

export interface EntityView extends ScopeTimeline {
  id: string;
  url: string;
  name: string;
  kind: EntityKind;
  kindLabel: string;
  country?: string;
  summary: string;
  role?: string;
  affiliation?: Link;
  aliases: string[];
  relations: { label: string; other: Link; from?: PartialDate; to?: PartialDate }[];
  people: (Link & { role?: string })[];
  keyFigures: KeyFigure[];
  /** Measure ids with figures about it. */
  measures: string[];
  /** The charts drawn on the page, and the rest of its measures, linked on the numbers page. */
  charts: { drawn: MeasureSeries[]; linked: Link[] };
  /** Its connections drawn around it, when it has enough of them. */
  connections?: { center: { name: string; url: string }; others: { id: string; name: string; url: string; label: string }[] };
  deals: DealPill[];
  related: (Link & { count: number })[];
  outlets: (Link & { count: number })[];
  /** Outlets only: the articles citing it. */
  citing?: (Link & { date: PartialDate })[];
  feed: string;
  search: SearchMeta;
  card: { path: string; content: CardContent; alt: string };
  jsonLd: JsonLd;
}

/** The latest result of each measure about the entity (plans where there is no result yet), newest period first. */
export function keyFigures(t: Tracker, id: string, limit = KEY_FIGURES): { figures: KeyFigure[]; measures: string[] } {
  const best = new Map<string, { figure: KeyFigure; end: number; result: boolean }>();
  for (const article of t.articlesByEntity.get(id) ?? []) {
    for (const f of article.data.figures) {
      if (f.entity !== id) continue;
      const end = parsePeriod(f.period)!.end.getTime();
      const result = f.basis === 'result';
      // A result beats a plan; between two of the same kind, the later period wins.
      const known = best.get(f.measure);
      const better = !known || (result && !known.result) || (result === known.result && end > known.end);
      if (!better) continue;
      best.set(f.measure, {
        end,
        result,
        figure: {
          value: numberFormat.format(f.value),
          unit: f.unit,
          what: must(t.measures, f.measure, 'measure').data.name,
          period: formatPeriod(f.period),
          article: { text: article.data.title, href: article.url },
        },
      });
    }
  }
  const ranked = [...best].sort((a, b) => Number(b[1].result) - Number(a[1].result) || b[1].end - a[1].end);
  return { figures: ranked.slice(0, limit).map(([, v]) => v.figure), measures: ranked.map(([m]) => m) };
}

export function entityView(t: Tracker, entity: Entity): EntityView {
  const { id, data } = entity;
  const entries = t.entriesByEntity.get(id) ?? [];
  const articles = t.articlesByEntity.get(id) ?? [];
  const { figures, measures } = keyFigures(t, id);
  const affiliation = data.affiliation ? must(t.entities, data.affiliation, 'entity') : undefined;
  const cardPath = entityCardUrl(id);
  const content = entityCard(
    { name: data.name, kind: data.kind, summary: data.summary, latest: articles[0]?.date },
    { name: SITE_NAME, url: SITE_URL },
  );
  const isOutlet = data.kind === 'media';
  return {
    id,
    url: entity.url,
    name: data.name,
    kind: data.kind,
    kindLabel: KIND_LABELS[data.kind],
    ...(data.country ? { country: data.country } : {}),
    summary: data.summary,
    ...(data.role ? { role: data.role } : {}),
    ...(affiliation ? { affiliation: { text: affiliation.data.name, href: affiliation.url } } : {}),
    aliases: data.aliases,
    relations: (t.relationsByEntity.get(id) ?? []).map((r) => ({
      label: r.label,
      other: entityLink(t, r.other),
      ...(r.from ? { from: toPartialDate(r.from) } : {}),
      ...(r.to ? { to: toPartialDate(r.to) } : {}),
    })),
    people: (t.peopleByOrganisation.get(id) ?? []).map((p) => ({
      text: p.data.name,
      href: p.url,
      ...(p.data.role ? { role: p.data.role } : {}),
    })),
    keyFigures: figures,
    measures,
    charts: entityCharts(t, id),
    ...connectionsOf(t, entity),
    deals: (t.dealsByParty.get(id) ?? []).map((d) => dealPill(t, d)),
    related: rankByCount(articles, (a) => a.data.entities.filter((e) => t.entities.get(e)?.data.kind !== 'media'), {
      exclude: id,
      limit: RELATED_LIMIT,
    }).map(({ id: other, count }) => ({ ...entityLink(t, other), count })),
    outlets: isOutlet
      ? []
      : rankByCount(articles, (a) => a.data.sources.flatMap((s) => (s.via ? [s.outlet, s.via] : [s.outlet])), { exclude: id }).map(
          ({ id: outlet, count }) => ({ ...entityLink(t, outlet), count }),
        ),
    ...(isOutlet ? { citing: (t.articlesByOutlet.get(id) ?? []).map((a) => ({ text: a.data.title, href: a.url, date: a.date })) } : {}),
    feed: entityFeedUrl(id),
    ...scopeTimeline(t, entries, { about: `naming ${data.name}`, yearUrl: (year) => entityYearUrl(id, year) }),
    search: entitySearchMeta({
      id,
      kindLabel: KIND_LABELS[data.kind],
      summary: data.summary,
      articles: articles.length,
      latest: entries[0]?.date,
    }),
    card: { path: cardPath, content, alt: `${data.name} (${KIND_LABELS[data.kind]})` },
    jsonLd: entityJsonLd({
      kind: data.kind,
      name: data.name,
      url: absoluteUrl(entity.url, SITE_URL),
      summary: data.summary,
      aliases: data.aliases,
      image: absoluteUrl(cardPath, SITE_URL),
      country: data.country,
      role: data.role,
      affiliation: affiliation && { kind: affiliation.data.kind, name: affiliation.data.name, url: absoluteUrl(affiliation.url, SITE_URL) },
    }),
  };
}

function connectionsOf(t: Tracker, entity: Entity): Pick<EntityView, 'connections'> {
  const relations = t.relationsByEntity.get(entity.id) ?? [];
  const people = t.peopleByOrganisation.get(entity.id) ?? [];
  if (relations.length + people.length < CONNECTIONS_CHART_MIN) return {};
  const others = [
    ...relations.map((r) => {
      const other = must(t.entities, r.other, 'entity');
      return { id: other.id, name: other.data.name, url: other.url, label: r.label };
    }),
    ...people.map((p) => ({ id: p.id, name: p.data.name, url: p.url, label: p.data.role ?? 'person' })),
  ];
  return { connections: { center: { name: entity.data.name, url: entity.url }, others } };
}

/** The year pages of an entity with more entries than its page shows: each year complete. */
export function entityYearViews(t: Tracker, entity: Entity): ScopeYearView[] {
  return scopeYearViews(t, t.entriesByEntity.get(entity.id) ?? [], {
    link: { text: entity.data.name, href: entity.url },
    label: KIND_LABELS[entity.data.kind],
    about: `that names ${entity.data.name}`,
    yearUrl: (year) => entityYearUrl(entity.id, year),
  });
}
