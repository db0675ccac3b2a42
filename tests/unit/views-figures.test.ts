import { describe, expect, it } from 'vitest';
import { figuresUrl } from '../../src/lib/urls.ts';
import { entityCharts, figuresView, partyMeasures } from '../../src/lib/views/figures.ts';
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

  it('charts the measures with two figures or more, and links each from the jump list in the same order', () => {
    expect(view.charts.map((s) => s.id)).toEqual(['sales']);
    expect(view.jump).toEqual([{ text: 'Moskvich cars sold', href: `${figuresUrl}#chart-sales` }]);
  });

  it('writes a measure reported once as a sentence, its value with its unit as readers write it', () => {
    expect(view.single).toEqual([
      { name: 'Market share', value: '58.7%', period: '2023', article: { text: 'Title of c', href: '/articles/c/' } },
      { name: 'Plant capacity', value: '50,000 cars a year', period: '2023', article: { text: 'Title of a', href: '/articles/a/' } },
    ]);
  });
});

describe('the charts of an entity and of a deal', () => {
  it('draws an entity’s charts and links none when it has few', () => {
    expect(entityCharts(t, 'moskvich')).toMatchObject({ drawn: [{ id: 'sales' }], linked: [] });
    expect(entityCharts(t, 'jac')).toEqual({ drawn: [], linked: [] });
  });

  it('links a deal to the charts about its parties', () => {
    expect(partyMeasures(t, ['moskvich', 'jac'])).toEqual([{ text: 'Moskvich cars sold', href: `${figuresUrl}#chart-sales` }]);
  });
});
