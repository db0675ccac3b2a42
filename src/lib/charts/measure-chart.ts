/**
 * A measure's figures as a chart over time: the geometry, the words and the table rows. Pure; the
 * component only writes what this returns.
 *
 * Where a figure sits in time: a figure covers a period, never a day it does not name. A year, half,
 * quarter, month or day is drawn at the middle of its period, with a thin bar under the mark across the
 * whole period ("2023" spans January to December 2023). A span ("2022-11/2023-09") is a running total,
 * so its mark sits at the span's end, where the total was reached, and its bar reaches back to where the
 * count began. Axis labels name whole years (or months, for a chart within two years), never a day.
 */
import { extent, groups, max, min } from 'd3-array';
import { scaleLinear, scaleUtc } from 'd3-scale';
import { symbol, symbolDiamond } from 'd3-shape';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { formatPartialDate } from '../../core/partial-date.ts';
import { formatPeriod, type PeriodKind } from '../../core/period.ts';
import type { FigureBasis } from '../../schemas/index.ts';
import { BASIS_LABELS } from '../strings.ts';
import { formatBareValue, formatNumber, formatTick, formatValue, formatValues, listInWords, plural, round, textWidth } from './format.ts';
import { isDisputed, type FigurePoint, type MeasureSeries } from './series.ts';
import { chartFrame, type ChartFrame, type TextLabel } from './frame.ts';
import { segmentsPath as path, type Segment } from './svg-path.ts';

export const MEASURE_CHART_WIDTH = 560;
export const MEASURE_CHART_HEIGHT = 280;
const MARGIN = { top: 30, right: 14, bottom: 26, left: 50 };
const MARK_RADIUS = 4.5;
const LABEL_FONT = 11;

export interface MeasureMark {
  x: number;
  y: number;
  basis: FigureBasis;
  /** Results are filled circles, plans hollow circles, forecasts hollow diamonds; capacity is a reference line instead. */
  shape: 'circle' | 'diamond';
  href: string;
  /** The link's accessible name: value, period, basis and the article's title. */
  label: string;
}

/** A capacity figure: a dashed line across the chart, its label a link to the article. */
export interface MeasureReference {
  /** The dashed line across the chart. */
  d: string;
  y: number;
  text: string;
  textX: number;
  textY: number;
  href: string;
  label: string;
}

export interface MeasureTableRow {
  /** "first half of 2024". */
  period: string;
  /** "15,600", or "58.7%". */
  value: string;
  basis: string;
  label: string;
  note?: string;
  /** Another report gives a different value for the same basis and period. */
  disputed: boolean;
  article: { url: string; title: string; date: string; dateIso: string; outlets: string };
}

export interface MeasureChartView extends ChartFrame {
  /** The measure id. */
  id: string;
  /** One message, from the data: "Moskvich cars sold rose to 15,600 cars in 2025 from 15,300 in 2023". */
  title: string;
  /** The unit, written above the value axis. */
  unitLabel: TextLabel;
  yTicks: TextLabel[];
  /** Horizontal gridlines at the value ticks, one path. */
  yGrid: string;
  /** The zero line, solid, when zero is on the axis (it always is: the value axis starts at zero or below). */
  zeroLine: string;
  xTicks: TextLabel[];
  /** Vertical gridlines at year (or quarter) boundaries, one path. */
  xGrid: string;
  /** Thin bars showing the period each figure covers, one path. */
  periods: string;
  /** Results joined where their periods follow on, one path. */
  resultLine: string;
  /** Results joined across missing periods (drawn dotted), one path. */
  gapLine: string;
  /** The series the lines belong to: "results by year", at each line's end. */
  lineLabels: TextLabel[];
  /** Dotted connectors between values that reports give differently for one basis and period, one path. */
  differ: string;
  marks: MeasureMark[];
  /** The shared shape of a forecast's diamond, centred on 0,0; each mark is translated to its place. */
  diamond: string;
  references: MeasureReference[];
  /** "plan", "forecast" (and "result" when no line carries a label), once each, beside the latest mark of that basis. */
  basisLabels: TextLabel[];
  rows: MeasureTableRow[];
  /** The value column's header: "Value (cars)". */
  valueHeader: string;
}

