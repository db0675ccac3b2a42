/**
 * Open data: the tracker's content as JSON and CSV files under /data/, for
 * anyone to reuse. Pure serialisers: they take what the data module loaded and
 * return text; src/pages/data/*.ts only call them. README.md ("Open data")
 * documents every field.
 */
import type { ArticleData, DealData, DealStatus, EntityData } from '../schemas/index.ts';
import type { DealStep } from './deals.ts';
import { compareNewestFirst, toPartialDate } from '../core/partial-date.ts';
import { absoluteUrl, articleUrl, dealUrl, entityUrl, eventUrl } from './urls.ts';

export interface OpenDataInput {
  /** Newest first. */
  articles: readonly { slug: string; data: ArticleData }[];
  entities: ReadonlyMap<string, { data: EntityData }>;
  /** The articles naming each entity, newest first (the tracker's index). */
  articlesByEntity: ReadonlyMap<string, readonly { slug: string }[]>;
  deals: ReadonlyMap<string, { data: DealData; history: readonly DealStep[]; current: DealStep | undefined }>;
  site: string | URL;
}

/**
 * Bump when a field changes meaning or disappears (adding a field does not). 2: a figure's `asOf` gave
 * way to `measure`, `basis` and `period`; a source's `title` may be null (no headline could be seen).
 */
export const OPEN_DATA_VERSION = 2;

const envelope = (site: string | URL, key: string, items: unknown[]) => ({
  version: OPEN_DATA_VERSION,
  site: absoluteUrl('/', site),
  count: items.length,
  [key]: items,
});

const precision = (date: string) => toPartialDate(date).precision;

export function articlesJson({ articles, site }: OpenDataInput): string {
  const items = articles.map(({ slug, data }) => ({
    slug,
    url: absoluteUrl(articleUrl(slug), site),
    title: data.title,
    summary: data.summary,
    date: data.date,
    datePrecision: precision(data.date),
    kind: data.kind,
    storylines: data.storylines,
    entities: data.entities,
    sources: data.sources,
    figures: data.figures,
    events: data.events,
    deals: data.deals,
    updates: data.updates,
    formerSlugs: data.formerSlugs,
  }));
  return JSON.stringify(envelope(site, 'articles', items), null, 2) + '\n';
}

export function entitiesJson({ entities, articlesByEntity, site }: OpenDataInput): string {
  const items = [...entities].map(([id, { data }]) => ({
    id,
    url: absoluteUrl(entityUrl(id), site),
    name: data.name,
    kind: data.kind,
    aliases: data.aliases,
    summary: data.summary,
    country: data.country ?? null,
    role: data.role ?? null,
    affiliation: data.affiliation ?? null,
    relations: data.relations,
    articles: (articlesByEntity.get(id) ?? []).map((a) => a.slug),
  }));
  return JSON.stringify(envelope(site, 'entities', items), null, 2) + '\n';
}

export function dealsJson({ deals, site }: OpenDataInput): string {
  const step = (s: DealStep) => ({ status: s.status as DealStatus, date: s.date.iso, article: s.slug, outlets: s.outlets });
  const items = [...deals].map(([id, deal]) => ({
    id,
    url: absoluteUrl(dealUrl(id), site),
    title: deal.data.title,
    summary: deal.data.summary,
    parties: deal.data.parties,
    storyline: deal.data.storyline,
    status: deal.current?.status ?? null,
    statusDate: deal.current?.date.iso ?? null,
    history: deal.history.map(step),
  }));
  return JSON.stringify(envelope(site, 'deals', items), null, 2) + '\n';
}

/**
 * One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break; quotes doubled.
 * Text that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a carriage
 * return) gets a leading apostrophe, as OWASP recommends against CSV injection; numbers stay numbers.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV per RFC 4180: CRLF after every record, the header first. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

export const EVENT_COLUMNS = ['id', 'date', 'date_precision', 'text', 'entities', 'article', 'url'] as const;

/** Every dated event of every article, newest first (a date known to the month heads that month); ties keep the articles' order. */
export function eventsCsv({ articles, site }: OpenDataInput): string {
  const events = articles.flatMap(({ slug, data }) => data.events.map((event) => ({ slug, event, date: toPartialDate(event.date) })));
  events.sort((a, b) => compareNewestFirst(a.date, b.date));
  const rows = events.map(({ slug, event: e, date }) => [
    e.id,
    e.date,
    date.precision,
    e.text,
    e.entities.join(' '),
    slug,
    absoluteUrl(eventUrl(slug, e.id), site),
  ]);
  return toCsv(EVENT_COLUMNS, rows);
}
