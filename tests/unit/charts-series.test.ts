import { describe, expect, it } from 'vitest';
import {
  chartableSeries,
  isDisputed,
  measureSeries,
  seriesAbout,
  type FigureData,
  type SeriesArticle,
} from '../../src/lib/charts/series.ts';

const MEASURES = new Map([
  ['moskvich-cars-sold', { name: 'Moskvich cars sold', unit: 'cars' }],
  ['avtotor-capacity', { name: 'Avtotor plant capacity', unit: 'cars a year' }],
  ['kaiyi-e5-price', { name: 'Kaiyi E5 price', unit: 'roubles' }],
]);

function fig(value: number, basis: FigureData['basis'], period: string, more: Partial<FigureData> = {}): FigureData {
  return { measure: 'moskvich-cars-sold', label: `${value} in ${period}`, value, unit: 'cars', basis, period, entity: 'moskvich', ...more };
}

function article(slug: string, date: string, figures: FigureData[], outlets = ['Kommersant']): SeriesArticle {
  return { url: `/articles/${slug}/`, title: `Title of ${slug}`, date, outlets, figures };
}

const series = (articles: SeriesArticle[]) => measureSeries({ measures: MEASURES, articles });
const brief = (s: ReturnType<typeof series>[number]) => s.points.map((p) => `${p.period} ${p.basis} ${p.value}`);

describe('measureSeries', () => {
  it('makes one series per measure that has figures, named and united from the measure, alphabetical by name', () => {
    const result = series([
      article('a', '2024-02-22', [
        fig(15300, 'result', '2023'),
        fig(280000, 'capacity', '2025-12', { measure: 'avtotor-capacity', entity: 'avtotor' }),
      ]),
    ]);
    expect(result.map((s) => [s.id, s.name, s.unit])).toEqual([
      ['avtotor-capacity', 'Avtotor plant capacity', 'cars a year'],
      ['moskvich-cars-sold', 'Moskvich cars sold', 'cars'],
    ]);
  });

  it('sorts points by period start, then the shorter period first, then result before plan and forecast', () => {
    const [s] = series([
      article('late', '2026-01-20', [fig(15600, 'result', '2025'), fig(27000, 'plan', '2024')]),
      article('early', '2024-08-20', [
        fig(26000, 'forecast', '2024'),
        fig(11800, 'result', '2024-01/2024-08'),
        fig(1323, 'result', '2024-06'),
      ]),
      article('yearly', '2024-02-22', [fig(1900, 'result', '2024-01'), fig(10000, 'result', '2024')]),
    ]);
    expect(brief(s!)).toEqual([
      '2024-01 result 1900',
      '2024-01/2024-08 result 11800',
      '2024 result 10000',
      '2024 plan 27000',
      '2024 forecast 26000',
      '2024-06 result 1323',
      '2025 result 15600',
    ]);
  });

  it('places each figure over its whole period, from its first day to the first day after it', () => {
    const [s] = series([article('a', '2023-03-02', [fig(2000, 'result', '2022-11/2023-01'), fig(10000, 'result', '2024-H1')])]);
    expect(s!.points.map((p) => [p.periodKind, p.start.toISOString().slice(0, 10), p.end.toISOString().slice(0, 10)])).toEqual([
      ['span', '2022-11-01', '2023-02-01'],
      ['half', '2024-01-01', '2024-07-01'],
    ]);
  });

  it('keeps the label, the note, the entity and the reporting article with its outlets', () => {
    const [s] = series([article('a', '2024-05-02', [fig(2200, 'result', '2024-04', { note: 'More than 2,200.' })], ['Autostat', 'TASS'])]);
    expect(s!.points[0]).toMatchObject({
      label: '2200 in 2024-04',
      note: 'More than 2,200.',
      entity: 'moskvich',
      article: { url: '/articles/a/', title: 'Title of a', date: '2024-05-02', outlets: ['Autostat', 'TASS'] },
    });
    expect(series([article('b', '2024', [fig(1, 'result', '2023')])])[0]!.points[0]).not.toHaveProperty('note');
  });

  it('lists the entities the figures are about, once each, alphabetical', () => {
    const [s] = series([
      article('a', '2024', [fig(1, 'result', '2023', { entity: 'moskvich-plant' }), fig(2, 'result', '2022'), fig(3, 'plan', '2024')]),
    ]);
    expect(s!.entities).toEqual(['moskvich', 'moskvich-plant']);
  });

  it('says where reports give different values for the same basis and period, with each value once', () => {
    const [s] = series([
      article('a', '2023-05-05', [fig(969, 'result', '2023-04'), fig(50000, 'plan', '2023')]),
      article('b', '2024-05-02', [fig(970, 'result', '2023-04'), fig(969, 'result', '2023-04'), fig(50000, 'plan', '2023')]),
      article('c', '2023-08-22', [fig(27000, 'plan', '2023'), fig(27000, 'forecast', '2023-04')]),
    ]);
    expect(s!.contradictions).toEqual([
      { basis: 'plan', period: '2023', values: [27000, 50000] },
      { basis: 'result', period: '2023-04', values: [969, 970] },
    ]);
    expect(isDisputed(s!, { basis: 'result', period: '2023-04' })).toBe(true);
    expect(isDisputed(s!, { basis: 'forecast', period: '2023-04' })).toBe(false);
  });

  it('finds no contradiction where reports agree or differ only in basis', () => {
    const [s] = series([
      article('a', '2024', [fig(50000, 'plan', '2023'), fig(31000, 'result', '2023')]),
      article('b', '2024', [fig(50000, 'plan', '2023')]),
    ]);
    expect(s!.contradictions).toEqual([]);
  });

  it('fails on a figure whose measure does not exist, naming it and the article', () => {
    expect(() => series([article('a', '2024', [fig(1, 'result', '2023', { measure: 'no-such-measure' })])])).toThrow(
      /"no-such-measure" in "\/articles\/a\/"/,
    );
  });
});

describe('chartableSeries and seriesAbout', () => {
  const all = series([
    article('a', '2024', [
      fig(15300, 'result', '2023'),
      fig(15600, 'result', '2025'),
      fig(1000000, 'plan', '2023-01', { measure: 'kaiyi-e5-price', entity: 'kaiyi-e5' }),
    ]),
  ]);

  it('charts a measure only with two figures or more', () => {
    expect(chartableSeries(all).map((s) => s.id)).toEqual(['moskvich-cars-sold']);
  });

  it('finds the series with a figure about an entity', () => {
    expect(seriesAbout(all, 'kaiyi-e5').map((s) => s.id)).toEqual(['kaiyi-e5-price']);
    expect(seriesAbout(all, 'moskvich').map((s) => s.id)).toEqual(['moskvich-cars-sold']);
    expect(seriesAbout(all, 'avtotor')).toEqual([]);
  });
});
