import { describe, expect, it } from 'vitest';
import { measureChart, pointTime, spreadLabels } from '../../src/lib/charts/measure-chart.ts';
import { measureSeries, type FigureData, type MeasureSeries } from '../../src/lib/charts/series.ts';

type Fig = [value: number, basis: FigureData['basis'], period: string, slug?: string];

/** A series of one measure from [value, basis, period, article slug] rows, each row its own article unless a slug is shared. */
function seriesOf(rows: Fig[], measure = { name: 'Moskvich cars sold', unit: 'cars' }): MeasureSeries {
  const articles = rows.map(([value, basis, period, slug], i) => ({
    url: `/articles/${slug ?? `a${i}`}/`,
    title: `Report ${slug ?? `a${i}`}`,
    date: '2026-01-20',
    outlets: ['Autostat'],
    figures: [{ measure: 'm', label: `Figure ${i}`, value, unit: measure.unit, basis, period, entity: 'moskvich' }],
  }));
  return measureSeries({ measures: new Map([['m', measure]]), articles })[0]!;
}

const SALES: Fig[] = [
  [10676, 'result', '2023'],
  [17000, 'result', '2024'],
  [15600, 'result', '2025'],
  [27000, 'plan', '2024'],
  [20000, 'forecast', '2025'],
];

describe('measureChart marks', () => {
  const view = measureChart(seriesOf(SALES));

  it('draws one mark per figure, each a link to the article that reported it', () => {
    expect(view.marks.map((m) => [m.basis, m.href])).toEqual([
      ['result', '/articles/a0/'],
      ['result', '/articles/a1/'],
      ['plan', '/articles/a3/'],
      ['result', '/articles/a2/'],
      ['forecast', '/articles/a4/'],
    ]);
  });

  it('tells results from plans and forecasts by shape, not colour: circles, and diamonds for forecasts', () => {
    expect(Object.fromEntries(view.marks.map((m) => [m.basis, m.shape]))).toEqual({
      result: 'circle',
      plan: 'circle',
      forecast: 'diamond',
    });
  });

  it('names each mark by value, period, basis and article', () => {
    expect(view.marks[0]!.label).toBe('10,676 cars in 2023, result: Report a0');
    expect(view.marks[2]!.label).toBe('27,000 cars in 2024, plan or target: Report a3');
  });

  it('puts a year figure at the middle of its year and a running total at the end of its span', () => {
    const s = seriesOf([
      [10676, 'result', '2023'],
      [26000, 'result', '2022-11/2023-09'],
    ]);
    const at = (period: string) => pointTime(s.points.find((p) => p.period === period)!).toISOString();
    expect(at('2023')).toBe('2023-07-02T12:00:00.000Z');
    expect(at('2022-11/2023-09')).toBe('2023-10-01T00:00:00.000Z');
  });

  it('places later periods further right and larger values higher', () => {
    const [y2023, y2024, , y2025] = view.marks;
    expect(y2023!.x).toBeLessThan(y2024!.x);
    expect(y2024!.x).toBeLessThan(y2025!.x);
    expect(y2024!.y).toBeLessThan(y2025!.y);
    expect(y2025!.y).toBeLessThan(y2023!.y);
  });

  it('writes coordinates to one decimal at most', () => {
    for (const m of view.marks) {
      expect(Number.isInteger(m.x * 10) && Number.isInteger(m.y * 10)).toBe(true);
    }
    expect(view.resultLine).toMatch(/^(?:[ML]-?\d+(?:\.\d)?,-?\d+(?:\.\d)?)+$/);
  });

  it('draws capacity as a reference line across the chart, its label a link, not as a mark', () => {
    const v = measureChart(
      seriesOf(
        [
          [25000, 'capacity', '2022-10'],
          [60000, 'plan', '2025'],
        ],
        { name: 'Esipovo capacity', unit: 'cars a year' },
      ),
    );
    expect(v.marks.map((m) => m.basis)).toEqual(['plan']);
    expect(v.references).toHaveLength(1);
    expect(v.references[0]).toMatchObject({ text: 'capacity 25,000, October 2022', href: '/articles/a0/' });
    expect(v.references[0]!.d).toMatch(/^M50,[\d.]+L546,[\d.]+$/);
  });
});

