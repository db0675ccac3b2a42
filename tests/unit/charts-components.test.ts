/**
 * The chart components rendered with Astro's Container API on fixed, realistic data: the markup they
 * write (roles, names, one link per mark, no inline styles) and how many bytes it costs a page.
 */
import { gzipSync } from 'node:zlib';
import { load, type CheerioAPI } from 'cheerio';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DealLaneInput } from '../../src/lib/charts/deal-lanes.ts';
import type { ConnectionsInput } from '../../src/lib/charts/connections.ts';
import type { MonthCount } from '../../src/lib/charts/month-bars.ts';
import { measureSeries, type FigureData, type MeasureSeries } from '../../src/lib/charts/series.ts';
import { DEAL_STATUSES } from '../../src/schemas/index.ts';

// The components are .astro files: a Vite server with Astro's plugins compiles them, as a build would.
let server: ViteDevServer;
let container: AstroContainer;
beforeAll(async () => {
  const config = await getViteConfig(
    { logLevel: 'silent', appType: 'custom', server: { middlewareMode: true, hmr: false, ws: false } },
    { configFile: false, logLevel: 'silent', devToolbar: { enabled: false } },
  )({ command: 'serve', mode: 'test' });
  server = await createServer({ ...config, configFile: false });
  container = await AstroContainer.create();
}, 60_000);
afterAll(() => server?.close());

async function render(component: string, props: Record<string, unknown>): Promise<string> {
  const mod = (await server.ssrLoadModule(`/src/components/charts/${component}.astro`)) as {
    default: Parameters<AstroContainer['renderToString']>[0];
  };
  return container.renderToString(mod.default, { props });
}

// Realistic data: the lengths of titles, labels and URLs as the content has them.
const slug = (i: number) => `moskvich-sales-fell-by-a-third-in-2025-as-the-plant-reworked-its-line-up-${i}`;
const title = (i: number) => `Moskvich sales fell by a third in 2025 as the plant reworked its line-up, report ${i} says`;

function salesSeries(points: number): MeasureSeries {
  const figures: FigureData[] = Array.from({ length: points }, (_, i) => ({
    measure: 'moskvich-cars-sold',
    label: `Moskvich cars sold in Russia in ${2016 + i}, per Autostat data cited by Kommersant and Vedomosti`,
    value: 10000 + ((i * 3571) % 9000),
    unit: 'cars',
    basis: i % 4 === 3 ? 'plan' : i % 5 === 4 ? 'forecast' : 'result',
    period: String(2016 + i),
    entity: 'moskvich',
  }));
  const articles = figures.map((f, i) => ({
    url: `/articles/${slug(i)}/`,
    title: title(i),
    date: `${2017 + i}-01-20`,
    outlets: ['Kommersant', 'Autostat'],
    figures: [f],
  }));
  return measureSeries({ measures: new Map([['moskvich-cars-sold', { name: 'Moskvich cars sold', unit: 'cars' }]]), articles })[0]!;
}

const months = (n: number): MonthCount[] =>
  Array.from({ length: n }, (_, i) => {
    const month = `${2022 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
    return { month, count: 1 + ((i * 7) % 9), href: `/timeline/${month.slice(0, 4)}/#${month}` };
  });

const deals = (n: number): DealLaneInput[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `deal-${i}`,
    title: `Avtotor and Partner ${i}: Chinese cars assembled in Kaliningrad`,
    url: `/deals/#deal-deal-${i}`,
    history: Array.from({ length: 2 + (i % 2) }, (_, k) => ({
      status: DEAL_STATUSES[(i + k * 2) % DEAL_STATUSES.length]!,
      date: `${2022 + k}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}`,
      articleUrl: `/articles/${slug(i * 3 + k)}/`,
      articleTitle: title(i * 3 + k),
    })),
  }));

const neighbours = (n: number): ConnectionsInput => ({
  center: { name: 'Chery', url: '/entities/chery/' },
  others: Array.from({ length: n }, (_, i) => ({
    id: `chery-tiggo-${i}`,
    name: `Chery Tiggo ${i} Pro`,
    url: `/entities/chery-tiggo-${i}/`,
    label: ['makes the model', 'owns the brand', 'partner of', 'parent company of'][i % 4]!,
  })),
});

const NOW = new Date('2026-04-15T00:00:00Z');

/** What every chart must be: a named graphic with a description, a view box, and no inline style or script. */
function expectAccessibleSvg($: CheerioAPI) {
  const svg = $('svg');
  expect(svg).toHaveLength(1);
  // An <svg> is a graphics-document already; the role is not written out (html-validate: no-redundant-role).
  expect(svg.attr('role')).toBeUndefined();
  expect(svg.attr('aria-roledescription')).toBe('chart');
  expect(svg.attr('viewBox') ?? svg.attr('viewbox')).toMatch(/^0 0 \d+ \d+$/);
  // The name and the description are the <svg>'s own first <title> and <desc> (SVG-AAM), with ids the scroll box can point at.
  expect(svg.children('title').first().attr('id')).toBeTruthy();
  expect(svg.children('title').first().text().length).toBeGreaterThan(10);
  expect(svg.children('desc').first().text().length).toBeGreaterThan(10);
  expect($('[style]')).toHaveLength(0);
  expect($('script')).toHaveLength(0);
  expect($.html()).not.toMatch(/data-astro-cid|data-astro-source/);
  $('svg a').each((_, a) => expect($(a).attr('href')).toBeTruthy());
}

