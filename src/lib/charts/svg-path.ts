/** Straight segments as one SVG path (gridlines, connectors), drawn by d3-shape at one decimal. */
import { line } from 'd3-shape';

export type Segment = [[number, number], [number, number]];

const segment = line<[number, number]>().digits(1);

/** Many two-point segments as one `d` attribute: one element instead of one per line. */
export function segmentsPath(segments: readonly Segment[]): string {
  return segments.map((s) => segment(s) ?? '').join('');
}
