/**
 * Structured data (schema.org JSON-LD) for articles and entities. Pure: takes
 * plain data and absolute URLs, returns objects that BaseLayout writes into a
 * `<script type="application/ld+json">` via `jsonLdHtml`.
 *
 * Dates stay exactly as precise as the content: ISO 8601 allows reduced
 * precision, so "2005" and "2022-06" are valid `datePublished` values and no
 * day is invented.
 */
import type { EntityKind } from '../schemas/index.ts';
import { compareNewestFirst, toPartialDate } from '../core/partial-date.ts';

export type JsonLd = { '@context'?: string; '@type': string } & Record<string, unknown>;

/** The schema.org type of each kind of entity. */
export const SCHEMA_TYPES: Record<EntityKind, string> = {
  company: 'Organization',
  brand: 'Brand',
  government: 'GovernmentOrganization',
  person: 'Person',
  media: 'NewsMediaOrganization',
  plant: 'Place',
  model: 'Product',
  place: 'Place',
  event: 'Event',
};

/** Types that take a postal address for a country. */
const ADDRESSABLE = new Set(['Organization', 'GovernmentOrganization', 'NewsMediaOrganization', 'Place']);

export interface SiteInfo {
  name: string;
  /** Absolute home page URL. */
  url: string;
}

export interface EntityRef {
  kind: EntityKind;
  name: string;
  /** Absolute URL of the entity's page. */
  url: string;
}

export interface ArticleInput {
  /** Absolute permalink. */
  url: string;
  title: string;
  summary: string;
  /** Partial date, as in the frontmatter. */
  date: string;
  updates: readonly { date: string }[];
  /** Absolute URL of the link-preview card. */
  image: string;
  /** Storyline titles, the first being the main section. */
  storylines: readonly string[];
  entities: readonly EntityRef[];
  /** The reports the article retells; `outlet` is the outlet's name. */
  sources: readonly { title: string | null; url: string; date?: string; language?: string; outlet: string }[];
}

export interface EntityInput extends EntityRef {
  summary: string;
  aliases: readonly string[];
  image: string;
  country?: string;
  /** People: their position. */
  role?: string;
  /** People: the organisation they belong to. */
  affiliation?: EntityRef;
}

function publisher(site: SiteInfo): JsonLd {
  return { '@type': 'Organization', name: site.name, url: site.url };
}

/** A short reference to an entity (in `about`, `affiliation`). */
export function entityRef(entity: EntityRef): JsonLd {
  return { '@type': SCHEMA_TYPES[entity.kind], name: entity.name, url: entity.url };
}

/** The latest of some partial dates, or undefined for none. */
export function latestDate(dates: readonly string[]): string | undefined {
  return [...dates].sort((a, b) => compareNewestFirst(toPartialDate(a), toPartialDate(b)))[0];
}

export function newsArticleJsonLd(article: ArticleInput, site: SiteInfo): JsonLd {
  const modified = latestDate(article.updates.map((u) => u.date));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary,
    url: article.url,
    mainEntityOfPage: article.url,
    datePublished: article.date,
    ...(modified ? { dateModified: modified } : {}),
    image: [article.image],
    inLanguage: 'en',
    ...(article.storylines.length ? { articleSection: article.storylines } : {}),
    about: article.entities.map(entityRef),
    citation: article.sources.map((s) => ({
      '@type': 'CreativeWork',
      ...(s.title ? { name: s.title } : {}),
      url: s.url,
      ...(s.date ? { datePublished: s.date } : {}),
      ...(s.language ? { inLanguage: s.language } : {}),
      publisher: { '@type': 'NewsMediaOrganization', name: s.outlet },
    })),
    author: publisher(site),
    publisher: publisher(site),
    isAccessibleForFree: true,
  };
}

export function entityJsonLd(entity: EntityInput): JsonLd {
  const type = SCHEMA_TYPES[entity.kind];
  return {
    '@context': 'https://schema.org',
    '@type': type,
    name: entity.name,
    description: entity.summary,
    url: entity.url,
    mainEntityOfPage: entity.url,
    image: entity.image,
    ...(entity.aliases.length ? { alternateName: [...entity.aliases] } : {}),
    ...(entity.role ? { jobTitle: entity.role } : {}),
    ...(entity.affiliation ? { affiliation: entityRef(entity.affiliation) } : {}),
    ...(entity.country && ADDRESSABLE.has(type) ? { address: { '@type': 'PostalAddress', addressCountry: entity.country } } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` is escaped so that no
 * text in the data can close the element (`</script>`) or open a comment.
 */
export function jsonLdHtml(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
