/** The numbers page, and the charts other pages show: which measures, about whom. */
import { formatPeriod } from '../../core/period.ts';
import { formatValue } from '../charts/format.ts';
import { chartableSeries, seriesAbout, type MeasureSeries } from '../charts/series.ts';
import type { Tracker } from '../tracker.ts';
import { figuresUrl } from '../urls.ts';
import type { Link } from './common.ts';

/** Charts an entity page draws; the rest of its measures are linked on the numbers page. */
export const ENTITY_CHARTS = 3;

export interface FiguresView {
  /** Every measure with two or more figures, by name. */
  charts: MeasureSeries[];
  /** A link to each chart, in the same order. */
  jump: Link[];
  /** Measures with a single figure: a sentence each, not a chart. The value is written with its unit. */
  single: { name: string; value: string; period: string; article: Link }[];
}

export function figuresView(t: Tracker): FiguresView {
  const charts = chartableSeries(t.series);
  return {
    charts,
    jump: charts.map(chartLink),
    single: t.series
      .filter((s) => s.points.length === 1)
      .map((s) => {
        const p = s.points[0]!;
        return {
          name: s.name,
          value: formatValue(p.value, s.unit),
          period: formatPeriod(p.period),
          article: { text: p.article.title, href: p.article.url },
        };
      }),
  };
}

/** The link to a measure's chart on the numbers page. */
export const chartLink = (s: MeasureSeries): Link => ({ text: s.name, href: `${figuresUrl}#chart-${s.id}` });

/** The charts about an entity: the ones with the most figures drawn on its page, the others linked. */
export function entityCharts(t: Tracker, id: string): { drawn: MeasureSeries[]; linked: Link[] } {
  const about = chartableSeries(seriesAbout(t.series, id)).sort(
    (a, b) => b.points.length - a.points.length || a.name.localeCompare(b.name),
  );
  return { drawn: about.slice(0, ENTITY_CHARTS), linked: about.slice(ENTITY_CHARTS).map(chartLink) };
}

/** The measures about a deal's parties, as links to their charts. */
export function partyMeasures(t: Tracker, parties: readonly string[]): Link[] {
  const ids = new Set(parties.flatMap((p) => chartableSeries(seriesAbout(t.series, p)).map((s) => s.id)));
  return t.series.filter((s) => ids.has(s.id)).map(chartLink);
}
