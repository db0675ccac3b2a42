/** An article page: the text, its sources and figures, and the tools around it (breadcrumb, share, previous and next, related). */
import { type PartialDate, toPartialDate } from '../../core/partial-date.ts';
import { formatPeriod } from '../../core/period.ts';
import type { ArticleKind } from '../../schemas/index.ts';
import { SITE_NAME, SITE_URL } from '../../site-config.ts';
import { articleSearchMeta, type SearchMeta } from '../search-meta.ts';
import { articleCard, type CardContent } from '../cards/cards.ts';
import { BASIS_LABELS, OUTLET_TYPE_LABELS, UNTITLED } from '../strings.ts';
import { latestDate, newsArticleJsonLd, type JsonLd } from '../structured-data.ts';
import { must, type Article, type Tracker } from '../tracker.ts';
import { absoluteUrl, articleCardUrl, dealUrl, eventAnchor } from '../urls.ts';
import { ENTRY_KIND_LABELS, entityLink, statusView, type Link, type StatusView } from './common.ts';

/** How many related articles an article page suggests. */
export const RELATED_ARTICLES = 3;

const numberFormat = new Intl.NumberFormat('en-GB');

export interface SourceView {
  outlet: Link;
  /** How the outlet works: "news agency", "rewrite site"… */
  outletType: string;
  via?: Link;
  /** The headline as published, or "untitled". */
  title: string;
  untitled: boolean;
  url: string;
  date?: PartialDate;
  language?: string;
}

export interface FigureRow {
  label: string;
  value: string;
  unit: string;
  period: string;
  basis: string;
  about: Link;
  note?: string;
}

export interface ArticleView {
  slug: string;
  url: string;
  title: string;
  summary: string;
  kind: ArticleKind;
  kindLabel: string;
  date: PartialDate;
  storylines: Link[];
  /** Storyline › date. */
  breadcrumb: { storyline: Link; date: PartialDate };
  updates: { date: PartialDate; text: string }[];
  figures: FigureRow[];
  events: { anchor: string; date: PartialDate; text: string }[];
  deals: { deal: Link; status: StatusView; date: PartialDate }[];
  sources: SourceView[];
  named: Link[];
  /** More on the story: the neighbours in the main storyline (older, newer), then related articles. */
  more: (Link & { date: PartialDate; label: string; rel?: 'prev' | 'next' })[];
  search: SearchMeta;
  card: { path: string; content: CardContent; alt: string };
  jsonLd: JsonLd;
  og: { publishedTime: string; modifiedTime?: string; section: string; tags: string[] };
}

const dated = (a: Article) => ({ text: a.data.title, href: a.url, date: a.date });

/**
 * Articles sharing the most entities with `article` (outlets aside), newest first among equals.
 * Every article page asks, so it counts in one pass over the entities' article lists and keeps the
 * best `limit` as it goes, without sorting the thousands of candidates a busy entity brings.
 */
