/** The frontmatter of `content/entities/<id>.md`. */
import { z } from 'astro/zod';
import { expected, idSchema, partialDateSchema, textSchema } from './fields.ts';

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
] as const;

export const relationSchema = z.strictObject({
  /** Entity id at the other end. */
  entity: idSchema,
  /** How this entity relates to it, e.g. managed-by. */
  relation: z.enum(RELATIONS, { error: expected(`must be one of: ${RELATIONS.join(', ')}`) }),
  /** Since when, as precise as known. */
  from: partialDateSchema.optional(),
  /** Until when, as precise as known. */
  to: partialDateSchema.optional(),
});

export const entitySchema = z.strictObject({
  /** The name shown on the site. */
  name: textSchema,
  /** What sort of thing it is. */
  kind: z.enum(ENTITY_KINDS, { error: expected(`must be one of: ${ENTITY_KINDS.join(', ')}`) }),
  /** Every other spelling a reader may type: transliterations, Cyrillic, abbreviations, former and full names. */
  aliases: z.array(textSchema).default([]),
  /** One sentence: who or what this is. */
  summary: textSchema.max(280, 'must be at most 280 characters'),
  /** ISO 3166-1 alpha-2 country code, e.g. RU or CN. */
  country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as RU or CN').optional(),
  /** For people: their position, e.g. "Chief executive of KAMAZ". */
  role: textSchema.optional(),
  /** For people: entity id of the organisation they belong to. */
  affiliation: idSchema.optional(),
  /** Declared links to other entities. */
  relations: z.array(relationSchema).default([]),
});

export type EntityData = z.output<typeof entitySchema>;
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Relation = (typeof RELATIONS)[number];