/** A box that scrolls must be reachable by keyboard and named. */
function expectFocusableScrollBoxes($: CheerioAPI) {
  $('.chart-scroll').each((_, el) => {
    expect($(el).attr('tabindex')).toBe('0');
    expect($(`#${$(el).attr('aria-labelledby')}`)).toHaveLength(1);
  });
}

const sizes: Record<string, { raw: number; gzip: number }> = {};
const measure = (name: string, html: string) => {
  sizes[name] = { raw: Buffer.byteLength(html), gzip: gzipSync(html, { level: 9 }).length };
  return sizes[name];
};
afterAll(() => {
  console.table(sizes);
});

describe('MeasureChart', () => {
  it('renders a figure with the message as heading, the chart and the table, one link per mark', async () => {
    const series = salesSeries(10);
    const html = await render('MeasureChart', { series });
    const $ = load(html);
    expectAccessibleSvg($);
    expectFocusableScrollBoxes($);
    expect($('figure > figcaption > h3').text()).toBe($('svg > title').text());
    const marks = $('svg a');
    expect(marks).toHaveLength(10);
    expect(marks.map((_, a) => $(a).attr('href')).get()).toEqual(series.points.map((p) => p.article.url));
    marks.each((_, a) => expect($(a).attr('aria-label')).toMatch(/^[\d,]+ cars in \d{4}, /));
    expect($('svg circle')).toHaveLength(8);
    expect($('svg path.chart-hollow')).toHaveLength(2);
    expect($('table tbody tr')).toHaveLength(10);
    expect($('table tbody tr').first().find('td').first().text()).toBe('2016');
    expect($('table tbody a').first().attr('href')).toBe(series.points[0]!.article.url);
    const size = measure('measure chart, 10 points', html);
    expect(size.gzip).toBeLessThan(4000);
  });

  it('takes the heading level and an id, so two charts on a page never share an id', async () => {
    const series = salesSeries(3);
    const a = await render('MeasureChart', { series, headingLevel: 2 });
    const b = await render('MeasureChart', { series, id: 'chart-second' });
    expect(load(a)('h2')).toHaveLength(1);
    const ids = [...`${a}${b}`.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says in the table where reports differ, and gives the note', async () => {
    const base = salesSeries(2);
    const disputed = { ...base.points[0]!, value: base.points[0]!.value + 1, note: 'Autostat counts registrations.' };
    const series = {
      ...base,
      points: [base.points[0]!, disputed, base.points[1]!],
      contradictions: [{ basis: 'result' as const, period: '2016', values: [1, 2] }],
    };
    const $ = load(await render('MeasureChart', { series }));
    expect($('tbody tr').eq(1).text()).toContain('Reports differ');
    expect($('tbody tr').eq(1).text()).toContain('Autostat counts registrations.');
  });
});

describe('MonthBars', () => {
  it('renders one link per month with entries, each to its href', async () => {
    const input = months(50);
    const html = await render('MonthBars', { months: input });
    const $ = load(html);
    expectAccessibleSvg($);
    expect(
      $('svg a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(input.map((m) => m.href));
    expect($('svg a rect')).toHaveLength(50);
    const size = measure('month bars, 50 months', html);
    expect(size.gzip).toBeLessThan(2500);
  });
});

describe('DealLanes', () => {
  it('renders a lane per deal with a link per status change, words on every segment', async () => {
    const input = deals(25);
    const html = await render('DealLanes', { deals: input, now: NOW });
    const $ = load(html);
    expectAccessibleSvg($);
    expectFocusableScrollBoxes($);
    const changes = $('svg a[aria-label]');
    const steps = input.flatMap((d) => d.history);
    expect(changes).toHaveLength(steps.length);
    expect(changes.map((_, a) => $(a).attr('href')).get()).toEqual(steps.map((s) => s.articleUrl));
    changes.each((_, a) => expect($(a).find('text').text()).toMatch(/^[A-Z][a-z]+(?: [a-z]+)?$/));
    expect($('svg a[href^="/deals/"]')).toHaveLength(25);
    const size = measure('deal lanes, 25 deals', html);
    expect(size.gzip).toBeLessThan(9000);
  });
});

describe('Connections', () => {
  it('renders the centre and each neighbour as a link, each relation as words', async () => {
    const input = neighbours(12);
    const html = await render('Connections', { ...input });
    const $ = load(html);
    expectAccessibleSvg($);
    expectFocusableScrollBoxes($);
    const hrefs = $('svg a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(hrefs.sort()).toEqual(['/entities/chery/', ...input.others.map((o) => o.url)].sort());
    expect(
      $('svg > text')
        .map((_, t) => $(t).text())
        .get(),
    ).toEqual(expect.arrayContaining(['makes the model', 'partner of']));
    const size = measure('connections, 12 neighbours', html);
    expect(size.gzip).toBeLessThan(2500);
  });
});
