import * as cheerio from 'cheerio';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { headingSlugger, sectionAnchors } from '../../src/plugins/section-anchors.ts';

const render = (md: string) => cheerio.load(markdownToHtml(md, { hastPlugins: [sectionAnchors()] }).html, null, false);

describe('section anchors on an article body', () => {
  it('puts a copy-link control before every h2: a link with a visible "#" and its purpose in hidden text', () => {
    const $ = render('Intro.\n\n## Sales & output\n\nText.\n\n### Detail\n');
    const control = $('a.copy-link');
    expect(control).toHaveLength(1);
    expect(control.attr('href')).toBe('#sales--output');
    expect(control.is('[data-copy-link][data-pagefind-ignore]')).toBe(true);
    expect(control.find('[aria-hidden="true"]').text()).toBe('#');
    expect(control.find('.visually-hidden').text()).toBe('Link to this section: Sales & output');
    expect(control.next().is('h2#sales--output')).toBe(true);
    expect($('h3').attr('id')).toBe('detail');
  });

  it('never gives a body heading one of the page’s own ids or an event anchor', () => {
    const $ = render('## Sources\n\n## Figures\n\n## Sources\n\n## Event: talks begin\n');
    expect(
      $('h2')
        .map((_, h) => $(h).attr('id'))
        .get(),
    ).toEqual(['sources-1', 'figures-1', 'sources-2', 'section-event-talks-begin']);
  });

  it('builds the control from the heading’s text, so markup in a link title stays inert', () => {
    const $ = render('## Plans [x](https://e.com "X>Y<img src=x onerror=alert(1)>") Москва\n');
    expect($('img')).toHaveLength(0);
    expect($('[onerror]')).toHaveLength(0);
    expect($('a.copy-link .visually-hidden').text()).toBe('Link to this section: Plans x Москва');
    expect($('a.copy-link [lang="ru"]').text()).toBe('Москва');
    expect($('h2 a').attr('title')).toBe('X>Y<img src=x onerror=alert(1)>');
  });

  it('starts afresh for each document', () => {
    const a = headingSlugger([]);
    const b = headingSlugger([]);
    expect([a('Plans'), a('Plans'), b('Plans')]).toEqual(['plans', 'plans-1', 'plans']);
  });
});

describe('headings that look like timeline anchors', () => {
  it('never take a year’s or a month’s id (#2022, #2022-06)', () => {
    const slug = headingSlugger([]);
    expect([slug('2022'), slug('2022-06'), slug('2022 plans')]).toEqual(['section-2022', 'section-2022-06', '2022-plans']);
  });
});
