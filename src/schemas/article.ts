/** The frontmatter of `content/articles/<slug>.md`. */
import { z } from 'astro/zod';
import { parsePeriod } from '../core/period.ts';
import { countSentences } from '../core/sentences.ts';
import { expected, idListSchema, idSchema, partialDateSchema, shortText, textSchema, urlSchema } from './fields.ts';

export const ARTICLE_KINDS = ['report', 'brief'] as const;

/** The fixed ladder of a deal's status, then its side states. */
export const DEAL_STATUSES = [
  'reported',
  'in-talks',
  'agreement',
  'production',
  'not-proposed',
  'denied',
  'stalled',
  'ended',
  'abandoned',
] as const;

/** What a figure is: a result, a plan or target, a forecast or estimate, or a capacity. */
export const FIGURE_BASES = ['result', 'plan', 'forecast', 'capacity'] as const;

/** At most this many characters in a headline: it has to fit a timeline line, a card and a feed reader. */
export const TITLE_MAX = 120;

/** At most this many characters in a summary: it is the meta description, the feed text and the search excerpt. */
export const SUMMARY_MAX = 280;

export const summarySchema = shortText(SUMMARY_MAX, 'it is the meta description and the feed text').refine(
  (s) => countSentences(s) <= 2,
  'must be one or two sentences',
);

export const sourceSchema = z.strictObject({
  /** Entity id of the outlet whose page `url` points to. */
  outlet: idSchema,
  /**
   * The headline as published, never rebuilt from the URL. `null` says the page shows no
   * headline, or none could be seen: the page then calls the source "untitled".
   */
  title: shortText(300, 'a headline as published').nullable(),
  /** Where the source can be read. */
  url: urlSchema,
  /** When the source was published, as precise as known. */
  date: partialDateSchema.optional(),
  /** The language of the source, a BCP 47 tag such as en or ru. */
  language: z
    .string()
    .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a language tag such as en or ru')
    .optional(),
  /** Entity id of the outlet that relayed the report, when `outlet` was republished elsewhere. */
  via: idSchema.optional(),
});

/** A figure's period: "2023", "2024-H1", "2024-Q3", "2024-04", "2024-04-30" or a span "2022-11/2024-03". */
export const periodSchema = z
  .string({ error: expected('must be a period written "2023", "2023-H1", "2023-Q2", "2023-05", "2023-05-19" or "2022-11/2023-10"') })
  .refine((text) => parsePeriod(text) !== undefined, {
    error: (issue) =>
      `"${String(issue.input)}" is not a period: write a year "2023", a half "2023-H1", a quarter "2023-Q2", a month "2023-05", ` +
      'a day "2023-05-19" or a span "2022-11/2023-10" (start before end, real dates)',
    abort: true,
  });
export const figureSchema = z
  .strictObject({
    /** Id of the measure (`content/measures/<id>.md`) shared by every figure of the same quantity. */
    measure: idSchema,
    /** What this number is, in words, e.g. "Moskvich cars sold in April 2024, per the plant". */
    label: textSchema,
    /** The number itself, as a plain number (14778, not "14,778"). */
    value: z.number({ error: expected('must be a plain number such as 14778 (no commas or units)') }),
    /** The unit; must be the measure's unit, e.g. cars, cars a year, roubles, percent. */
    unit: textSchema,
    /** result, plan (a plan or target), forecast (an expectation or estimate) or capacity. */
    basis: z.enum(FIGURE_BASES, { error: expected(`must be one of: ${FIGURE_BASES.join(', ')}`) }),
    /** The period the number covers, never more precise than the source. */
    period: periodSchema,
    /** Entity id the figure is about. */
    entity: idSchema,
    /** Why this figure differs from another report's for the same measure, basis and period; shown with it. */
    note: textSchema.optional(),
  })
  .superRefine((figure, ctx) => {
    // A plan or forecast may be for a later year; a result cannot be.
    const period = parsePeriod(figure.period);
    if (figure.basis === 'result' && period && period.start.getTime() > Date.now()) {
      ctx.addIssue({
        code: 'custom',
        path: ['period'],
        message: `"${figure.period}" has not begun, so it cannot have a result (is the basis plan or forecast?)`,
      });
    }
  });

export const eventSchema = z.strictObject({
  /**
   * The happening's permanent id, and its anchor in the article (`#event-<id>`): never change it
   * once published. Articles reporting the same happening give the same id, date, text and entities.
   */
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
  /** The headline, at most 120 characters. */
  title: shortText(TITLE_MAX, 'a headline has to fit a timeline line and a feed reader'),
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
export type FigureBasis = (typeof FIGURE_BASES)[number];
