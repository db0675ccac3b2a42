/**
 * The period a figure covers: a year ("2023"), a half ("2024-H1"), a quarter
 * ("2024-Q3"), a month ("2024-04"), a day ("2024-04-30", a point in time such as a
 * price on a day) or a span between two partial dates ("2022-11/2024-03", e.g.
 * cumulative since a launch). Never more precise than the source.
 */
import { formatPartialDate, parsePartialDate, startOf, type PartialDate } from './partial-date.ts';

export type PeriodKind = 'year' | 'half' | 'quarter' | 'month' | 'day' | 'span';

export interface Period {
  kind: PeriodKind;
  /** The text as written, canonical. */
  text: string;
  /** The first day the period covers (UTC). */
  start: Date;
  /** The first day after the period (UTC): the period is [start, end). */
  end: Date;
}

const utc = (year: number, monthIndex: number, day = 1) => {
  const d = new Date(0);
  d.setUTCFullYear(year, monthIndex, day);
  return d;
};

/** The first day after the last day a partial date can mean. */
function endOf(date: PartialDate): Date {
  if (date.month === undefined) return utc(date.year + 1, 0);
  if (date.day === undefined) return utc(date.year, date.month);
  return utc(date.year, date.month - 1, date.day + 1);
}

/** Parses a period; `undefined` for a malformed one or a span that ends before it starts. */
export function parsePeriod(text: string): Period | undefined {
  const part = /^(\d{4})-([HQ])([1-4])$/.exec(text);
  if (part) {
    const year = Number(part[1]);
    const n = Number(part[3]);
    if (part[2] === 'H' && n > 2) return undefined;
    const months = part[2] === 'H' ? 6 : 3;
    return { kind: part[2] === 'H' ? 'half' : 'quarter', text, start: utc(year, (n - 1) * months), end: utc(year, n * months) };
  }
  const [from, to, ...rest] = text.split('/');
  if (rest.length) return undefined;
  const a = parsePartialDate(from!);
  if (!a) return undefined;
  if (to === undefined) return { kind: a.precision, text, start: startOf(a), end: endOf(a) };
  const b = parsePartialDate(to);
  if (!b || startOf(b) < startOf(a)) return undefined;
  return { kind: 'span', text, start: startOf(a), end: endOf(b) };
}

/** "2023", "first half of 2024", "Q3 2024", "April 2024", "30 April 2024", "November 2022 to March 2024". */
export function formatPeriod(period: Period | string): string {
  const p = typeof period === 'string' ? parsePeriod(period) : period;
  if (!p) throw new Error(`Not a valid period: "${String(period)}"`);
  const [year, part] = p.text.split('-');
  switch (p.kind) {
    case 'half':
      return `${part === 'H1' ? 'first' : 'second'} half of ${year}`;
    case 'quarter':
      return `${part} ${year}`;
    case 'span': {
      const [a, b] = p.text.split('/').map(formatPartialDate);
      return `${a} to ${b}`;
    }
    default:
      return formatPartialDate(p.text);
  }
}
