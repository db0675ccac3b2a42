/**
 * The charts as built, against the content: every measure reported twice or more drawn with one mark
 * and one table row per figure, each linking to its article; the deals on a time axis, a segment or a
 * repeat mark per reported status; the month bars pointing at months that exist; the connections of
 * every entity with three or more relations.
 */
import { describe, expect, it } from 'vitest';
import { articleUrl, measureUrl } from '../../src/lib/urls.ts';
import { checkedTracker } from '../helpers/fixtures.ts';
import { exists, page } from '../helpers/dist.ts';

const { content } = checkedTracker();
const articles = [...content.articles];

/** Every figure of each measure, as the URL of the article reporting it (once per figure). */
const figuresByMeasure = new Map<string, string[]>();
for (const [slug, { data }] of articles) {
  for (const f of data.figures ?? []) figuresByMeasure.set(f.measure, [...(figuresByMeasure.get(f.measure) ?? []), articleUrl(slug)]);
}
const charted = [...figuresByMeasure].filter(([, urls]) => urls.length >= 2);
const sorted = (xs: string[]) => [...xs].sort();

describe('the numbers', () => {
  it('has measures reported more than once to chart', () => {
    expect(charted.length).toBeGreaterThan(3);
  });

  it.each(charted)('/figures/%s/ draws each figure once, on the chart and in the table, linked to its article', (id, urls) => {
    expect(exists(measureUrl(id)), measureUrl(id)).toBe(true);
    const $ = page(measureUrl(id));
    const figure = $('main figure.chart-figure');
    expect(figure).toHaveLength(1);
    const marks = figure.find('svg.chart-measure a[aria-label]');
    expect(sorted(marks.map((_, a) => $(a).attr('href')).get())).toEqual(sorted(urls));
    marks.each((_, a) => void expect($(a).attr('aria-label')!.trim()).not.toBe(''));
    const rows = figure.find('table.chart-table tbody tr');
    expect(sorted(rows.map((_, tr) => $(tr).find('td:last-child a').attr('href')).get())).toEqual(sorted(urls));
  });

  it('lists every charted measure on /figures/ with a link to its page', () => {
    const $ = page('/figures/');
    const listed = $('#measures')
      .parent()
      .find('li > a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(sorted(listed)).toEqual(sorted(charted.map(([id]) => measureUrl(id))));
  });
});

describe('the deals on a time axis (/deals/)', () => {
  const $ = page('/deals/');
  const lanes = $('svg.chart-lanes');
  const changes = articles.flatMap(([slug, { data }]) => (data.deals ?? []).map((d) => ({ deal: d.deal, url: articleUrl(slug) })));

  it('has a lane for every deal with a reported status, linked to the deal', () => {
    const dealsWithStatus = new Set(changes.map((c) => c.deal));
    const titles = lanes
      .find('a:has(> text.chart-lane-title)')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(titles).toHaveLength(dealsWithStatus.size);
  });

  it('draws every reported status change as a segment labelled in words, or a repeat mark, linked to its article', () => {
    const segments = lanes.find('a:has(> rect.chart-seg)');
    const repeats = lanes.find('a:has(> circle.chart-repeat)');
    segments.each((_, a) => void expect($(a).find('text').text().trim(), $(a).attr('aria-label')).not.toBe(''));
    const hrefs = [...segments.get(), ...repeats.get()].map((a) => $(a).attr('href')!.replace(/#.*$/, ''));
    expect(sorted(hrefs)).toEqual(sorted(changes.map((c) => c.url)));
  });
});

describe('the month bars', () => {
  it.each(['/', '/timeline/2023/'])('on %s, each bar links to a month heading on the page or to a year page', (path) => {
    const $ = page(path);
    const bars = $('svg.chart-months a[href]');
    expect(bars.length).toBeGreaterThan(0);
    bars.each((_, a) => {
      const href = $(a).attr('href')!;
      if (href.startsWith('#')) expect($(`[id="${href.slice(1)}"]`), href).toHaveLength(1);
      else expect(exists(href), href).toBe(true);
    });
  });
});

describe('the connections', () => {
  const entities = [...content.entities];
  const related = new Map<string, Set<string>>(entities.map(([id]) => [id, new Set<string>()]));
  // A relation is drawn on both its ends, and so is a person's affiliation.
  for (const [id, { data }] of entities) {
    for (const other of [...(data.relations ?? []).map((r) => r.entity), ...(data.affiliation ? [data.affiliation] : [])]) {
      related.get(id)!.add(other);
      related.get(other)!.add(id);
    }
  }
  const connected = [...related].filter(([, others]) => others.size >= 3);

  it('has entities with three or more relations', () => {
    expect(connected.length).toBeGreaterThan(3);
  });

  it.each(connected)('/entities/%s/ draws its connections, each related entity a link', (id, others) => {
    const $ = page(`/entities/${id}/`);
    const chart = $('svg.chart-connections');
    expect(chart).toHaveLength(1);
    expect(chart.find('a.chart-center').attr('href')).toBe(`/entities/${id}/`);
    const linked = chart
      .find('a:not(.chart-center)')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(sorted(linked)).toEqual(sorted([...others].map((o) => `/entities/${o}/`)));
  });
});