describe('measureChart lines', () => {
  it('joins results of consecutive periods with a solid line, and across a missing period with a dotted one', () => {
    const v = measureChart(
      seriesOf([
        [600, 'result', '2022'],
        [31000, 'result', '2023'],
        [15600, 'result', '2025'],
      ]),
    );
    expect(v.resultLine.match(/M/g)).toHaveLength(1);
    expect(v.gapLine.match(/M/g)).toHaveLength(1);
    expect(v.lineLabels.map((l) => l.text)).toEqual(['results by year']);
  });

  it('joins only comparable results: months with months, years with years, running totals from the same start', () => {
    const v = measureChart(
      seriesOf([
        [1400, 'result', '2025-10'],
        [1500, 'result', '2025-11'],
        [15600, 'result', '2025'],
        [11200, 'result', '2025-01/2025-09'],
        [14000, 'result', '2025-01/2025-11'],
        [9000, 'result', '2024-01/2024-09'],
      ]),
    );
    expect(v.lineLabels.map((l) => l.text).sort()).toEqual(['results by month', 'running total from January 2025']);
    expect(v.resultLine.match(/M/g)).toHaveLength(2);
    expect(v.gapLine).toBe('');
  });

  it('links the values reports disagree on with a connector, and keeps a mark for each', () => {
    const v = measureChart(
      seriesOf([
        [969, 'result', '2023-04'],
        [970, 'result', '2023-04'],
        [500, 'result', '2023-03'],
      ]),
    );
    expect(v.marks).toHaveLength(3);
    expect(v.differ.match(/M/g)).toHaveLength(1);
  });

  it('plots plans and forecasts without a line, labelled once by basis beside the latest', () => {
    const v = measureChart(
      seriesOf([
        [50000, 'plan', '2023'],
        [44000, 'plan', '2024'],
        [27000, 'forecast', '2023'],
        [31000, 'result', '2023'],
      ]),
    );
    expect(v.resultLine).toBe('');
    expect(v.basisLabels.map((l) => l.text)).toEqual(['result', 'plan', 'forecast']);
    const latestPlan = v.marks.filter((m) => m.basis === 'plan').at(-1)!;
    expect(Math.abs(v.basisLabels[1]!.x - latestPlan.x)).toBeLessThan(20);
  });
});

describe('measureChart axes', () => {
  it('starts the value axis at zero, with short labels and the unit above', () => {
    const v = measureChart(seriesOf(SALES));
    expect(v.yTicks.map((t) => t.text)).toEqual(['0', '10k', '20k', '30k']);
    expect(v.unitLabel.text).toBe('cars');
  });

  it('goes below zero for falls, in per cent', () => {
    const v = measureChart(
      seriesOf(
        [
          [60, 'result', '2024'],
          [-33, 'result', '2025'],
        ],
        { name: 'Change in Moskvich sales', unit: 'percent' },
      ),
    );
    expect(v.yTicks[0]!.text).toBe('-40%');
    expect(v.yTicks.map((t) => t.text)).toContain('0%');
    expect(v.unitLabel.text).toBe('per cent');
  });

  it('labels whole years under the middle of each year when the chart spans more than two', () => {
    const v = measureChart(seriesOf(SALES));
    expect(v.xTicks.map((t) => t.text)).toEqual(['2023', '2024', '2025']);
    expect(v.marks[0]!.x).toBeCloseTo(v.xTicks[0]!.x, 0);
  });

  it('labels months (a year at January) within one or two years, never days', () => {
    const v = measureChart(
      seriesOf([
        [1400, 'result', '2025-10'],
        [1500, 'result', '2025-11-30'],
      ]),
    );
    expect(v.xTicks.map((t) => t.text)).toEqual(['2025', 'Apr', 'Jul', 'Oct', '2026']);
  });
});

