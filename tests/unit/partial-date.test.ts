import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  formatPartialDate,
  isInFuture,
  MONTH_NAMES,
  overlaps,
  parsePartialDate,
  PARTIAL_DATE_PATTERN,
  startOf,
  toPartialDate,
  type PartialDate,
} from '../../src/core/partial-date.ts';

const d = (text: string): PartialDate => toPartialDate(text);
/** A moment on a given UTC day, late in the day so that a local-time bug would show. */
const utc = (year: number, month: number, day: number, hour = 23, minute = 59) => new Date(Date.UTC(year, month - 1, day, hour, minute));

describe('parsePartialDate', () => {
  it('parses a year', () => {
    expect(parsePartialDate('2005')).toEqual({ year: 2005, precision: 'year', iso: '2005' });
  });

  it('parses a year and month, without inventing a day', () => {
    const date = parsePartialDate('2022-06');
    expect(date).toEqual({ year: 2022, month: 6, precision: 'month', iso: '2022-06' });
    expect(date).not.toHaveProperty('day');
  });

  it('parses a full date', () => {
    expect(parsePartialDate('2022-05-19')).toEqual({ year: 2022, month: 5, day: 19, precision: 'day', iso: '2022-05-19' });
  });

  it('a year-only date has neither month nor day', () => {
    const date = parsePartialDate('2005')!;
    expect(date).not.toHaveProperty('month');
    expect(date).not.toHaveProperty('day');
  });

  it('keeps the text as the canonical iso form', () => {
    expect(parsePartialDate('1930-01-01')?.iso).toBe('1930-01-01');
    expect(parsePartialDate('2022-12')?.iso).toBe('2022-12');
  });

  it.each([
    ['2022-5'],
    ['2022-05-1'],
    ['22-05-19'],
    ['20225'],
    ['19 May 2022'],
    ['May 2022'],
    ['2022/05/19'],
    ['2022-05-19T00:00'],
    [' 2022'],
    ['2022 '],
    ['2022-'],
    ['2022-05-'],
    [''],
    ['year'],
    ['２０２２'],
  ])('rejects the malformed %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined();
  });

  it.each([['2022-02-30'], ['2022-02-31'], ['2022-04-31'], ['2022-06-31'], ['2022-09-31'], ['2022-11-31'], ['2022-01-32']])(
    'rejects the impossible %s',
    (text) => {
      expect(parsePartialDate(text)).toBeUndefined();
    },
  );

  it('rejects 29 February outside a leap year and accepts it in one', () => {
    expect(parsePartialDate('2023-02-29')).toBeUndefined();
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, precision: 'day', iso: '2024-02-29' });
    expect(parsePartialDate('2000-02-29')?.day).toBe(29); // divisible by 400: leap
    expect(parsePartialDate('1900-02-29')).toBeUndefined(); // divisible by 100 only: not leap
    expect(parsePartialDate('2023-02-28')?.day).toBe(28);
  });

  it('accepts the last day of every month', () => {
    const last = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    last.forEach((day, i) => {
      const text = `2022-${String(i + 1).padStart(2, '0')}-${day}`;
      expect(parsePartialDate(text)?.day, text).toBe(day);
    });
  });

  it('rejects month 13 and month 00, with or without a day', () => {
    expect(parsePartialDate('2022-13')).toBeUndefined();
    expect(parsePartialDate('2022-00')).toBeUndefined();
    expect(parsePartialDate('2022-13-01')).toBeUndefined();
    expect(parsePartialDate('2022-00-01')).toBeUndefined();
  });

  it('accepts months 01 and 12', () => {
    expect(parsePartialDate('2022-01')?.month).toBe(1);
    expect(parsePartialDate('2022-12')?.month).toBe(12);
  });

  it('rejects day 00', () => {
    expect(parsePartialDate('2022-05-00')).toBeUndefined();
  });

  it('PARTIAL_DATE_PATTERN accepts exactly the three shapes', () => {
    expect(PARTIAL_DATE_PATTERN.test('2022')).toBe(true);
    expect(PARTIAL_DATE_PATTERN.test('2022-06')).toBe(true);
    expect(PARTIAL_DATE_PATTERN.test('2022-06-15')).toBe(true);
    expect(PARTIAL_DATE_PATTERN.test('2022-6')).toBe(false);
    expect(PARTIAL_DATE_PATTERN.test('2022-06-15-01')).toBe(false);
  });
});

describe('toPartialDate', () => {
  it('returns the parsed date', () => {
    expect(toPartialDate('2022-06')).toEqual({ year: 2022, month: 6, precision: 'month', iso: '2022-06' });
  });

  it('throws with the text for a malformed or impossible date', () => {
    expect(() => toPartialDate('2022-5')).toThrow('Not a valid partial date: "2022-5"');
    expect(() => toPartialDate('2022-02-30')).toThrow('Not a valid partial date: "2022-02-30"');
  });
});

