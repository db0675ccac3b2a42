/** The frontmatter of `content/measures/<id>.md`: one quantity the tracker follows over time. */
import { z } from 'astro/zod';
import { shortText, textSchema } from './fields.ts';

export const measureSchema = z.strictObject({
  /** What is counted, e.g. "Moskvich cars sold": the chart's subject. */
  name: shortText(80, 'it titles a chart'),
  /** The unit every figure of this measure must give, e.g. cars, cars a year, roubles, percent. */
  unit: textSchema,
});

export type MeasureData = z.output<typeof measureSchema>;