/** "in 2023", "in the first half of 2024", "on 30 April 2024", "from November 2022 to March 2024". */
export function inPeriod(period: string, kind: PeriodKind): string {
  const text = formatPeriod(period);
  if (kind === 'half') return `in the ${text}`;
  if (kind === 'day') return `on ${text}`;
  if (kind === 'span') return `from ${text}`;
  return `in ${text}`;
}

/** Plural words for each basis, for counts in the description. */
const BASIS_PLURALS: Record<FigureBasis, [string, string]> = {
  result: ['result', 'results'],
  plan: ['plan or target', 'plans or targets'],
  forecast: ['forecast', 'forecasts'],
  capacity: ['capacity figure', 'capacity figures'],
};

/** Results of the same kind of period can be joined; running totals only when they count from the same start. */
const comparableKey = (p: FigurePoint) => (p.periodKind === 'span' ? `span ${p.period.split('/')[0]}` : p.periodKind);

/** How far apart two periods of a kind are when nothing is missing between them. */
const NEXT_PERIOD: Partial<Record<PeriodKind, (start: Date) => Date>> = {
  year: (d) => utcYear.offset(d, 1),
  half: (d) => utcMonth.offset(d, 6),
  quarter: (d) => utcMonth.offset(d, 3),
  month: (d) => utcMonth.offset(d, 1),
  day: (d) => utcDay.offset(d, 1),
};

/** Preferred order when choosing which comparison the title states: the longest periods first. */
const KIND_PRIORITY: readonly string[] = ['year', 'half', 'quarter', 'month', 'day'];

const LINE_NAMES: Record<PeriodKind, string> = {
  year: 'results by year',
  half: 'results by half-year',
  quarter: 'results by quarter',
  month: 'results by month',
  day: 'results by day',
  span: 'running total',
};

interface PeriodGroup {
  period: string;
  kind: PeriodKind;
  start: Date;
  end: Date;
  points: FigurePoint[];
  values: number[];
}

/** Results grouped into comparable series (by year, by month, running total from one start), each a list of periods, oldest first. */
function resultGroups(points: readonly FigurePoint[]): { key: string; periods: PeriodGroup[] }[] {
  const results = points.filter((p) => p.basis === 'result');
  return groups(results, comparableKey).map(([key, list]) => ({
    key,
    periods: groups(list, (p) => p.period).map(([period, ps]) => ({
      period,
      kind: ps[0]!.periodKind,
      start: ps[0]!.start,
      end: ps[0]!.end,
      points: ps,
      values: [...new Set(ps.map((p) => p.value))].sort((a, b) => a - b),
    })),
  }));
}

const follows = (a: PeriodGroup, b: PeriodGroup) => a.kind === 'span' || NEXT_PERIOD[a.kind]?.(a.start).getTime() === b.start.getTime();

