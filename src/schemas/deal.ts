/** The frontmatter of `content/deals/<id>.md`. Status changes live in the articles that report them. */
import { z } from 'astro/zod';
import { idListSchema, idSchema, textSchema } from './fields.ts';

export const dealSchema = z.strictObject({
  /** What the deal is, e.g. "KAMAZ and JAC: building the Moskvich". */
  title: textSchema,
  /** Entity ids of the parties, at least two. */
  parties: idListSchema('entity').min(2, 'needs at least two parties'),
  /** The storyline id the deal belongs to. */
  storyline: idSchema,
  /** One or two sentences on what is being negotiated. */
  summary: textSchema.max(280, 'must be at most 280 characters'),
});

export type DealData = z.output<typeof dealSchema>;
