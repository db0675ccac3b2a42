import { describe, expect, it } from 'vitest';
import { formatPeriod, parsePeriod } from '../../src/core/period.ts';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('parsePeriod', () => {
  it.each([
    ['2023', 'year', '2023-01-01', '2024-01-01'],
    ['2024-H1', 'half', '2024-01-01', '2024-07-01'],
    ['2024-H2', 'half', '2024-07-01', '2025-01-01'],
    ['2024-Q3', 'quarter', '2024-07-01', '2024-10-01'],
    ['2024-02', 'month', '2024-02-01', '2024-03-01'],
    ['2024-02-29', 'day', '2024-02-29', '2024-03-01'],
    ['2022-11/2024-03', 'span', '2022-11-01', '2024-04-01'],
  ])('%s is a %s from %s up to %s', (text, kind, start, end) => {
    const p = parsePeriod(text)!;
    expect([p.kind, iso(p.start), iso(p.end)]).toEqual([kind, start, end]);
  });

  it('refuses malformed periods and spans that end before they start', () => {
    for (const text of ['2024-H3', '2024-Q0', '2023-02-29', '2024/2023', '2024-05/2024-04-30', 'x', '2023/2024/2025'])
      expect(parsePeriod(text), text).toBeUndefined();
  });
});

describe('formatPeriod', () => {
  it('reads as a reader would say it, never more precise than written', () => {
    expect(['2023', '2024-H1', '2024-Q3', '2024-04', '2024-04-30', '2022-11/2024-03'].map((p) => formatPeriod(p))).toEqual([
      '2023',
      'first half of 2024',
      'Q3 2024',
      'April 2024',
      '30 April 2024',
      'November 2022 to March 2024',
    ]);
  });
});