describe('measureChart words', () => {
  it('states the latest comparable change as the title', () => {
    expect(measureChart(seriesOf(SALES)).title).toBe('Moskvich cars sold fell to 15,600 cars in 2025 from 17,000 in 2024');
    expect(
      measureChart(
        seriesOf([
          [600, 'result', '2022'],
          [31000, 'result', '2023'],
          [200, 'result', '2023-05'],
          [300, 'result', '2023-06'],
        ]),
      ).title,
    ).toBe('Moskvich cars sold rose to 31,000 cars in 2023 from 600 in 2022');
  });

  it('says a value held, and does not call a change where the earlier reports differ around it', () => {
    expect(
      measureChart(
        seriesOf([
          [10000, 'result', '2023-12'],
          [10000, 'result', '2024-01'],
        ]),
      ).title,
    ).toBe('Moskvich cars sold held at 10,000 cars in January 2024, as in December 2023');
    expect(
      measureChart(
        seriesOf([
          [48, 'result', '2024'],
          [49, 'result', '2024'],
          [48.5, 'result', '2025'],
        ]),
      ).title,
    ).toBe('Moskvich cars sold: 48.5 cars in 2025, against between 48 and 49 in 2024');
  });

  it('says when the latest reports differ rather than pick one', () => {
    const s = seriesOf([
      [58, 'result', '2024'],
      [51, 'result', '2025'],
      [52, 'result', '2025'],
    ]);
    expect(measureChart({ ...s, name: 'Chinese brands’ share', unit: 'percent' }).title).toBe(
      'Chinese brands’ share: reports differ in 2025, 51% or 52%',
    );
  });

  it('sets a lone result against the plan for its period', () => {
    const s = seriesOf([
      [30400, 'result', '2024'],
      [80000, 'plan', '2024'],
      [100000, 'plan', '2024'],
    ]);
    expect(measureChart(s).title).toBe('Moskvich cars sold came to 30,400 cars in 2024, against plans of 80,000 to 100,000');
  });

  it('reads running totals as totals by a date', () => {
    const s = seriesOf([
      [440000, 'result', '2019-06/2026-02'],
      [450000, 'result', '2019-06/2026-03'],
    ]);
    expect(measureChart(s).title).toBe('Moskvich cars sold: 450,000 cars by March 2026, up from 440,000 by February 2026');
  });

  it('falls back to counting the figures, in whole years', () => {
    const s = seriesOf([
      [60000, 'plan', '2025'],
      [20000, 'capacity', '2022-12'],
    ]);
    expect(measureChart(s).title).toBe('Moskvich cars sold: 2 figures from 2022 to 2025');
  });

  it('describes the figures by basis, their range and where reports differ', () => {
    const s = seriesOf([
      [969, 'result', '2023-04'],
      [970, 'result', '2023-04'],
      [50000, 'plan', '2023'],
    ]);
    expect(measureChart(s).desc).toBe(
      'Moskvich cars sold, 3 figures in 2023: 2 results and 1 plan or target, from 969 to 50,000 cars. ' +
        'Reports give different values for 1 basis and period: April 2023 result, 969 or 970 cars. ' +
        'Each mark links to the article that reported it; the table lists every figure with its source.',
    );
  });
});

describe('measureChart table', () => {
  it('has a row per figure in chart order, with the value for readers, the basis in words and the source', () => {
    const s = seriesOf([
      [969, 'result', '2023-04', 'sold-969'],
      [970, 'result', '2023-04', 'sold-2200'],
      [10000, 'result', '2024-H1'],
    ]);
    const v = measureChart(s);
    expect(v.valueHeader).toBe('Value (cars)');
    expect(v.rows.map((r) => [r.period, r.value, r.basis, r.disputed, r.article.url])).toEqual([
      ['April 2023', '969', 'result', true, '/articles/sold-969/'],
      ['April 2023', '970', 'result', true, '/articles/sold-2200/'],
      ['first half of 2024', '10,000', 'result', false, '/articles/a2/'],
    ]);
    expect(v.rows[0]!.article).toMatchObject({
      title: 'Report sold-969',
      date: '20 January 2026',
      dateIso: '2026-01-20',
      outlets: 'Autostat',
    });
  });
});

describe('spreadLabels', () => {
  it('moves a label that would overlap another by a line, and leaves one that does not', () => {
    const plot = { top: 30, bottom: 250 };
    const placed = spreadLabels(
      [
        { x: 100, y: 100, text: 'results by year', anchor: 'start' },
        { x: 110, y: 102, text: 'running total', anchor: 'start' },
        { x: 400, y: 100, text: 'plan', anchor: 'start' },
      ],
      plot,
    );
    expect(placed[0]!.y).toBe(100);
    expect(Math.abs(placed[1]!.y - 100)).toBeGreaterThanOrEqual(11);
    expect(placed[2]!.y).toBe(100);
  });
});
