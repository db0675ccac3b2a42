/** The frontmatter of `content/storylines/<id>.md`. */
import { z } from 'astro/zod';
import { textSchema } from './fields.ts';

export const storylineSchema = z.strictObject({
  /** The storyline's name. */
  title: textSchema,
  /** One or two sentences on what the storyline follows. */
  summary: textSchema.max(280, 'must be at most 280 characters'),
});

export type StorylineData = z.output<typeof storylineSchema>;
