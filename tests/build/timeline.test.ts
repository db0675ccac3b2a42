import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { HOME_ENTRY_LIMIT } from '../../src/lib/constants.ts';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { compareNewestFirst, toPartialDate } from '../../src/core/partial-date.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { buildTimeline, groupByYearAndMonth, sortArticles } from '../../src/lib/timeline.ts';
import { ROOT } from '../helpers/fixtures.ts';
import { exists, page, readText } from '../helpers/dist.ts';

const { content } = checkContent(readContentDir(`${ROOT}/content`, ROOT));
const timeline = buildTimeline(sortArticles([...content.articles].map(([slug, { data }]) => ({ slug, data }))));
const years = groupByYearAndMonth(timeline);

/** The permalinks of the entries on a page, in order, with their dates. */
function entriesOn(path: string) {
  const $ = page(path);
  return $('[data-timeline-root] .entry')
    .map((_, li) => ({ href: $(li).find('.entry-title a').attr('href')!, datetime: $(li).find('time').first().attr('datetime')! }))
    .get();
}

describe('the home timeline', () => {
  const entries = entriesOn('/');

  it('lists the latest entries newest first, mixed precisions in order', () => {
    expect(entries.length).toBe(Math.min(timeline.length, HOME_ENTRY_LIMIT));
    for (let i = 1; i < entries.length; i++) {
      expect(
        compareNewestFirst(toPartialDate(entries[i - 1]!.datetime), toPartialDate(entries[i]!.datetime)),
        `${entries[i - 1]!.datetime} before ${entries[i]!.datetime}`,
      ).toBeLessThanOrEqual(0);
    }
  });

  it('shows every article and every event exactly once (the whole story fits on the home page)', () => {
    expect(timeline.length).toBeLessThanOrEqual(HOME_ENTRY_LIMIT);
    expect(entries.map((e) => e.href).sort()).toEqual(timeline.map((e) => e.url).sort());
    expect(new Set(entries.map((e) => e.href)).size).toBe(entries.length);
  });

  it('tells the story from ZIL and FAW in 2005 to the plant launch in 2022 and Manturov in 2024', () => {
    const hrefs = entries.map((e) => e.href);
    const zil = hrefs.indexOf('/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/');
    const launch = hrefs.indexOf('/articles/moskvich-production-launched-at-former-renault-plant/');
    const manturov = hrefs.indexOf('/articles/manturov-pins-car-industry-revival-on-chinese-joint-production/');
    expect(manturov).toBeGreaterThanOrEqual(0);
    expect(manturov).toBeLessThan(launch);
    expect(launch).toBeLessThan(zil);
  });

  it('has unique anchors, year and month headings, and a year index that links to them', () => {
    const $ = page('/');
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    for (const year of years) {
      expect($(`[id="${year.id}"]`).is('h2'), year.id).toBe(true);
      for (const month of year.months) expect($(`[id="${month.id}"]`).is('h3'), month.id).toBe(true);
      expect($(`.year-index a[href="#${year.id}"]`).length, `index → #${year.id}`).toBe(1);
    }
  });

  it('marks entries known only to the month or year, without inventing a day', () => {
    const $ = page('/');
    $('[data-timeline-root] .entry').each((_, li) => {
      const time = $(li).find('time').first();
      const precision = time.attr('data-precision');
      expect(time.attr('datetime')!.length).toBe({ year: 4, month: 7, day: 10 }[precision as 'year']);
      if (precision !== 'day') expect($(li).find('.precision').text()).toContain(`known to the ${precision}`);
    });
  });

  it('gives each event a link to its anchor inside its article, which exists', () => {
    for (const entry of timeline.filter((e) => e.kind === 'event')) {
      const [path, anchor] = entry.url.split('#');
      expect(page(path!)(`[id="${anchor}"]`).length, entry.url).toBe(1);
    }
  });

  it('offers filters as links to pre-rendered pages, and a polite live region', () => {
    const $ = page('/');
    const filters = $('a[data-filter]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(filters.length).toBeGreaterThan(3);
    for (const href of filters) expect(exists(href), href).toBe(true);
    expect($('#filter-status').attr('role')).toBe('status');
  });

  it('filters with one small external script: at most 3 KB compressed, nothing inline', () => {
    const $ = page('/');
    const scripts = $('script')
      .map((_, s) => ({ src: $(s).attr('src'), type: $(s).attr('type') }))
      .get();
    expect(scripts.filter((s) => !s.src && s.type !== 'application/ld+json')).toEqual([]);
    const bytes = scripts.filter((s) => s.src).reduce((sum, s) => sum + gzipSync(readText(s.src!)).length, 0);
    console.log(`timeline filter script: ${bytes} bytes compressed (≤ 3072)`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });

  it('shows where each deal stands', () => {
    const $ = page('/');
    expect($('.deal-summary li')).toHaveLength(content.deals.size);
  });
});

describe('year pages', () => {
  it('hold every entry of their year, and together every entry exactly once', () => {
    const all: string[] = [];
    for (const year of years) {
      const entries = entriesOn(`/timeline/${year.id}/`);
      expect(entries.length, year.id).toBe(year.count);
      for (const e of entries) expect(e.datetime.slice(0, 4)).toBe(year.id);
      all.push(...entries.map((e) => e.href));
    }
    expect(all.sort()).toEqual(timeline.map((e) => e.url).sort());
  });
});

describe('storyline pages', () => {
  it('list every storyline with its span and count', () => {
    const $ = page('/storylines/');
    expect($('main .entry')).toHaveLength(content.storylines.size);
  });
  it.each([...content.storylines.keys()])('/storylines/%s/ shows its summary and its own timeline', (id) => {
    const $ = page(`/storylines/${id}/`);
    expect($('.lead').text()).toBe(content.storylines.get(id)!.data.summary);
    const expected = timeline.filter((e) => e.storylines.includes(id)).map((e) => e.url);
    expect(
      $('.timeline .entry .entry-title a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(expected);
  });
});

describe('the deals page', () => {
  it('shows each deal in its own section with its current status, its source and its history', () => {
    const $ = page('/deals/');
    for (const [id] of content.deals) {
      const section = $(`section:has(> h2#deal-${id})`);
      expect(section.length, id).toBe(1);
      const steps = timeline.flatMap((e) => e.deals.filter((d) => d.deal === id));
      expect(section.find('.deal-history li').length, id).toBe(steps.length);
      if (steps.length) expect(section.find('.status').text()).toBeTruthy();
    }
  });
  it('has the KAMAZ–JAC deal in production, reported by ANSA', () => {
    const section = page('/deals/')('section:has(> h2#deal-kamaz-jac-moskvich)');
    expect(section.find('.status').text()).toBe('Production');
    expect(section.text()).toContain('ANSA');
  });
  it('has the Chery–Moscow joint venture denied', () => {
    expect(page('/deals/')('section:has(> h2#deal-chery-moscow-moskvich-jv) .status').text()).toBe('Denied');
  });
  it('timeline entries that change a deal status show it', () => {
    const $ = page('/');
    const withDeals = timeline.filter((e) => e.deals.length);
    for (const entry of withDeals) {
      const li = $(`.entry:has(.entry-title a[href="${entry.url}"])`);
      expect(li.find('.deal-change a').length, entry.url).toBe(entry.deals.length);
    }
  });
});
