/** What every chart shares: its <svg>'s size, name and description, and the text labels it places. */

/**
 * What every chart's <svg> says about itself. Not `role="img"`: ARIA makes an image's children
 * presentational, so the links on its marks would be hidden from screen readers while still taking
 * focus (axe reports this as nested-interactive). An <svg> already has the role `graphics-document`
 * (SVG-AAM), the role for a graphic with parts of its own, so it is not written out (html-validate:
 * no-redundant-role); it is named by its <title>, described by its <desc>, and announced as a "chart".
 */
export const CHART_ROLE: Readonly<Record<string, string>> = { 'aria-roledescription': 'chart' };

/** A chart's drawing area and its text alternative, as src/components/charts/ChartSvg.astro draws them. */
export interface ChartFrame {
  width: number;
  height: number;
  viewBox: string;
  /** The chart's accessible name (its <title>): what it shows, in a sentence. */
  title: string;
  /** The chart's description (its <desc>): what a sighted reader takes from it. */
  desc: string;
}

/** The frame of a chart `width` × `height` user units, drawn from the origin. */
export const chartFrame = (width: number, height: number, title: string, desc: string): ChartFrame => ({
  width,
  height,
  viewBox: `0 0 ${width} ${height}`,
  title,
  desc,
});

/** A line of text placed on a chart: a tick, a year, a unit. */
export interface TextLabel {
  x: number;
  y: number;
  text: string;
  /** Which end of the text sits at `x`. */
  anchor: 'start' | 'end' | 'middle';
}