describe('formatPartialDate', () => {
  it('writes a year alone', () => {
    expect(formatPartialDate('2005')).toBe('2005');
  });

  it('writes a month and year, never inventing a day', () => {
    expect(formatPartialDate('2022-06')).toBe('June 2022');
    expect(formatPartialDate('2022-06')).not.toMatch(/\d{1,2} June/);
  });

  it('writes a full date day first', () => {
    expect(formatPartialDate('2022-05-19')).toBe('19 May 2022');
    expect(formatPartialDate('2022-05-01')).toBe('1 May 2022');
  });

  it('accepts a parsed date as well as text', () => {
    expect(formatPartialDate(d('2022-05-19'))).toBe('19 May 2022');
    expect(formatPartialDate({ year: 2005, precision: 'year', iso: '2005' })).toBe('2005');
  });

  it('names every month in English', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    expect(formatPartialDate('2022-01')).toBe('January 2022');
    expect(formatPartialDate('2022-12')).toBe('December 2022');
    expect(MONTH_NAMES.map((_, i) => formatPartialDate(`2021-${String(i + 1).padStart(2, '0')}`))).toEqual(
      MONTH_NAMES.map((m) => `${m} 2021`),
    );
  });

  it('throws for a malformed date string', () => {
    expect(() => formatPartialDate('19 May 2022')).toThrow('Not a valid partial date');
  });
});

