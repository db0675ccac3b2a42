/**
 * Partial dates: "2005", "2022-06" or "2022-05-19". The tracker keeps a date
 * exactly as precise as its source and never invents a month or a day.
 */

export type Precision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12, absent for year precision. */
  month?: number;
  /** 1–31, absent for year and month precision. */
  day?: number;
  precision: Precision;
  /** The canonical text form, which is also a valid HTML `<time datetime>` value. */
  iso: string;
}

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function daysInMonth(year: number, month: number): number {
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  return lastDay.getUTCDate();
}

/** Parses a partial date; `undefined` for a malformed or impossible one (2022-02-30). */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year', iso: text };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month', iso: text };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day', iso: text };
}

/** Like `parsePartialDate`, for values the schemas have already validated. */
export function toPartialDate(text: string): PartialDate {
  const date = parsePartialDate(text);
  if (!date) throw new Error(`Not a valid partial date: "${text}"`);
  return date;
}

/** "2005", "June 2022", "19 May 2022". */
export function formatPartialDate(date: PartialDate | string): string {
  const d = typeof date === 'string' ? toPartialDate(date) : date;
  if (d.month === undefined) return String(d.year);
  if (d.day === undefined) return `${MONTH_NAMES[d.month - 1]} ${d.year}`;
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

/** The first instant the date can mean, in UTC. */
export function startOf(date: PartialDate): Date {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0–99 as 1900–1999.
  const start = new Date(0);
  start.setUTCFullYear(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  return start;
}

/** True when even the earliest day the date can mean is after `today`. */
export function isInFuture(date: PartialDate, today: Date = new Date()): boolean {
  const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return startOf(date).getTime() > todayUtc;
}

/**
 * Newest first. A date known only to the year sorts after every date inside that year, and one
 * known only to the month after that month's days: it sits at the end of its period ("sometime in
 * 2022"), never above its dated neighbours and never on an invented day. Equal dates compare as 0,
 * so `Array.prototype.sort` (stable) keeps their input order.
 */
export function compareNewestFirst(a: PartialDate, b: PartialDate): number {
  if (a.year !== b.year) return b.year - a.year;
  const am = a.month ?? 0;
  const bm = b.month ?? 0;
  if (am !== bm) return bm - am;
  const ad = a.day ?? 0;
  const bd = b.day ?? 0;
  return bd - ad;
}

/** True when two partial dates can mean the same day: one is the other or contains it ("2022-11" and "2022-11-23"). */
export function overlaps(a: PartialDate, b: PartialDate): boolean {
  return a.iso.startsWith(b.iso) || b.iso.startsWith(a.iso);
}
