/** The timeline as built: the home page, the year pages, the storylines and the deals, against the content. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareNewestFirst, overlaps, toPartialDate } from '../../src/core/partial-date.ts';
import { HOME_DEAL_LIMIT, HOME_ENTRY_LIMIT } from '../../src/lib/views/home.ts';
import { SCOPE_ENTRY_LIMIT } from '../../src/lib/views/scope.ts';
import { checkedTracker } from '../helpers/fixtures.ts';
import { allPages, exists, page, readText } from '../helpers/dist.ts';

const { tracker: t, content } = checkedTracker();
const { timeline } = t;

/** The entries of a page's timeline, in order: permalink, date, precision and what the date column says. */
function entriesOn(path: string) {
  const $ = page(path);
  return $('[data-timeline-root] .entry, .timeline .entry')
    .map((_, li) => ({
      href: $(li).find('.entry-title a').attr('href')!,
      datetime: $(li).find('.entry-date time').attr('datetime')!,
      precision: $(li).attr('data-precision')!,
      shown: $(li).find('.entry-date').text().trim(),
    }))
    .get();
}

const inOrder = (entries: { datetime: string }[]) => {
  for (let i = 1; i < entries.length; i++) {
    const [a, b] = [toPartialDate(entries[i - 1]!.datetime), toPartialDate(entries[i]!.datetime)];
    expect(compareNewestFirst(a, b), `${a.iso} before ${b.iso}`).toBeLessThanOrEqual(0);
  }
};

describe('the home page', () => {
  const entries = entriesOn('/');
  const $ = page('/');

  it('opens with when the tracker was updated and how much it holds', () => {
    expect($('.updated').text()).toMatch(/^Updated: newest entry \d{1,2} \w+ \d{4}|^Updated: newest entry \w+ \d{4}/);
    expect($('.updated time').first().attr('datetime')).toBe(timeline[0]!.date.iso);
    expect($('.stats').text().replace(/\s+/g, ' ')).toContain(`${timeline.length} entries`);
    expect($('.stats').text().replace(/\s+/g, ' ')).toContain(`${content.deals.size} deals`);
  });

  it('lists the latest entries newest first, an entry known only to the month or year at the end of its period', () => {
    expect(entries).toHaveLength(Math.min(timeline.length, HOME_ENTRY_LIMIT));
    expect(entries.map((e) => e.href)).toEqual(timeline.slice(0, HOME_ENTRY_LIMIT).map((e) => e.url));
    inOrder(entries);
  });

  it('never invents a day: the date column shows the day only when it is known', () => {
    for (const e of entries) {
      expect(e.datetime.length, e.href).toBe({ year: 4, month: 7, day: 10 }[e.precision as 'year']);
      if (e.precision === 'day') expect(e.shown, e.href).toMatch(/^\d{1,2} [A-Z][a-z]{2}$/);
      else expect(e.shown, e.href).toMatch(/^Sometime in /);
    }
  });

  it('links the years it leaves out to their pages', () => {
    const shown = new Set(entries.map((e) => e.datetime.slice(0, 4)));
    for (const year of new Set(timeline.map((e) => String(e.date.year)))) {
      const href = shown.has(year) ? `#${year}` : `/timeline/${year}/`;
      expect($(`#year-jump ~ ul a[href="${href}"]`).length, year).toBe(1);
    }
  });

  it('has unique anchors, and year and month headings', () => {
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of entries) {
      expect($(`h2[id="${e.datetime.slice(0, 4)}"]`).length, e.href).toBe(1);
      if (e.datetime.length > 4) expect($(`h3[id="${e.datetime.slice(0, 7)}"]`).length, e.href).toBe(1);
    }
  });

  it('shows each deal it lists as a status pill, and links to all of them', () => {
    expect($('.deal-pills li').length).toBe(Math.min(content.deals.size, HOME_DEAL_LIMIT));
    expect($('.deal-pills .pill').first().text()).toMatch(/\w/);
    expect($('a[href="/deals/"]').length).toBeGreaterThan(0);
  });

  it('offers filters as links to pages that exist, and a polite live region', () => {
    const filters = $('a[data-filter]')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(filters.length).toBeGreaterThan(3);
    for (const href of filters) expect(exists(href), href).toBe(true);
    expect($('#filter-status').attr('role')).toBe('status');
  });

  it('runs with small external scripts only: at most 3 KB compressed, nothing inline', () => {
    const scripts = $('script')
      .map((_, s) => ({ src: $(s).attr('src'), type: $(s).attr('type') }))
      .get();
    expect(scripts.filter((s) => !s.src && s.type !== 'application/ld+json')).toEqual([]);
    const bytes = scripts.filter((s) => s.src).reduce((sum, s) => sum + gzipSync(readText(s.src!)).length, 0);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(3 * 1024);
  });
});

