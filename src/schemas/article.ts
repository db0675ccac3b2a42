/** The frontmatter of `content/articles/<slug>.md`. */
import { z } from 'astro/zod';
import { countSentences } from '../lib/sentences.ts';
import { expected, idListSchema, idSchema, partialDateSchema, textSchema, urlSchema } from './fields.ts';

export const ARTICLE_KINDS = ['report', 'brief'] as const;

/** The fixed ladder of a deal's status, then its side states. */
export const DEAL_STATUSES = ['reported', 'in-talks', 'agreement', 'production', 'denied', 'stalled', 'abandoned'] as const;

/** At most this many characters in a summary: it is the meta description, the feed text and the search excerpt. */
export const SUMMARY_MAX = 280;

export const summarySchema = textSchema
  .max(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters (it is the meta description and the feed text)`)
  .refine((s) => countSentences(s) <= 2, 'must be one or two sentences');

export const sourceSchema = z.strictObject({
  /** Entity id of the outlet whose page `url` points to. */
  outlet: idSchema,
  /** The headline of the source as published. */
  title: textSchema,
  /** Where the source can be read. */
  url: urlSchema,
  /** When the source was published, as precise as known. */
  date: partialDateSchema.optional(),
  /** The language of the source, a BCP 47 tag such as en or ru. */
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or ru').optional(),
  /** Entity id of the outlet that relayed the report, when `outlet` was republished elsewhere. */
  via: idSchema.optional(),
});

export const figureSchema = z.strictObject({
  /** What the number measures, e.g. "Vehicles ZIL sold in 2004". */
  label: textSchema,
  /** The number itself, as a plain number (14778, not "14,778"). */
  value: z.number({ error: expected('must be a plain number such as 14778 (no commas or units)') }),
  /** The unit, e.g. vehicles, cars a year, roubles, US dollars, percent. */
  unit: textSchema,
  /** The date the figure refers to. */
  asOf: partialDateSchema,
  /** Entity id the figure is about. */
  entity: idSchema,
});

export const eventSchema = z.strictObject({
  /** Stable anchor inside the article (`#event-<id>`): never change it once published. */
  id: idSchema,
  /** When it happened, as precise as known. */
  date: partialDateSchema,
  /** One line saying what happened. */
  text: textSchema.refine((t) => !t.includes('\n'), 'must be one line'),
  /** Entity ids the event involves. */
  entities: idListSchema('entity'),
});

export const dealChangeSchema = z.strictObject({
  /** Deal id (`content/deals/<id>.md`). */
  deal: idSchema,
  /** The status the deal reached. */
  status: z.enum(DEAL_STATUSES, { error: expected(`must be one of: ${DEAL_STATUSES.join(', ')}`) }),
  /** When the status took hold, as precise as known. */
  date: partialDateSchema,
});

export const updateSchema = z.strictObject({
  /** When the correction or update was made. */
  date: partialDateSchema,
  /** What changed and why. */
  note: textSchema,
});

export const articleSchema = z.strictObject({
  /** The headline. */
  title: textSchema,
  /** One or two sentences, at most 280 characters. */
  summary: summarySchema,
  /** When it was reported, as precise as known: "2005", "2022-06" or "2022-05-19". */
  date: partialDateSchema,
  /** `report` (a full article) or `brief` (a one-paragraph timeline entry). */
  kind: z.enum(ARTICLE_KINDS, { error: expected(`must be one of: ${ARTICLE_KINDS.join(', ')}`) }),
  /** Storyline ids, at least one. */
  storylines: idListSchema('storyline'),
  /** Ids of every entity the article names, at least one. */
  entities: idListSchema('entity'),
  /** Where the facts come from, at least one. */
  sources: z.array(sourceSchema, { error: expected('must be a list of sources') }).min(1, 'needs at least one source'),
  /** The numbers the report gives. */
  figures: z.array(figureSchema).default([]),
  /** Dated happenings the report mentions, for the timeline. */
  events: z.array(eventSchema).default([]),
  /** Deal status changes the article reports. */
  deals: z.array(dealChangeSchema).default([]),
  /** Corrections and updates, shown on the page. */
  updates: z.array(updateSchema).default([]),
  /** Slugs the article was published under before; each keeps redirecting here. */
  formerSlugs: z.array(idSchema).default([]),
});

export type ArticleData = z.output<typeof articleSchema>;
export type ArticleKind = (typeof ARTICLE_KINDS)[number];
export type DealStatus = (typeof DEAL_STATUSES)[number];