/** The chart's one message, stated from the data and never judged. */
export function measureTitle(series: MeasureSeries): string {
  const { name, unit, points } = series;
  const value = (v: number) => formatValue(v, unit);
  const bare = (v: number) => formatBareValue(v, unit);
  const comparable = resultGroups(points)
    .filter((g) => g.periods.length >= 2)
    .sort((a, b) => rank(a.key) - rank(b.key));
  const chosen = comparable[0];
  if (chosen) {
    const [before, latest] = chosen.periods.slice(-2) as [PeriodGroup, PeriodGroup];
    if (latest.values.length > 1) {
      return `${name}: reports differ ${inPeriod(latest.period, latest.kind)}, ${formatValues(latest.values, unit, 'or')}`;
    }
    const now = latest.values[0]!;
    const low = before.values[0]!;
    const high = before.values.at(-1)!;
    const then = before.values.length > 1 ? `between ${bare(low)} and ${bare(high)}` : bare(low);
    if (latest.kind === 'span') {
      const by = (p: PeriodGroup) => `by ${formatPartialDate(p.period.split('/')[1]!)}`;
      const direction = now > high ? 'up' : now < low ? 'down' : 'unchanged';
      return direction === 'unchanged'
        ? `${name}: ${value(now)} ${by(latest)}, as ${by(before)}`
        : `${name}: ${value(now)} ${by(latest)}, ${direction} from ${then} ${by(before)}`;
    }
    const verb = now > high ? 'rose to' : now < low ? 'fell to' : undefined;
    const [inLatest, inBefore] = [inPeriod(latest.period, latest.kind), inPeriod(before.period, before.kind)];
    if (verb) return `${name} ${verb} ${value(now)} ${inLatest} from ${then} ${inBefore}`;
    // Within the range two reports gave for the period before: neither a rise nor a fall can be said.
    if (low !== high) return `${name}: ${value(now)} ${inLatest}, against ${then} ${inBefore}`;
    return `${name} held at ${value(now)} ${inLatest}, as ${inBefore}`;
  }
  // A result set against the plan or forecast for the same period, the latest such pair.
  for (const result of points.filter((p) => p.basis === 'result').reverse()) {
    for (const basis of ['plan', 'forecast'] as const) {
      const targets = [...new Set(points.filter((p) => p.basis === basis && p.period === result.period).map((p) => p.value))];
      if (targets.length === 0) continue;
      targets.sort((a, b) => a - b);
      const against =
        targets.length === 1 ? `a ${basis} of ${bare(targets[0]!)}` : `${basis}s of ${bare(targets[0]!)} to ${bare(targets.at(-1)!)}`;
      return `${name} came to ${value(result.value)} ${inPeriod(result.period, result.periodKind)}, against ${against}`;
    }
  }
  const differ = series.contradictions.at(-1);
  if (differ) {
    const kind = points.find((p) => p.period === differ.period)!.periodKind;
    return `${name} ${inPeriod(differ.period, kind)}: reports give ${formatValues(differ.values, unit)}`;
  }
  return `${name}: ${plural(points.length, 'figure', 'figures')} ${yearsInWords(points)}`;
}

const rank = (key: string) => {
  const i = KIND_PRIORITY.indexOf(key);
  return i < 0 ? KIND_PRIORITY.length : i;
};

/** "from 2022 to 2025", or "in 2024": the years the figures cover, never more precise than the least precise of them. */
function yearsInWords(points: readonly FigurePoint[]): string {
  const first = min(points, (p) => p.start)!.getUTCFullYear();
  const lastDay = utcDay.offset(
    max(points, (p) => p.end)!,
    -1,
  );
  const last = lastDay.getUTCFullYear();
  return first === last ? `in ${first}` : `from ${first} to ${last}`;
}

/** The chart in words: how many figures of which basis, over what time, their range, and where reports differ. */
export function measureDesc(series: MeasureSeries): string {
  const { name, unit, points } = series;
  const counts = groups(points, (p) => p.basis)
    .sort(([a], [b]) => BASIS_ORDER.indexOf(a) - BASIS_ORDER.indexOf(b))
    .map(([basis, list]) => plural(list.length, ...BASIS_PLURALS[basis]));
  const [low, high] = extent(points, (p) => p.value) as [number, number];
  const range = low === high ? `all ${formatValue(low, unit)}` : `from ${formatBareValue(low, unit)} to ${formatValue(high, unit)}`;
  const disputes = series.contradictions.map(
    (c) => `${formatPeriod(c.period)} ${BASIS_LABELS[c.basis]}, ${formatValues(c.values, unit, 'or')}`,
  );
  const differ = disputes.length
    ? ` Reports give different values for ${plural(disputes.length, 'basis and period', 'bases and periods')}: ${disputes.join('; ')}.`
    : '';
  return (
    `${name}, ${plural(points.length, 'figure', 'figures')} ${yearsInWords(points)}: ${listInWords(counts)}, ${range}.${differ}` +
    ' Each mark links to the article that reported it; the table lists every figure with its source.'
  );
}

const BASIS_ORDER: readonly FigureBasis[] = ['result', 'plan', 'forecast', 'capacity'];

/** Where a figure sits on the time axis: see the comment at the top of this file. */
export function pointTime(p: Pick<FigurePoint, 'start' | 'end' | 'periodKind'>): Date {
  return p.periodKind === 'span' ? p.end : new Date((p.start.getTime() + p.end.getTime()) / 2);
}

