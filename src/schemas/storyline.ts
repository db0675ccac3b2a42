/** The frontmatter of `content/storylines/<id>.md`. */
import { z } from 'astro/zod';
import { shortText, textSchema } from './fields.ts';

export const storylineSchema = z.strictObject({
  /** The storyline's name. */
  title: textSchema,
  /** One or two sentences on what the storyline follows. */
  summary: shortText(280, 'it is the meta description'),
});

export type StorylineData = z.output<typeof storylineSchema>;
