import { describe, expect, it } from 'vitest';
import { measureUrl } from '../../src/lib/urls.ts';
import { entityCharts, FIGURES_CHARTS, figuresView, measureViews, partyMeasures } from '../../src/lib/views/figures.ts';
import { article, figure, trackerOf } from './small-tracker.ts';

const t = trackerOf(
  [
    article('a', '2023-05-01', { figures: [figure({ period: '2022', value: 800 }), figure({ measure: 'capacity', value: 50000 })] }),
    article('b', '2024-02-01', { figures: [figure({ period: '2023', value: 1000 })] }),
    article('c', '2024-03-01', { figures: [figure({ measure: 'share', label: 'Share', value: 58.7, unit: 'percent', entity: 'kamaz' })] }),
  ],
  { measures: { share: { name: 'Market share', unit: 'percent' } } },
);

describe('figuresView', () => {
  const view = figuresView(t);

  it('charts the measures with two figures or more, and lists each with its page, its count and its latest figure', () => {
    expect(view.charts.map((s) => s.id)).toEqual(['sales']);
    expect(view.measures).toEqual([{ text: 'Moskvich cars sold', href: '/figures/sales/', figures: 2, latest: '1,000 cars, 2023' }]);
  });

  it('writes a measure reported once as a sentence, its value with its unit as readers write it', () => {
    expect(view.single).toEqual([
      { name: 'Market share', value: '58.7%', period: '2023', article: { text: 'Title of c', href: '/articles/c/' } },
      { name: 'Plant capacity', value: '50,000 cars a year', period: '2023', article: { text: 'Title of a', href: '/articles/a/' } },
    ]);
  });

  it(`draws at most ${FIGURES_CHARTS} charts, those with the most figures, however many measures there are`, () => {
    const ids = Array.from({ length: FIGURES_CHARTS + 4 }, (_, i) => `m${String(i).padStart(2, '0')}`);
    const many = trackerOf(
      ids.map((id, i) =>
        article(`x-${id}`, '2024-01-01', {
          figures: Array.from({ length: i + 2 }, (_, k) => figure({ measure: id, unit: 'cars', period: String(2000 + k) })),
        }),
      ),
      { measures: Object.fromEntries(ids.map((id) => [id, { name: `Measure ${id}`, unit: 'cars' }])) },
    );
    const v = figuresView(many);
    expect(v.charts.map((s) => s.id)).toEqual(ids.toReversed().slice(0, FIGURES_CHARTS));
    expect(v.measures.map((m) => m.href)).toEqual(ids.map(measureUrl));
  });
});

describe('measureViews', () => {
  it('gives each measure worth a chart a page, naming what its figures are about', () => {
    expect(measureViews(t)).toEqual([
      {
        series: t.series.find((s) => s.id === 'sales'),
        description: 'Moskvich cars sold: 2 figures from the reports, charted over time, with their sources.',
        about: [{ text: 'Moskvich', href: '/entities/moskvich/' }],
      },
    ]);
  });
});

describe('the charts of an entity and of a deal', () => {
  it('draws an entity’s charts and links none when it has few', () => {
    expect(entityCharts(t, 'moskvich')).toMatchObject({ drawn: [{ id: 'sales' }], linked: [] });
    expect(entityCharts(t, 'jac')).toEqual({ drawn: [], linked: [] });
  });

  it('links a deal to the pages of the measures about its parties', () => {
    expect(partyMeasures(t, ['moskvich', 'jac'])).toEqual([{ text: 'Moskvich cars sold', href: '/figures/sales/' }]);
  });
});