describe('one entry per happening', () => {
  it('folds an event dated within its article’s date under that article, and shows every other happening once', () => {
    const keys = timeline.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [slug, { data }] of content.articles) {
      for (const event of data.events) {
        const own = overlaps(toPartialDate(event.date), toPartialDate(data.date));
        const entry = timeline.find((e) => e.key === `event:${event.id}`);
        if (own)
          expect(
            timeline.find((e) => e.key === slug)!.events.map((e) => e.id),
            `${slug} ${event.id}`,
          ).toContain(event.id);
        else if (!timeline.some((e) => e.events.some((f) => f.id === event.id))) expect(entry, event.id).toBeDefined();
      }
    }
  });

  it('gives each happening a link to its anchor in an article that reports it, which exists', () => {
    for (const entry of timeline.filter((e) => e.kind === 'event')) {
      const [path, anchor] = entry.url.split('#');
      expect(page(path!)(`[id="${anchor}"]`).length, entry.url).toBe(1);
    }
  });
});

describe('year pages', () => {
  const years = timeline.map((e) => e.date.year);
  const range = Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i);

  it('hold every entry of their year, and together every entry exactly once', () => {
    const all: string[] = [];
    for (const year of range) {
      const entries = entriesOn(`/timeline/${year}/`);
      for (const e of entries) expect(e.datetime.slice(0, 4)).toBe(String(year));
      inOrder(entries);
      all.push(...entries.map((e) => e.href));
    }
    expect(all.sort()).toEqual(timeline.map((e) => e.url).sort());
  });

  it('exist for every year from the first to the last, an empty one saying so and kept out of search engines', () => {
    for (const year of range) {
      const $ = page(`/timeline/${year}/`);
      const empty = !years.includes(year);
      expect($('meta[name="robots"]').attr('content') === 'noindex', String(year)).toBe(empty);
      if (empty) expect($('.lead').text(), String(year)).toMatch(/Nothing on the timeline/);
    }
    expect(allPages().filter((p) => p.startsWith('/timeline/'))).toHaveLength(range.length);
  });
});

describe('storyline pages', () => {
  it('list every storyline with its span and count', () => {
    expect(page('/storylines/')('main .more-in li')).toHaveLength(content.storylines.size);
  });
  it.each([...content.storylines.keys()])(
    '/storylines/%s/ shows its summary and its latest entries, and every year on a page of its own',
    (id) => {
      const $ = page(`/storylines/${id}/`);
      expect($('.lead').text()).toBe(content.storylines.get(id)!.data.summary);
      const entries = timeline.filter((e) => e.storylines.includes(id));
      expect(entriesOn(`/storylines/${id}/`).map((e) => e.href)).toEqual(entries.slice(0, SCOPE_ENTRY_LIMIT).map((e) => e.url));
      if (entries.length <= SCOPE_ENTRY_LIMIT) {
        expect(allPages().filter((p) => p.startsWith(`/storylines/${id}/2`))).toEqual([]);
        return;
      }
      const years = [...new Set(entries.map((e) => e.date.year))];
      const onYearPages = years.flatMap((year) => entriesOn(`/storylines/${id}/${year}/`).map((e) => e.href));
      expect(onYearPages).toEqual(entries.map((e) => e.url));
    },
  );
});

describe('the deals page', () => {
  const $ = page('/deals/');
  it('opens with a status board: a row per deal with its parties, status and since when', () => {
    expect($('#board ~ table tbody tr')).toHaveLength(content.deals.size);
    for (const [id] of content.deals) expect($(`#board ~ table a[href="#deal-${id}"]`).length, id).toBe(1);
  });
  it('shows each deal’s history, a line per status change saying what changed, when and who reported it', () => {
    for (const [id, deal] of t.deals) {
      const section = $(`section:has(> h2#deal-${id})`);
      expect(section.length, id).toBe(1);
      const lines = section.find('.deal-history li');
      expect(lines.length, id).toBe(deal.history.length);
      lines.each((i, li) => {
        expect($(li).find('time').attr('datetime'), id).toBe(deal.history[i]!.date.iso);
        expect($(li).text(), id).toMatch(/reported by .+ in /);
      });
    }
  });
  it('has the KAMAZ–JAC deal in production, and the Chery–Moscow joint venture not proposed', () => {
    expect($('section:has(> h2#deal-kamaz-jac-moskvich) > p .pill').first().text()).toMatch(/^Production/);
    expect($('section:has(> h2#deal-chery-moscow-moskvich-jv) > p .pill').first().text()).toMatch(/^Not proposed/);
  });
  it('shows, on the timeline, each status change an entry records', () => {
    const home = page('/');
    for (const entry of timeline.slice(0, HOME_ENTRY_LIMIT).filter((e) => e.deals.length)) {
      const li = home(`.entry:has(.entry-title a[href="${entry.url}"])`);
      expect(li.find('.entry-deals a').length, entry.url).toBe(entry.deals.length);
    }
  });
});