/** The chart of one measure: every figure a mark (or, for capacity, a reference line) that links to its article. */
export function measureChart(series: MeasureSeries): MeasureChartView {
  const width = MEASURE_CHART_WIDTH;
  const height = MEASURE_CHART_HEIGHT;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const { points, unit } = series;

  // Time: whole years around every period, so a figure for a year fills its year.
  const first = utcYear.floor(min(points, (p) => p.start)!);
  const last = utcYear.ceil(max(points, (p) => p.end)!);
  const x = scaleUtc().domain([first, last]).range([plot.left, plot.right]);
  const years = utcYear.count(first, last);
  let xTicks: TextLabel[];
  let gridDates: Date[];
  if (years > 2) {
    const every = (utcYear.every(Math.ceil(years / 10)) ?? utcYear) as TimeInterval;
    gridDates = x.ticks(every);
    xTicks = every.range(first, last).map((year) => ({
      x: round(x(new Date((year.getTime() + utcYear.offset(year, 1).getTime()) / 2))),
      y: plot.bottom + 17,
      text: utcFormat('%Y')(year),
      anchor: 'middle' as const,
    }));
  } else {
    gridDates = x.ticks(utcMonth.every(3)!);
    xTicks = gridDates.map((d) => ({
      x: round(x(d)),
      y: plot.bottom + 17,
      text: utcFormat(d.getUTCMonth() === 0 ? '%Y' : '%b')(d),
      anchor: 'middle' as const,
    }));
  }
  const xGrid = path(
    gridDates.map((d): Segment => [
      [round(x(d)), plot.top],
      [round(x(d)), plot.bottom],
    ]),
  );

  // Values: from zero (or below, for a fall), so heights compare honestly.
  const [low, high] = extent(points, (p) => p.value) as [number, number];
  const y = scaleLinear()
    .domain([Math.min(0, low), Math.max(0, high)])
    .nice(4)
    .range([plot.bottom, plot.top]);
  const tickValues = y.ticks(4);
  const yTicks = tickValues.map((v) => ({ x: plot.left - 6, y: round(y(v) + 4), text: formatTick(v, unit), anchor: 'end' as const }));
  const yGrid = path(
    tickValues
      .filter((v) => v !== 0)
      .map((v): Segment => [
        [plot.left, round(y(v))],
        [plot.right, round(y(v))],
      ]),
  );
  const zeroLine = path([
    [
      [plot.left, round(y(0))],
      [plot.right, round(y(0))],
    ],
  ]);

  const at = (p: FigurePoint): [number, number] => [round(x(pointTime(p))), round(y(p.value))];
  const markLabel = (p: FigurePoint) =>
    `${formatValue(p.value, unit)} ${inPeriod(p.period, p.periodKind)}, ${BASIS_LABELS[p.basis]}: ${p.article.title}`;

  const charted = points.filter((p) => p.basis !== 'capacity');
  const marks: MeasureMark[] = charted.map((p) => {
    const [mx, my] = at(p);
    return { x: mx, y: my, basis: p.basis, shape: p.basis === 'forecast' ? 'diamond' : 'circle', href: p.article.url, label: markLabel(p) };
  });
  const periods = path(
    charted
      .filter((p) => x(p.end) - x(p.start) > 2 * MARK_RADIUS)
      .map((p): Segment => [
        [round(x(p.start)), round(y(p.value))],
        [round(x(p.end)), round(y(p.value))],
      ]),
  );

  // Results joined in order: solid where one period follows the last, dotted across a gap.
  const solid: Segment[] = [];
  const gaps: Segment[] = [];
  const lineLabels: TextLabel[] = [];
  for (const group of resultGroups(points)) {
    if (group.periods.length < 2) continue;
    group.periods.forEach((period, i) => {
      const next = group.periods[i + 1];
      if (!next) return;
      const from = at({ ...period.points[0]!, value: period.values.at(-1)! });
      const to = at({ ...next.points[0]!, value: next.values[0]! });
      (follows(period, next) ? solid : gaps).push([from, to]);
    });
    const end = group.periods.at(-1)!;
    const [lx, ly] = at({ ...end.points[0]!, value: end.values.at(-1)! });
    const text = end.kind === 'span' ? `${LINE_NAMES.span} from ${formatPartialDate(end.period.split('/')[0]!)}` : LINE_NAMES[end.kind];
    lineLabels.push(labelBeside(lx, ly - 10, text, plot));
  }

  const differ = path(
    series.contradictions
      .filter((c) => c.basis !== 'capacity')
      .map((c): Segment => {
        const p = points.find((q) => q.basis === c.basis && q.period === c.period)!;
        return [at({ ...p, value: c.values[0]! }), at({ ...p, value: c.values.at(-1)! })];
      }),
  );

  const basisLabels: TextLabel[] = [];
  for (const basis of ['result', 'plan', 'forecast'] as const) {
    if (basis === 'result' && lineLabels.length) continue;
    const latest = marks.filter((m) => m.basis === basis).reduce<MeasureMark | undefined>((a, m) => (!a || m.x >= a.x ? m : a), undefined);
    if (latest) basisLabels.push(labelBeside(latest.x, latest.y + 4, basis, plot, MARK_RADIUS + 4));
  }

  const references: MeasureReference[] = points
    .filter((p) => p.basis === 'capacity')
    .map((p) => {
      const ry = round(y(p.value));
      return {
        d: path([
          [
            [plot.left, ry],
            [plot.right, ry],
          ],
        ]),
        y: ry,
        text: `capacity ${formatNumber(p.value)}, ${formatPeriod(p.period)}`,
        textX: plot.left + 4,
        textY: round(ry - 5),
        href: p.article.url,
        label: markLabel(p),
      };
    });

  const spread = spreadLabels([...lineLabels, ...basisLabels], plot);
  return {
    id: series.id,
    ...chartFrame(width, height, measureTitle(series), measureDesc(series)),
    unitLabel: { x: 0, y: plot.top - 14, text: unit === 'percent' ? 'per cent' : unit, anchor: 'start' },
    yTicks,
    yGrid,
    zeroLine,
    xTicks,
    xGrid,
    periods,
    resultLine: path(solid),
    gapLine: path(gaps),
    lineLabels: spread.slice(0, lineLabels.length),
    differ,
    marks,
    diamond: symbol(symbolDiamond, 64)() ?? '',
    references,
    basisLabels: spread.slice(lineLabels.length),
    rows: points.map((p) => ({
      period: formatPeriod(p.period),
      value: formatBareValue(p.value, unit),
      basis: BASIS_LABELS[p.basis],
      label: p.label,
      ...(p.note === undefined ? {} : { note: p.note }),
      disputed: isDisputed(series, p),
      article: {
        url: p.article.url,
        title: p.article.title,
        date: formatPartialDate(p.article.date),
        dateIso: p.article.date,
        outlets: listInWords(p.article.outlets),
      },
    })),
    valueHeader: unit === 'percent' ? 'Value' : `Value (${unit})`,
  };
}

