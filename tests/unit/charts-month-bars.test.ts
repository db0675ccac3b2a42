import { describe, expect, it } from 'vitest';
import { monthBars, type MonthCount } from '../../src/lib/charts/month-bars.ts';

const month = (m: string, count: number): MonthCount => ({ month: m, count, href: `/timeline/${m.slice(0, 4)}/#${m}` });

describe('monthBars', () => {
  const view = monthBars([month('2024-03', 4), month('2023-11', 2), month('2024-01', 2), month('2024-02', 0)]);

  it('draws a bar for each month with entries, oldest first, each a link to the href it was given', () => {
    expect(view.bars.map((b) => [b.month, b.href])).toEqual([
      ['2023-11', '/timeline/2023/#2023-11'],
      ['2024-01', '/timeline/2024/#2024-01'],
      ['2024-03', '/timeline/2024/#2024-03'],
    ]);
  });

  it('names each bar by its month and count in words', () => {
    expect(view.bars.map((b) => b.label)).toEqual(['November 2023: 2 entries', 'January 2024: 2 entries', 'March 2024: 4 entries']);
    expect(monthBars([month('2024-03', 1)]).bars[0]!.label).toBe('March 2024: 1 entry');
  });

  it('keeps the place of a month without entries, so the axis stays even', () => {
    const [nov, jan, mar] = view.bars;
    const step = jan!.x - nov!.x;
    expect(mar!.x - jan!.x).toBeCloseTo(step, 0);
    expect(step).toBeGreaterThan(1.5 * nov!.width);
  });

  it('draws heights in proportion to the counts, from a shared baseline', () => {
    const [nov, , mar] = view.bars;
    expect(mar!.height).toBeCloseTo(2 * nov!.height, 0);
    expect(mar!.y + mar!.height).toBeCloseTo(nov!.y + nov!.height, 0);
  });

  it('labels the years under their months, with a tick at each January', () => {
    const long = monthBars(
      Array.from({ length: 24 }, (_, i) => month(`${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1 + (i % 5))),
    );
    expect(long.years.map((y) => y.text)).toEqual(['2024', '2025']);
    expect(long.axis.match(/M/g)).toHaveLength(3);
  });

  it('states the busiest month as the title, and ties when there are any', () => {
    expect(view.title).toBe('March 2024 had the most entries: 4 entries');
    expect(monthBars([month('2024-01', 3), month('2024-05', 3)]).title).toBe(
      'January 2024 and May 2024 had the most entries: 3 entries each',
    );
    expect(monthBars([month('2024-01', 3), month('2024-05', 3), month('2024-06', 3)]).title).toBe(
      '3 months had the most entries: 3 entries each',
    );
  });

  it('describes the span, the total and what is left out', () => {
    expect(view.desc).toBe(
      'Timeline entries per month, November 2023 to March 2024: 8 entries in 3 months, from 2 to 4 a month; ' +
        'months without a bar had none. ' +
        'Entries dated only to a year are not counted. Each bar links to its month on the timeline.',
    );
  });

  it('writes coordinates to one decimal at most and fits the view box', () => {
    const many = monthBars(
      Array.from({ length: 50 }, (_, i) => month(`${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, 1 + (i % 7))),
    );
    expect(many.bars).toHaveLength(50);
    for (const b of many.bars) {
      for (const n of [b.x, b.y, b.width, b.height]) expect(Math.round(n * 10) / 10).toBe(n);
      expect(b.x + b.width).toBeLessThanOrEqual(many.width);
      expect(b.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses a month it cannot read', () => {
    expect(() => monthBars([month('2024-3', 1)])).toThrow(/"2024-3"/);
  });

  it('has nothing to draw without entries, and says so', () => {
    const none = monthBars([]);
    expect(none.bars).toEqual([]);
    expect(none.title).toBe('No dated entries yet');
  });
});
