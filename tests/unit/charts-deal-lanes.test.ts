import { describe, expect, it } from 'vitest';
import { dealLanes, type DealLaneInput, type DealLaneStep } from '../../src/lib/charts/deal-lanes.ts';

const NOW = new Date('2026-04-15T00:00:00Z');

const step = (status: DealLaneStep['status'], date: string, slug: string): DealLaneStep => ({
  status,
  date,
  articleUrl: `/articles/${slug}/`,
  articleTitle: `Title of ${slug}`,
});

const KAMAZ_JAC: DealLaneInput = {
  id: 'kamaz-jac-moskvich',
  title: 'KAMAZ and JAC: building the Moskvich',
  url: '/deals/#deal-kamaz-jac-moskvich',
  history: [
    step('in-talks', '2022-05-19', 'talks'),
    step('production', '2022-11-23', 'launch'),
    step('production', '2023-09-04', 'moskvich-6'),
  ],
};
const AVTOTOR_KAIYI: DealLaneInput = {
  id: 'avtotor-kaiyi',
  title: 'Avtotor and Kaiyi',
  url: '/deals/#deal-avtotor-kaiyi',
  history: [step('production', '2023-01-30', 'kaiyi-starts'), step('stalled', '2025-11', 'kaiyi-stalls')],
};
const HONGQI: DealLaneInput = {
  id: 'avtodom-hongqi',
  title: 'Avtodom and Hongqi',
  url: '/deals/#deal-avtodom-hongqi',
  history: [step('denied', '2023-09', 'denial'), step('reported', '2024-04-18', 'report')],
};

const day = (d: Date) => d.toISOString().slice(0, 10);

describe('dealLanes', () => {
  const view = dealLanes([KAMAZ_JAC, AVTOTOR_KAIYI, HONGQI], NOW);

  it('draws one lane per deal, in the order given, each titled with a link to the deal', () => {
    expect(view.lanes.map((l) => [l.title, l.url])).toEqual([
      ['KAMAZ and JAC: building the Moskvich', '/deals/#deal-kamaz-jac-moskvich'],
      ['Avtotor and Kaiyi', '/deals/#deal-avtotor-kaiyi'],
      ['Avtodom and Hongqi', '/deals/#deal-avtodom-hongqi'],
    ]);
    const [a, b, c] = view.lanes;
    expect(a!.barY).toBeLessThan(b!.barY);
    expect(b!.barY).toBeLessThan(c!.barY);
  });

  it('draws one segment per status change, from its date to the next change, the last to now', () => {
    expect(view.lanes[1]!.segments.map((s) => [s.text, day(s.start), day(s.end)])).toEqual([
      ['Production', '2023-01-30', '2025-11-01'],
      ['Stalled', '2025-11-01', '2026-04-15'],
    ]);
  });

  it('starts a status known to the month or year on its first day, and keeps its words as precise as the report', () => {
    const segment = view.lanes[2]!.segments[0]!;
    expect(day(segment.start)).toBe('2023-09-01');
    expect(segment.label).toBe('Avtodom and Hongqi: Denied from September 2023, reported in Title of denial');
  });

  it('keeps a repeated status in one segment, the later report a mark of its own linking to it', () => {
    const [talks, production] = view.lanes[0]!.segments;
    expect(view.lanes[0]!.segments).toHaveLength(2);
    expect([talks!.href, production!.href]).toEqual(['/articles/talks/', '/articles/launch/']);
    expect(production!.repeats).toHaveLength(1);
    expect(production!.repeats[0]!.href).toBe('/articles/moskvich-6/');
    expect(production!.repeats[0]!.x).toBeGreaterThan(production!.x);
    expect(production!.repeats[0]!.label).toContain('Production again from 4 September 2023');
  });

  it('labels every segment with the status in words and marks side states, so colour is never the only sign', () => {
    const all = view.lanes.flatMap((l) => l.segments);
    expect(all.map((s) => [s.text, s.side])).toEqual([
      ['In talks', false],
      ['Production', false],
      ['Production', false],
      ['Stalled', true],
      ['Denied', true],
      ['Reported', false],
    ]);
  });

  it('puts a status word inside its segment when it fits, else on a row under the bar without overlapping', () => {
    const narrow = dealLanes(
      [
        {
          ...KAMAZ_JAC,
          history: [step('agreement', '2023-04-05', 'a'), step('production', '2023-04-05', 'b'), step('stalled', '2023-04-06', 'c')],
        },
      ],
      NOW,
    );
    const [agreement, production, stalled] = narrow.lanes[0]!.segments;
    expect(stalled!.inside).toBe(true);
    expect(agreement!.inside || production!.inside).toBe(false);
    expect(agreement!.textY).toBeGreaterThan(narrow.lanes[0]!.barY + narrow.barHeight);
    expect(production!.textY).not.toBe(agreement!.textY);
  });

  it('runs the axis from the first January before the earliest status to now, labelled by year', () => {
    expect(view.ticks.map((t) => t.text)).toEqual(['2022', '2023', '2024', '2025', '2026']);
    expect(view.now.text).toBe('now, April 2026');
    const lastSegment = view.lanes[1]!.segments.at(-1)!;
    expect(lastSegment.x + lastSegment.width).toBeCloseTo(view.now.x, 0);
  });

  it('can start the axis later, cutting earlier segments at the left edge but keeping their dates in words', () => {
    const zil: DealLaneInput = {
      id: 'zil-faw',
      title: 'ZIL and FAW',
      url: '/deals/#deal-zil-faw',
      history: [step('in-talks', '2005', 'zil')],
    };
    const cut = dealLanes([zil, KAMAZ_JAC], NOW, { from: new Date('2022-01-01T00:00:00Z') });
    const segment = cut.lanes[0]!.segments[0]!;
    expect(segment.x).toBe(cut.ticks[0]!.x);
    expect(segment.label).toContain('In talks from 2005');
  });

  it('states how many deals reached production as the title, and every history in the description', () => {
    expect(view.title).toBe('2 of 3 deals had reached production by April 2026');
    expect(dealLanes([HONGQI], NOW).title).toBe('Avtodom and Hongqi: Reported since 18 April 2024');
    expect(dealLanes([HONGQI, { ...HONGQI, id: 'x' }], NOW).title).toBe('None of the 2 deals had reached production by April 2026');
    expect(view.desc).toContain('Avtotor and Kaiyi: Production from 30 January 2023, then Stalled from November 2025.');
  });

  it('gives a deal without a reported status a lane, and says so', () => {
    const empty = dealLanes([{ ...HONGQI, history: [] }], NOW);
    expect(empty.lanes[0]!.segments).toEqual([]);
    expect(empty.title).toBe('Avtodom and Hongqi: no status reported yet');
  });

  it('wraps a long title rather than let it run off the chart', () => {
    const long = dealLanes(
      [{ ...HONGQI, title: 'AGR and Defetoo: Tenet cars, based on Chery models, at the former Volkswagen plant in Kaluga, Russia' }],
      NOW,
    );
    expect(long.lanes[0]!.titleLines.length).toBe(2);
  });
});
