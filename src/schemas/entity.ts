/** The frontmatter of `content/entities/<id>.md`. */
import { z } from 'astro/zod';
import { expected, idSchema, partialDateSchema, shortText, textSchema } from './fields.ts';

export const ENTITY_KINDS = ['company', 'brand', 'government', 'person', 'media', 'plant', 'model', 'place', 'event'] as const;

/** Relations are declared on one side; the site shows the inverse on the other (see src/lib/relations.ts). */
export const RELATIONS = [
  'subsidiary-of',
  'owned-by',
  'formerly-owned-by',
  'managed-by',
  'supplier-to',
  'partner-of',
  'brand-of',
  'model-of',
  'made-at',
  'located-in',
  'successor-of',
  'site-of-former',
  'based-on',
] as const;

/** How an outlet works, shown beside every source it supplies; an aggregator rewrites other outlets' reports. */
export const OUTLET_TYPES = ['news-agency', 'newspaper', 'magazine', 'broadcaster', 'online', 'trade', 'official', 'aggregator'] as const;

export const relationSchema = z
  .strictObject({
    /** Entity id at the other end. */
    entity: idSchema,
    /** How this entity relates to it, e.g. managed-by. */
    relation: z.enum(RELATIONS, { error: expected(`must be one of: ${RELATIONS.join(', ')}`) }),
    /** Since when, as precise as known. */
    from: partialDateSchema.optional(),
    /** Until when, as precise as known. */
    to: partialDateSchema.optional(),
  })
  .refine((r) => !r.from || !r.to || r.from.slice(0, r.to.length) <= r.to.slice(0, r.from.length), {
    path: ['to'],
    error: (issue) => {
      const r = issue.input as { from: string; to: string };
      return `"${r.to}" is before "from" ("${r.from}")`;
    },
  });

export const entitySchema = z
  .strictObject({
    /** The name shown on the site. */
    name: textSchema,
    /** What sort of thing it is. */
    kind: z.enum(ENTITY_KINDS, { error: expected(`must be one of: ${ENTITY_KINDS.join(', ')}`) }),
    /** Every other spelling a reader may type: transliterations, Cyrillic, abbreviations, former and full names. */
    aliases: z.array(textSchema).default([]),
    /** One sentence: who or what this is. */
    summary: shortText(280, 'it is the meta description'),
    /** ISO 3166-1 alpha-2 country code, e.g. RU or CN. */
    country: z
      .string()
      .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as RU or CN')
      .optional(),
    /** For people: their position, e.g. "Chief executive of KAMAZ". */
    role: textSchema.optional(),
    /** For people: entity id of the organisation they belong to. */
    affiliation: idSchema.optional(),
    /** Declared links to other entities. */
    relations: z.array(relationSchema).default([]),
    /**
     * For outlets (kind media) only, and required there: news-agency, newspaper, magazine,
     * broadcaster, online, trade, official or aggregator.
     */
    outletType: z.enum(OUTLET_TYPES, { error: expected(`must be one of: ${OUTLET_TYPES.join(', ')}`) }).optional(),
  })
  .superRefine((entity, ctx) => {
    if (entity.kind === 'media' && !entity.outletType) {
      ctx.addIssue({
        code: 'custom',
        path: ['outletType'],
        message: `is required for an outlet (kind media): one of ${OUTLET_TYPES.join(', ')}`,
      });
    }
    if (entity.kind !== 'media' && entity.outletType) {
      ctx.addIssue({ code: 'custom', path: ['outletType'], message: `is only for outlets (kind media); this entity is a ${entity.kind}` });
    }
  });

export type EntityData = z.output<typeof entitySchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];
export type OutletType = (typeof OUTLET_TYPES)[number];