export function relatedArticles(t: Tracker, article: Article, limit = RELATED_ARTICLES): Article[] {
  const shared = new Uint16Array(t.articles.length);
  const candidates: Article[] = [];
  for (const id of article.data.entities) {
    if (t.entities.get(id)?.data.kind === 'media') continue;
    for (const other of t.articlesByEntity.get(id) ?? []) {
      if (other === article) continue;
      if (shared[other.index]++ === 0) candidates.push(other);
    }
  }
  const before = (a: Article, b: Article) =>
    shared[a.index]! > shared[b.index]! || (shared[a.index] === shared[b.index] && a.index < b.index);
  const best: Article[] = [];
  for (const candidate of candidates) {
    if (best.length >= limit && (limit <= 0 || !before(candidate, best[limit - 1]!))) continue;
    let at = best.length;
    while (at > 0 && before(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > limit) best.pop();
  }
  return best;
}

export function articleView(t: Tracker, article: Article): ArticleView {
  const { data } = article;
  const storylines = data.storylines.map((id) => must(t.storylines, id, 'storyline'));
  const main = storylines[0]!;
  const inMain = t.articlesByStoryline.get(main.id) ?? [];
  const at = inMain.findIndex((a) => a.slug === article.slug);
  const entity = (id: string) => must(t.entities, id, 'entity');
  const outletNames = [...new Set(data.sources.map((s) => entity(s.outlet).data.name))];
  const url = absoluteUrl(article.url, SITE_URL);
  const cardPath = articleCardUrl(article.slug);
  const content = articleCard({ title: data.title, date: article.date, storyline: main.data.title }, { name: SITE_NAME, url: SITE_URL });
  const modifiedTime = latestDate(data.updates.map((u) => u.date));
  const newer = inMain[at - 1];
  const older = inMain[at + 1];
  return {
    slug: article.slug,
    url: article.url,
    title: data.title,
    summary: data.summary,
    kind: data.kind,
    kindLabel: ENTRY_KIND_LABELS[data.kind],
    date: article.date,
    storylines: storylines.map((s) => ({ text: s.data.title, href: s.url })),
    breadcrumb: { storyline: { text: main.data.title, href: main.url }, date: article.date },
    updates: data.updates.map((u) => ({ date: toPartialDate(u.date), text: u.note })),
    figures: data.figures.map((f) => ({
      label: f.label,
      value: numberFormat.format(f.value),
      unit: f.unit,
      period: formatPeriod(f.period),
      basis: BASIS_LABELS[f.basis],
      about: entityLink(t, f.entity),
      ...(f.note ? { note: f.note } : {}),
    })),
    events: data.events.map((e) => ({ anchor: eventAnchor(e.id), date: toPartialDate(e.date), text: e.text })),
    deals: data.deals.map((c) => ({
      deal: { text: must(t.deals, c.deal, 'deal').data.title, href: dealUrl(c.deal) },
      status: statusView(c.status),
      date: toPartialDate(c.date),
    })),
    sources: data.sources.map((s) => ({
      outlet: entityLink(t, s.outlet),
      outletType: OUTLET_TYPE_LABELS[entity(s.outlet).data.outletType!],
      ...(s.via ? { via: entityLink(t, s.via) } : {}),
      title: s.title ?? UNTITLED,
      untitled: s.title === null,
      url: s.url,
      ...(s.date ? { date: toPartialDate(s.date) } : {}),
      ...(s.language ? { language: s.language } : {}),
    })),
    named: data.entities.map((id) => entityLink(t, id)),
    more: [
      ...(older ? [{ ...dated(older), label: `Earlier in ${main.data.title}`, rel: 'prev' as const }] : []),
      ...(newer ? [{ ...dated(newer), label: `Later in ${main.data.title}`, rel: 'next' as const }] : []),
      ...relatedArticles(t, article).map((a) => ({ ...dated(a), label: 'Related' })),
    ],
    search: articleSearchMeta({
      date: article.date,
      kind: data.kind,
      kindLabel: ENTRY_KIND_LABELS[data.kind],
      storylines: data.storylines,
      entities: data.entities,
      outlets: outletNames,
    }),
    card: { path: cardPath, content, alt: `${data.title} (${main.data.title}, ${content.date})` },
    jsonLd: newsArticleJsonLd(
      {
        url,
        title: data.title,
        summary: data.summary,
        date: data.date,
        updates: data.updates,
        image: absoluteUrl(cardPath, SITE_URL),
        storylines: storylines.map((s) => s.data.title),
        entities: data.entities.map((id) => ({
          kind: entity(id).data.kind,
          name: entity(id).data.name,
          url: absoluteUrl(entity(id).url, SITE_URL),
        })),
        sources: data.sources.map((s) => ({
          title: s.title,
          url: s.url,
          date: s.date,
          language: s.language,
          outlet: entity(s.outlet).data.name,
        })),
      },
      { name: SITE_NAME, url: absoluteUrl('/', SITE_URL) },
    ),
    og: {
      publishedTime: data.date,
      ...(modifiedTime ? { modifiedTime } : {}),
      section: main.data.title,
      tags: data.entities.map((id) => entity(id).data.name),
    },
  };
}