describe('startOf', () => {
  it('gives the first instant of the period in UTC', () => {
    expect(startOf(d('2005')).toISOString()).toBe('2005-01-01T00:00:00.000Z');
    expect(startOf(d('2022-06')).toISOString()).toBe('2022-06-01T00:00:00.000Z');
    expect(startOf(d('2022-05-19')).toISOString()).toBe('2022-05-19T00:00:00.000Z');
    expect(startOf(d('2024-02-29')).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(startOf(d('2022-12-31')).toISOString()).toBe('2022-12-31T00:00:00.000Z');
  });

  // Date.UTC maps the years 0–99 to 1900–1999; PARTIAL_DATE_PATTERN accepts them, so they must stay put.
  it('keeps a year below 100 where it is', () => {
    expect(startOf(d('0050')).toISOString()).toBe('0050-01-01T00:00:00.000Z');
    expect(startOf(d('0099-12')).toISOString()).toBe('0099-12-01T00:00:00.000Z');
  });

  it('judges leap years below 100 by their own year, not 19xx', () => {
    expect(parsePartialDate('0000-02-29')?.day).toBe(29); // divisible by 400: leap (1900 is not)
    expect(parsePartialDate('0004-02-29')?.day).toBe(29);
    expect(parsePartialDate('0001-02-29')).toBeUndefined();
  });
});

describe('isInFuture', () => {
  const today = utc(2022, 6, 15);

  it('a day before or on today is not in the future; the day after is', () => {
    expect(isInFuture(d('2022-06-14'), today)).toBe(false);
    expect(isInFuture(d('2022-06-15'), today)).toBe(false);
    expect(isInFuture(d('2022-06-16'), today)).toBe(true);
  });

  it('a month containing today is not in the future, the next month is', () => {
    expect(isInFuture(d('2022-06'), today)).toBe(false);
    expect(isInFuture(d('2022-07'), today)).toBe(true);
    expect(isInFuture(d('2022-05'), today)).toBe(false);
  });

  it('a month containing today is not in the future even on its first day', () => {
    expect(isInFuture(d('2022-06'), utc(2022, 6, 1, 0, 0))).toBe(false);
    expect(isInFuture(d('2022-07'), utc(2022, 6, 30))).toBe(true);
  });

  it('a year containing today is not in the future, the next year is', () => {
    expect(isInFuture(d('2022'), today)).toBe(false);
    expect(isInFuture(d('2022'), utc(2022, 1, 1, 0, 0))).toBe(false);
    expect(isInFuture(d('2023'), today)).toBe(true);
    expect(isInFuture(d('2023'), utc(2022, 12, 31))).toBe(true);
    expect(isInFuture(d('2005'), today)).toBe(false);
  });

  it('tomorrow is in the future, counting days in UTC whatever the time of day', () => {
    expect(isInFuture(d('2022-06-16'), utc(2022, 6, 15, 0, 0))).toBe(true);
    expect(isInFuture(d('2022-06-16'), utc(2022, 6, 16, 0, 0))).toBe(false);
  });

  it('defaults to the real today', () => {
    const now = new Date();
    const tomorrow = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
    const text = tomorrow.toISOString().slice(0, 10);
    expect(isInFuture(d(text))).toBe(true);
    expect(isInFuture(d(String(now.getUTCFullYear())))).toBe(false);
    expect(isInFuture(d('2999'))).toBe(true);
  });
});

describe('compareNewestFirst', () => {
  const sort = (texts: string[]) =>
    texts
      .map(d)
      .sort(compareNewestFirst)
      .map((x) => x.iso);

  it('puts later years first', () => {
    expect(sort(['2005', '2022', '1930'])).toEqual(['2022', '2005', '1930']);
    expect(compareNewestFirst(d('2022'), d('2005'))).toBeLessThan(0);
    expect(compareNewestFirst(d('2005'), d('2022'))).toBeGreaterThan(0);
  });

  it('a year-only date sits after every date inside its year, and before the previous year', () => {
    expect(sort(['2022-12-31', '2022', '2022-01', '2023-01-01', '2021'])).toEqual(['2023-01-01', '2022-12-31', '2022-01', '2022', '2021']);
    expect(compareNewestFirst(d('2022'), d('2022-01-01'))).toBeGreaterThan(0);
    expect(compareNewestFirst(d('2022'), d('2022-01'))).toBeGreaterThan(0);
    expect(compareNewestFirst(d('2022'), d('2021-12-31'))).toBeLessThan(0);
  });

  it('a month-only date sits after that month’s days, and before the previous month', () => {
    expect(sort(['2022-06-01', '2022-06', '2022-06-30', '2022-07-01', '2022-05-31'])).toEqual([
      '2022-07-01',
      '2022-06-30',
      '2022-06-01',
      '2022-06',
      '2022-05-31',
    ]);
    expect(compareNewestFirst(d('2022-06'), d('2022-06-01'))).toBeGreaterThan(0);
    expect(compareNewestFirst(d('2022-06'), d('2022-05-31'))).toBeLessThan(0);
  });

  it('orders mixed precisions, each period closed by its less precise dates', () => {
    expect(sort(['2005', '2022-05-19', '2022-06-01', '2022-05', '2022', '2022-06-15', '2022-06'])).toEqual([
      '2022-06-15',
      '2022-06-01',
      '2022-06',
      '2022-05-19',
      '2022-05',
      '2022',
      '2005',
    ]);
  });

  it('equal dates compare as 0 and a stable sort keeps their input order', () => {
    expect(compareNewestFirst(d('2022-06-15'), d('2022-06-15'))).toBe(0);
    expect(compareNewestFirst(d('2022-06'), d('2022-06'))).toBe(0);
    expect(compareNewestFirst(d('2022'), d('2022'))).toBe(0);
    const items = [
      { name: 'a', date: d('2022-06') },
      { name: 'b', date: d('2022-06-15') },
      { name: 'c', date: d('2022-06') },
      { name: 'd', date: d('2022-06-15') },
      { name: 'e', date: d('2022-06') },
    ];
    expect(items.sort((x, y) => compareNewestFirst(x.date, y.date)).map((x) => x.name)).toEqual(['b', 'd', 'a', 'c', 'e']);
  });

  it('is antisymmetric', () => {
    const all = ['2005', '2022', '2022-06', '2022-06-15', '2022-05', '2022-05-19'].map(d);
    for (const a of all) for (const b of all) expect(Math.sign(compareNewestFirst(a, b)) + Math.sign(compareNewestFirst(b, a))).toBe(0);
  });

  it('is transitive, so any input order sorts the same', () => {
    const texts = ['2005', '2022', '2022-06', '2022-06-15', '2022-05', '2022-05-19', '2021-12-31', '2023'];
    const expected = sort(texts);
    expect(sort([...texts].reverse())).toEqual(expected);
    expect(sort([...texts.slice(3), ...texts.slice(0, 3)])).toEqual(expected);
  });
});

describe('overlaps', () => {
  it('is true when one date contains the other, either way round', () => {
    expect(overlaps(d('2022-11'), d('2022-11-23'))).toBe(true);
    expect(overlaps(d('2022-11-23'), d('2022-11'))).toBe(true);
    expect(overlaps(d('2022'), d('2022-11-23'))).toBe(true);
    expect(overlaps(d('2022-11-23'), d('2022'))).toBe(true);
    expect(overlaps(d('2022'), d('2022-01'))).toBe(true);
  });

  it('is true for the same date at any precision', () => {
    for (const text of ['2022', '2022-11', '2022-11-23']) expect(overlaps(d(text), d(text)), text).toBe(true);
  });

  it('is false for dates that cannot mean the same day', () => {
    expect(overlaps(d('2022-11-23'), d('2022-11-24'))).toBe(false);
    expect(overlaps(d('2022-11'), d('2022-12-01'))).toBe(false);
    expect(overlaps(d('2022-10'), d('2022-11'))).toBe(false);
    expect(overlaps(d('2022'), d('2021-12-31'))).toBe(false);
    expect(overlaps(d('2021'), d('2022'))).toBe(false);
  });

  it('compares whole months and days, not text prefixes', () => {
    // "2022-1" would be a prefix of "2022-11"; partial dates are zero-padded, so January never contains November.
    expect(overlaps(d('2022-01'), d('2022-11-01'))).toBe(false);
    expect(overlaps(d('2022-11-01'), d('2022-01'))).toBe(false);
  });
});