/** Where a label's text lies, estimated (SVG text cannot be measured at build time). */
function box(l: TextLabel): { x1: number; x2: number; y1: number; y2: number } {
  const w = textWidth(l.text, LABEL_FONT);
  const x1 = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
  return { x1, x2: x1 + w, y1: l.y - LABEL_FONT, y2: l.y + 2 };
}

/**
 * Labels moved up or down a line at a time, the smallest move first, until none overlaps one placed
 * before it; a label with no free place within three lines keeps its own.
 */
export function spreadLabels(labels: readonly TextLabel[], plot: { top: number; bottom: number }): TextLabel[] {
  const placed: TextLabel[] = [];
  const overlaps = (a: TextLabel) =>
    placed.some((b) => {
      const p = box(a);
      const q = box(b);
      return p.x1 < q.x2 && q.x1 < p.x2 && p.y1 < q.y2 && q.y1 < p.y2;
    });
  for (const label of labels) {
    const moves = [0, -1, 1, -2, 2, -3, 3].map((k) => ({ ...label, y: round(label.y + k * (LABEL_FONT + 2)) }));
    const free = moves.find((m) => m.y - LABEL_FONT >= plot.top - 12 && m.y <= plot.bottom && !overlaps(m));
    placed.push(free ?? label);
  }
  return placed;
}

/** A label beside a point, on the side with room: to the right, or to the left near the right edge. */
function labelBeside(px: number, py: number, text: string, plot: { right: number }, gap = 6): TextLabel {
  const nearEdge = px > plot.right - 90;
  return { x: round(nearEdge ? px - gap : px + gap), y: round(py), text, anchor: nearEdge ? 'end' : 'start' };
}
