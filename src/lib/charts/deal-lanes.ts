/**
 * Deals on a time axis: one lane per deal, one segment per status from the day it took hold to the next
 * change (the last runs to `now`). Pure; the component only writes what this returns.
 *
 * A status known only to the month or the year starts at the first day that date can mean (a status of
 * "2023" is drawn from 1 January 2023), so a segment never starts later than the data allows; its words
 * ("from 2023") keep the date exactly as precise as the report. Reports that repeat the status a deal
 * already had are not changes: they stay in the same segment, as small marks linking to those reports.
 */
import { max, min } from 'd3-array';
import { scaleUtc } from 'd3-scale';
import { utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { formatPartialDate, startOf, toPartialDate } from '../../core/partial-date.ts';
import type { DealStatus } from '../../schemas/index.ts';
import { STATUS_LABELS } from '../strings.ts';
import { plural, round, textWidth, wrapWords } from './format.ts';
import { chartFrame, type ChartFrame, type TextLabel } from './frame.ts';
import { segmentsPath, type Segment } from './svg-path.ts';

export interface DealLaneStep {
  status: DealStatus;
  /** Partial date text: when the status took hold, as precise as known. */
  date: string;
  articleUrl: string;
  articleTitle: string;
}

export interface DealLaneInput {
  id: string;
  title: string;
  url: string;
  /** Oldest first (as `dealHistory` gives it). */
  history: readonly DealLaneStep[];
}

/** The ladder statuses; the rest are side states, drawn dashed. */
const LADDER: readonly DealStatus[] = ['reported', 'in-talks', 'agreement', 'production'];

export interface DealSegment {
  status: DealStatus;
  /** The status in words: "In talks". */
  text: string;
  /** When the status took hold, partial date text. */
  from: string;
  start: Date;
  /** The next change, or `now`. */
  end: Date;
  x: number;
  width: number;
  /** A side state (denied, stalled, ended…), drawn with a dashed outline. */
  side: boolean;
  href: string;
  /** The link's accessible name: status, since when, and the article. */
  label: string;
  /** Where the status word goes: inside the bar when it fits, else on a row under it. */
  textX: number;
  textY: number;
  inside: boolean;
  /** Later reports of the same status, each a small mark on the bar's top edge. */
  repeats: { x: number; href: string; label: string }[];
}

export interface DealLane {
  id: string;
  title: string;
  url: string;
  /** The deal's title, wrapped, each line with its baseline. */
  titleLines: { text: string; y: number }[];
  barY: number;
  segments: DealSegment[];
}

export interface DealLanesView extends ChartFrame {
  barHeight: number;
  /** Year labels above the lanes; the same below them in `bottomTicks`. */
  ticks: TextLabel[];
  bottomTicks: TextLabel[];
  /** Vertical gridlines at the ticks, one path. */
  grid: string;
  /** The `now` line, dashed, with its label. */
  now: { d: string; x: number; text: string; textY: number };
  lanes: DealLane[];
}

export const DEAL_LANES_WIDTH = 640;
const MARGIN = { left: 16, right: 12 };
/** A title longer than this wraps: 12.5 px text across the chart's width. */
const TITLE_CHARS = 80;
const BAR = 18;
const LABEL_ROW = 13;
const LABEL_FONT = 11;
const TOP = 40;

interface Run {
  status: DealStatus;
  steps: DealLaneStep[];
  start: Date;
}

/** Consecutive reports of one status make one run: a status change and its confirmations. */
function runsOf(history: readonly DealLaneStep[]): Run[] {
  const runs: Run[] = [];
  for (const step of history) {
    const last = runs.at(-1);
    if (last && last.status === step.status) last.steps.push(step);
    else runs.push({ status: step.status, steps: [step], start: startOf(toPartialDate(step.date)) });
  }
  return runs;
}

const monthYear = utcFormat('%B %Y');

/** The lanes' one message: how many deals reached production by now, or for one deal, where it stands. */
export function dealLanesTitle(deals: readonly DealLaneInput[], now: Date): string {
  if (deals.length === 1) {
    const deal = deals[0]!;
    const run = runsOf(deal.history).at(-1);
    return run
      ? `${deal.title}: ${STATUS_LABELS[run.status]} since ${formatPartialDate(run.steps[0]!.date)}`
      : `${deal.title}: no status reported yet`;
  }
  const reached = deals.filter((d) => d.history.some((s) => s.status === 'production')).length;
  const count = reached === 0 ? 'None' : `${reached} of ${deals.length}`;
  return `${count} ${reached === 0 ? `of the ${deals.length} deals` : 'deals'} had reached production by ${monthYear(now)}`;
}

/** Every deal's history in words, the text alternative of the lanes. */
export function dealLanesDesc(deals: readonly DealLaneInput[], now: Date): string {
  const lines = deals.map((deal) => {
    const runs = runsOf(deal.history);
    if (runs.length === 0) return `${deal.title}: no status reported yet.`;
    return `${deal.title}: ${runs.map((r) => `${STATUS_LABELS[r.status]} from ${formatPartialDate(r.steps[0]!.date)}`).join(', then ')}.`;
  });
  return `The reported status of ${plural(deals.length, 'deal', 'deals')} over time, to ${monthYear(now)}. ${lines.join(' ')}`;
}

export interface DealLanesOptions {
  /**
   * Where the axis starts; by default the first January before the earliest status. A later start keeps
   * recent years readable when one deal goes back decades: an earlier segment is cut at the left edge
   * (its words and link still give its real date).
   */
  from?: Date;
}

/** The geometry of the lanes: `now` closes the last segment of every deal. */
export function dealLanes(deals: readonly DealLaneInput[], now: Date, options: DealLanesOptions = {}): DealLanesView {
  const width = DEAL_LANES_WIDTH;
  const allRuns = deals.map((d) => runsOf(d.history));
  const starts = allRuns.flat().map((r) => r.start);
  const first = options.from ?? utcYear.floor(min(starts) ?? now);
  const last = max([now, ...starts])!;
  const x = scaleUtc()
    .domain([first, last])
    .range([MARGIN.left, width - MARGIN.right])
    .clamp(true);
  const sx = (d: Date) => round(x(d));

  let y = TOP;
  const lanes: DealLane[] = deals.map((deal, i) => {
    const runs = allRuns[i]!;
    const titleLines = wrapWords(deal.title, TITLE_CHARS).map((text, k) => ({ text, y: y + 12 + k * 15 }));
    const barY = y + 18 + (titleLines.length - 1) * 15;
    const rowEnds: number[] = [];
    const segments = runs.map((run, j): DealSegment => {
      const end = runs[j + 1]?.start ?? last;
      const x1 = sx(run.start);
      const x2 = Math.max(sx(end), x1 + 2);
      const text = STATUS_LABELS[run.status];
      const textW = textWidth(text, LABEL_FONT);
      const inside = x2 - x1 >= textW + 8;
      let textX = x1 + 4;
      let textY = barY + 13;
      if (!inside) {
        // Too narrow for its word: the word goes under the bar, on the first row where it clears the one before.
        textX = Math.min(x1, width - MARGIN.right - textW);
        let row = rowEnds.findIndex((e) => e + 6 <= textX);
        if (row < 0) row = rowEnds.push(0) - 1;
        rowEnds[row] = textX + textW;
        textY = barY + BAR + LABEL_ROW * (row + 1) - 2;
      }
      const [head, ...again] = run.steps as [DealLaneStep, ...DealLaneStep[]];
      return {
        status: run.status,
        text,
        from: head.date,
        start: run.start,
        end,
        x: x1,
        width: round(x2 - x1),
        side: !LADDER.includes(run.status),
        href: head.articleUrl,
        label: `${deal.title}: ${text} from ${formatPartialDate(head.date)}, reported in ${head.articleTitle}`,
        textX: round(textX),
        textY,
        inside,
        repeats: again.map((step) => ({
          x: sx(startOf(toPartialDate(step.date))),
          href: step.articleUrl,
          label: `${deal.title}: ${text} again from ${formatPartialDate(step.date)}, reported in ${step.articleTitle}`,
        })),
      };
    });
    y = barY + BAR + rowEnds.length * LABEL_ROW + 16;
    return { id: deal.id, title: deal.title, url: deal.url, titleLines, barY, segments };
  });

  const bottom = y;
  const years = utcYear.count(first, last);
  const tickDates = x.ticks(Math.min(10, Math.max(2, years)));
  const format = x.tickFormat();
  const ticks = tickDates.map((d) => ({ x: sx(d), y: TOP - 10, text: format(d), anchor: 'middle' as const }));
  const grid = segmentsPath(
    tickDates.map((d): Segment => [
      [sx(d), TOP - 6],
      [sx(d), bottom],
    ]),
  );
  const nowX = sx(now);
  return {
    ...chartFrame(width, bottom + 22, dealLanesTitle(deals, now), dealLanesDesc(deals, now)),
    barHeight: BAR,
    ticks,
    bottomTicks: ticks.map((t) => ({ ...t, y: bottom + 14 })),
    grid,
    now: {
      d: segmentsPath([
        [
          [nowX, 14],
          [nowX, bottom],
        ],
      ]),
      x: nowX,
      text: `now, ${monthYear(now)}`,
      textY: 11,
    },
    lanes,
  };
}
