/**
 * The timeline at a glance: entries per month as small bars, each a link to that month on the timeline.
 * Months between the first and the last with no entries keep their place, empty, so the axis stays
 * even. Entries known only to a year have no month and are left out by the caller. Pure.
 */
import { max, sum } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { utcFormat, utcParse } from 'd3-time-format';
import { formatNumber, listInWords, plural, round } from './format.ts';
import { chartFrame, type ChartFrame, type TextLabel } from './frame.ts';
import { segmentsPath, type Segment } from './svg-path.ts';

export interface MonthCount {
  /** "2024-04". */
  month: string;
  count: number;
  /** Where the month's entries are: its anchor on the timeline. */
  href: string;
}

export interface MonthBar {
  month: string;
  x: number;
  y: number;
  width: number;
  height: number;
  href: string;
  /** "April 2024: 5 entries". */
  label: string;
}

export interface MonthBarsView extends ChartFrame {
  bars: MonthBar[];
  /** The year under its months (only years with room for their label). */
  years: TextLabel[];
  /** The baseline and a tick at each January, one path. */
  axis: string;
  /** The value axis: a gridline and label at each tick. */
  yTicks: TextLabel[];
  yGrid: string;
}

export const MONTH_BARS_WIDTH = 400;
export const MONTH_BARS_HEIGHT = 120;
const MARGIN = { top: 8, right: 4, bottom: 22, left: 22 };

const MONTH = /^\d{4}-(?:0[1-9]|1[0-2])$/;
const parseMonth = utcParse('%Y-%m');
const monthKey = utcFormat('%Y-%m');
const monthName = utcFormat('%B %Y');

/** "March 2026 had the most entries, 9" — the busiest month or months, from the counts. */
export function monthBarsTitle(months: readonly MonthCount[]): string {
  const most = max(months, (m) => m.count) ?? 0;
  if (most === 0) return 'No dated entries yet';
  const busiest = months.filter((m) => m.count === most).map((m) => monthName(parseMonth(m.month)!));
  const entries = plural(most, 'entry', 'entries');
  if (busiest.length === 1) return `${busiest[0]} had the most entries: ${entries}`;
  if (busiest.length === 2) return `${listInWords(busiest)} had the most entries: ${entries} each`;
  return `${busiest.length} months had the most entries: ${entries} each`;
}

export function monthBarsDesc(months: readonly MonthCount[]): string {
  const dated = months.filter((m) => m.count > 0);
  if (dated.length === 0) return 'Timeline entries per month: none yet.';
  const total = sum(dated, (m) => m.count);
  const first = monthName(parseMonth(dated[0]!.month)!);
  const last = monthName(parseMonth(dated.at(-1)!.month)!);
  const low = Math.min(...dated.map((m) => m.count));
  const high = Math.max(...dated.map((m) => m.count));
  return (
    `Timeline entries per month, ${first} to ${last}: ` +
    `${plural(total, 'entry', 'entries')} in ${plural(dated.length, 'month', 'months')}, ` +
    `from ${formatNumber(low)} to ${formatNumber(high)} a month; months without a bar had none. ` +
    'Entries dated only to a year are not counted. Each bar links to its month on the timeline.'
  );
}

/** The bars, one per month with entries, in month order. */
export function monthBars(input: readonly MonthCount[]): MonthBarsView {
  const width = MONTH_BARS_WIDTH;
  const height = MONTH_BARS_HEIGHT;
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top: MARGIN.top, bottom: height - MARGIN.bottom };
  const months = [...input].filter((m) => m.count > 0).sort((a, b) => a.month.localeCompare(b.month));
  for (const m of months) if (!MONTH.test(m.month)) throw new Error(`Not a month: "${m.month}" (write "2024-04").`);

  const firstMonth = months.length ? parseMonth(months[0]!.month)! : utcMonth.floor(new Date(0));
  const lastMonth = months.length ? parseMonth(months.at(-1)!.month)! : firstMonth;
  // Every month from the first to the last, so a month without entries is a visible gap.
  const domain = utcMonth.range(firstMonth, utcMonth.offset(lastMonth, 1));
  const x = scaleBand<string>()
    .domain(domain.map((d) => monthKey(d)))
    .range([plot.left, plot.right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
  const y = scaleLinear()
    .domain([0, max(months, (m) => m.count) ?? 1])
    .nice(3)
    .range([plot.bottom, plot.top]);

  const bars = months.map((m) => {
    const top = round(y(m.count));
    return {
      month: m.month,
      x: round(x(m.month)!),
      y: top,
      width: round(x.bandwidth()),
      height: round(plot.bottom - top),
      href: m.href,
      label: `${monthName(parseMonth(m.month)!)}: ${plural(m.count, 'entry', 'entries')}`,
    };
  });

  // Years: a tick at each January, the year's label centred under its months when they leave room for it.
  const step = x.step();
  const yearStarts = utcYear.range(utcYear.floor(firstMonth), utcMonth.offset(lastMonth, 1));
  const years = yearStarts.flatMap((year) => {
    const inYear = domain.filter((d) => d.getUTCFullYear() === year.getUTCFullYear());
    if (inYear.length * step < 30) return [];
    const from = x(monthKey(inYear[0]!))!;
    const to = x(monthKey(inYear.at(-1)!))! + x.bandwidth();
    return [{ x: round((from + to) / 2), y: plot.bottom + 16, text: utcFormat('%Y')(year), anchor: 'middle' as const }];
  });
  const axis = segmentsPath([
    [
      [plot.left, plot.bottom],
      [plot.right, plot.bottom],
    ],
    ...domain
      .filter((d) => d.getUTCMonth() === 0)
      .map((d): Segment => {
        const tx = round(x(monthKey(d))! - (step - x.bandwidth()) / 2);
        return [
          [tx, plot.bottom],
          [tx, plot.bottom + 6],
        ];
      }),
  ]);
  const tickValues = y.ticks(3).filter((v) => v > 0 && Number.isInteger(v));
  return {
    ...chartFrame(width, height, monthBarsTitle(months), monthBarsDesc(months)),
    bars,
    years,
    axis,
    yTicks: tickValues.map((v) => ({ x: 0, y: round(y(v) + 4), text: formatNumber(v), anchor: 'start' as const })),
    yGrid: segmentsPath(
      tickValues.map((v): Segment => [
        [plot.left, round(y(v))],
        [plot.right, round(y(v))],
      ]),
    ),
  };
}
