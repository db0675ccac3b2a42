/**
 * Figures: each names a measure whose unit it shares, and two reports that give different
 * values for the same measure, basis and period are flagged, so an editor sees the
 * contradiction and says so in the text (a `note` on either figure acknowledges it).
 */
import type { Report, UsableContent } from './types.ts';

export function checkFigures(content: UsableContent, report: Report): void {
  const seen = new Map<string, { file: string; value: number; noted: boolean }>();
  for (const [, { file, data }] of content.articles) {
    data.figures?.forEach((figure, i) => {
      const measure = content.measures.get(figure.measure)?.data;
      if (measure?.unit && figure.unit !== measure.unit) {
        report.error(
          file.file,
          `figures[${i}].unit`,
          `"${figure.unit}" is not the unit of the measure "${figure.measure}" ("${measure.unit}"); ` +
            'convert the value or choose another measure',
        );
      }
      const key = `${figure.measure}|${figure.basis}|${figure.period}`;
      const earlier = seen.get(key);
      if (!earlier) {
        seen.set(key, { file: file.file, value: figure.value, noted: Boolean(figure.note) });
      } else if (earlier.value !== figure.value && !earlier.noted && !figure.note) {
        report.warn(
          file.file,
          `figures[${i}].value`,
          `${figure.value} differs from ${earlier.value} in ${earlier.file} for the same measure "${figure.measure}", ` +
            `basis ${figure.basis} and period ${figure.period}: if the reports disagree, say so in the text and add a note to the figure`,
        );
      }
    });
  }
}
