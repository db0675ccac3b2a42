/** The frontmatter of `content/deals/<id>.md`. Status changes live in the articles that report them. */
import { z } from 'astro/zod';
import { idListSchema, idSchema, shortText, textSchema } from './fields.ts';

export const dealSchema = z.strictObject({
  /** What the deal is, e.g. "KAMAZ and JAC: building the Moskvich". */
  title: textSchema,
  /** Entity ids of the parties, at least two. */
  parties: idListSchema('entity').min(2, 'needs at least two parties'),
  /** The storyline id the deal belongs to. */
  storyline: idSchema,
  /** One or two sentences on what is being negotiated. */
  summary: shortText(280, 'it is shown in the deals overview'),
});

export type DealData = z.output<typeof dealSchema>;
