/** Numbers and measurements shared by the charts: how values read, and how coordinates are written. */

const exact = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 2 });
const compact = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });

/** "15,600", "58.7". */
export const formatNumber = (value: number): string => exact.format(value);

/** A value with its unit, as readers write it: "15,600 cars", "58.7%", "3,090,000 roubles". */
export function formatValue(value: number, unit: string): string {
  return unit === 'percent' ? percent.format(value / 100) : `${exact.format(value)} ${unit}`;
}

/** A value without its unit, for a table whose column header names the unit: "15,600", "58.7%". */
export function formatBareValue(value: number, unit: string): string {
  return unit === 'percent' ? percent.format(value / 100) : exact.format(value);
}

/** Axis labels, short: "16k", "1.5m", "5bn", "40%". */
export function formatTick(value: number, unit: string): string {
  return unit === 'percent' ? percent.format(value / 100) : compact.format(value);
}

/** Several values, the unit said once: "5,000 and 7,000 cars", "51% or 52%". */
export function formatValues(values: readonly number[], unit: string, joiner: 'and' | 'or' = 'and'): string {
  const bare = values.map((v) => formatBareValue(v, unit));
  const list = bare.length <= 1 ? bare.join('') : `${bare.slice(0, -1).join(', ')} ${joiner} ${bare.at(-1)}`;
  return unit === 'percent' ? list : `${list} ${unit}`;
}

/** "1 entry", "5 entries". */
export const plural = (count: number, one: string, many: string): string => `${formatNumber(count)} ${count === 1 ? one : many}`;

/** Coordinates to one decimal: enough for a sharp line, and short markup. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * The width of a line of text, estimated: SVG text cannot be measured at build time. The factor is
 * the mean advance of the system sans-serif fonts the site uses, erring wide so labels do not touch.
 */
export const textWidth = (text: string, fontSize: number): number => text.length * fontSize * 0.58;

/** Words broken into lines of at most `max` characters (a longer word keeps a line to itself). */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
