import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { addSectionLinks, copyLinkHtml, htmlText } from '../../src/lib/section-links.ts';

describe('copy-link controls', () => {
  it('is a plain link with a visible "#" and its purpose in visually hidden text', () => {
    const $ = cheerio.load(copyLinkHtml('#sources', 'Link to this section: Sources & notes'), null, false);
    const a = $('a');
    expect(a.attr('href')).toBe('#sources');
    expect(a.attr('class')).toBe('copy-link');
    expect(a.is('[data-copy-link]')).toBe(true);
    expect(a.find('[aria-hidden="true"]').text()).toBe('#');
    expect(a.find('.visually-hidden').text()).toBe('Link to this section: Sources & notes');
  });

  it('marks Cyrillic in the label as Russian', () => {
    const $ = cheerio.load(copyLinkHtml('#x', 'Link to this section: Москвич plans'), null, false);
    expect($('.visually-hidden [lang="ru"]').text()).toBe('Москвич');
  });

  it('goes before every h2 with an id, leaving the heading and what follows it untouched', () => {
    const html = '<p>x</p><h2 id="a">Alpha <a href="/e/">KAMAZ</a> &amp; co</h2><table></table><h2>No id</h2><h2 class="c" id="b">Beta</h2><h3 id="c">C</h3>';
    const $ = cheerio.load(addSectionLinks(html), null, false);
    expect($('a.copy-link').map((_, a) => $(a).attr('href')).get()).toEqual(['#a', '#b']);
    expect($('a.copy-link').first().next().is('h2#a')).toBe(true);
    expect($('#a + table')).toHaveLength(1);
    expect($('h2#a').text()).toBe('Alpha KAMAZ & co');
    expect($('a.copy-link .visually-hidden').first().text()).toBe('Link to this section: Alpha KAMAZ & co');
    expect($('a.copy-link a')).toHaveLength(0);
  });

  it('takes the text of HTML', () => {
    expect(htmlText('<span lang="ru">Москва</span>\n  and <b>more</b> ')).toBe('Москва and more');
  });
});
