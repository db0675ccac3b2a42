/**
 * The numbers: /figures/ charts the measures with the most figures and lists every measure; each
 * measure worth a chart has a page of its own (/figures/<id>/), which entity and deal pages link to.
 */
import { formatPeriod } from '../../core/period.ts';
import { formatValue } from '../charts/format.ts';
import { chartableSeries, seriesAbout, type MeasureSeries } from '../charts/series.ts';
import type { Tracker } from '../tracker.ts';
import { measureUrl } from '../urls.ts';
import { entityLink, type Link } from './common.ts';

/** Charts an entity page draws; the rest of its measures are linked to their pages. */
export const ENTITY_CHARTS = 3;
/** Charts /figures/ draws, those with the most figures; every measure is listed under them. */
export const FIGURES_CHARTS = 8;

export interface FiguresView {
  /** The measures with the most figures, drawn on the page, most first (then by name). */
  charts: MeasureSeries[];
  /** Every measure with two or more figures, by name: its page, how many figures, and the latest. */
  measures: (Link & { figures: number; latest: string })[];
  /** Measures with a single figure: a sentence each, not a chart. The value is written with its unit. */
  single: { name: string; value: string; period: string; article: Link }[];
}

/** The link to a measure's page. */
export const measureLink = (s: MeasureSeries): Link => ({ text: s.name, href: measureUrl(s.id) });

const byFigures = (a: MeasureSeries, b: MeasureSeries) => b.points.length - a.points.length || a.name.localeCompare(b.name, 'en');

export function figuresView(t: Tracker): FiguresView {
  const chartable = chartableSeries(t.series);
  return {
    charts: [...chartable].sort(byFigures).slice(0, FIGURES_CHARTS),
    measures: chartable.map((s) => {
      const last = s.points.at(-1)!;
      return { ...measureLink(s), figures: s.points.length, latest: `${formatValue(last.value, s.unit)}, ${formatPeriod(last.period)}` };
    }),
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

export interface MeasureView {
  series: MeasureSeries;
  /** The page's meta description. */
  description: string;
  /** The entities the figures are about. */
  about: Link[];
}

/** The page of each measure worth a chart. */
export function measureViews(t: Tracker): MeasureView[] {
  return chartableSeries(t.series).map((series) => ({
    series,
    description: `${series.name}: ${series.points.length} figures from the reports, charted over time, with their sources.`,
    about: series.entities.map((id) => entityLink(t, id)),
  }));
}

/** The charts about an entity: the ones with the most figures drawn on its page, the others linked. */
export function entityCharts(t: Tracker, id: string): { drawn: MeasureSeries[]; linked: Link[] } {
  const about = chartableSeries(seriesAbout(t.series, id)).sort(byFigures);
  return { drawn: about.slice(0, ENTITY_CHARTS), linked: about.slice(ENTITY_CHARTS).map(measureLink) };
}

/** The measures about a deal's parties, as links to their pages. */
export function partyMeasures(t: Tracker, parties: readonly string[]): Link[] {
  const ids = new Set(parties.flatMap((p) => chartableSeries(seriesAbout(t.series, p)).map((s) => s.id)));
  return t.series.filter((s) => ids.has(s.id)).map(measureLink);
}
