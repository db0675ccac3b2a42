/**
 * Figures grouped into one series per measure: the data behind the measure charts and their
 * tables. Pure: it takes the measures and the articles (with their figures) as arguments.
 */
import { compareNewestFirst, toPartialDate } from '../../core/partial-date.ts';
import { parsePeriod, type PeriodKind } from '../../core/period.ts';
import { FIGURE_BASES, type ArticleData, type FigureBasis } from '../../schemas/index.ts';

/** One figure as the schema gives it. */
export type FigureData = ArticleData['figures'][number];

export interface MeasureInfo {
  name: string;
  unit: string;
}

/** An article as the series need it: where it is, what it is called, who reported it, and its figures. */
export interface SeriesArticle {
  url: string;
  title: string;
  /** Partial date text, "2024-05-02". */
  date: string;
  /** Display names of the outlets the article draws on. */
  outlets: readonly string[];
  figures: readonly FigureData[];
}

export interface MeasureSeriesInput {
  measures: ReadonlyMap<string, MeasureInfo>;
  articles: readonly SeriesArticle[];
}

/** One figure, placed in time. */
export interface FigurePoint {
  value: number;
  basis: FigureBasis;
  /** The period as written: "2023", "2024-H1", "2022-11/2024-03". */
  period: string;
  periodKind: PeriodKind;
  /** The first day the period covers (UTC). */
  start: Date;
  /** The first day after the period (UTC): the period is [start, end). */
  end: Date;
  /** What the number is, in words. */
  label: string;
  /** Why it differs from another report's figure, when the content says. */
  note?: string;
  /** Entity id the figure is about. */
  entity: string;
  article: { url: string; title: string; date: string; outlets: string[] };
}

/** Two or more reports giving different values for the same measure, basis and period. */
export interface Contradiction {
  basis: FigureBasis;
  period: string;
  /** The distinct values, smallest first. */
  values: number[];
}

export interface MeasureSeries {
  /** The measure id. */
  id: string;
  name: string;
  unit: string;
  /** Entity ids the figures are about, alphabetical. */
  entities: string[];
  /** Sorted by period start, then period end, then basis, then the reporting article's date. */
  points: FigurePoint[];
  /** Sorted like the points. */
  contradictions: Contradiction[];
}

const basisOrder = (basis: FigureBasis) => FIGURE_BASES.indexOf(basis);

function comparePoints(a: FigurePoint, b: FigurePoint): number {
  return (
    a.start.getTime() - b.start.getTime() ||
    a.end.getTime() - b.end.getTime() ||
    basisOrder(a.basis) - basisOrder(b.basis) ||
    compareNewestFirst(toPartialDate(b.article.date), toPartialDate(a.article.date))
  );
}

function contradictionsIn(points: readonly FigurePoint[]): Contradiction[] {
  const groups = new Map<string, { basis: FigureBasis; period: string; values: Set<number> }>();
  for (const p of points) {
    const key = `${p.basis} ${p.period}`;
    const group = groups.get(key) ?? { basis: p.basis, period: p.period, values: new Set<number>() };
    group.values.add(p.value);
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.values.size > 1)
    .map((g) => ({ basis: g.basis, period: g.period, values: [...g.values].sort((a, b) => a - b) }));
}

/** One series per measure that has at least one figure, alphabetical by measure name. */
export function measureSeries(input: MeasureSeriesInput): MeasureSeries[] {
  const byMeasure = new Map<string, FigurePoint[]>();
  for (const article of input.articles) {
    for (const figure of article.figures) {
      if (!input.measures.has(figure.measure)) {
        throw new Error(`Unknown measure "${figure.measure}" in "${article.url}": the content check should have caught this.`);
      }
      const period = parsePeriod(figure.period);
      if (!period) throw new Error(`Not a valid period "${figure.period}" in "${article.url}".`);
      const point: FigurePoint = {
        value: figure.value,
        basis: figure.basis,
        period: figure.period,
        periodKind: period.kind,
        start: period.start,
        end: period.end,
        label: figure.label,
        ...(figure.note === undefined ? {} : { note: figure.note }),
        entity: figure.entity,
        article: { url: article.url, title: article.title, date: article.date, outlets: [...article.outlets] },
      };
      const list = byMeasure.get(figure.measure) ?? [];
      list.push(point);
      byMeasure.set(figure.measure, list);
    }
  }
  const series: MeasureSeries[] = [];
  for (const [id, points] of byMeasure) {
    const measure = input.measures.get(id)!;
    points.sort(comparePoints);
    series.push({
      id,
      name: measure.name,
      unit: measure.unit,
      entities: [...new Set(points.map((p) => p.entity))].sort(),
      points,
      contradictions: contradictionsIn(points),
    });
  }
  return series.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
}

/** A chart needs at least two figures; a single figure is better read as a sentence. */
export const isChartable = (series: MeasureSeries): boolean => series.points.length >= 2;

/** The series worth a chart, in their order. */
export function chartableSeries(series: readonly MeasureSeries[]): MeasureSeries[] {
  return series.filter(isChartable);
}

/** The series with at least one figure about an entity, in their order. */
export function seriesAbout(series: readonly MeasureSeries[], entityId: string): MeasureSeries[] {
  return series.filter((s) => s.entities.includes(entityId));
}

/** True when reports differ on this point's measure, basis and period. */
export function isDisputed(series: MeasureSeries, point: Pick<FigurePoint, 'basis' | 'period'>): boolean {
  return series.contradictions.some((c) => c.basis === point.basis && c.period === point.period);
}
