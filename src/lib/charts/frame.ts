/**
 * What every chart's <svg> says about itself. Not `role="img"`: ARIA makes an image's children
 * presentational, so the links on its marks would be hidden from screen readers while still taking
 * focus (axe reports this as nested-interactive). An <svg> already has the role `graphics-document`
 * (SVG-AAM), the role for a graphic with parts of its own, so it is not written out (html-validate:
 * no-redundant-role); it is named by its <title>, described by its <desc>, and announced as a "chart".
 */
export const CHART_ROLE: Readonly<Record<string, string>> = { 'aria-roledescription': 'chart' };
