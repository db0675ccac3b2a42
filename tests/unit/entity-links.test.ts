/** The entity-link plugin, on Markdown strings, through Sätteri (the site's Markdown processor). */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriEntityLinks } from '../../src/plugins/entity-links/satteri.ts';

const options = {
  entities: [
    { id: 'kamaz', names: ['KAMAZ', 'Kamaz', 'КАМАЗ'] },
    { id: 'jac', names: ['JAC', 'Anhui Jianghuai Automobile Co.'] },
    { id: 'mac', names: ['Moscow Automobile Company', 'MAC'] },
    { id: 'moscow', names: ['Moscow', 'Москва'] },
    { id: 'moskvich', names: ['Moskvich', 'Moskvitch', 'Москвич'] },
    { id: 'prime-tass', names: ['Prime-Tass'] },
    { id: 'tass', names: ['TASS', 'ТАСС'] },
  ],
  href: (id: string) => `/e/${id}/`,
};

const render = (md: string) => markdownToHtml(md, { mdastPlugins: [satteriEntityLinks(options)] }).html.trim();

const link = (id: string, text: string) => `<a href="/e/${id}/" class="entity-link">${text}</a>`;
const ru = (text: string) => `<span lang="ru">${text}</span>`;

describe('entity links', () => {
  it('links the first mention of each entity only', () => {
    expect(render('KAMAZ met JAC. KAMAZ and JAC agreed.')).toBe(
      `<p>${link('kamaz', 'KAMAZ')} met ${link('jac', 'JAC')}. KAMAZ and JAC agreed.</p>`,
    );
  });

  it('counts any alias, Latin or Cyrillic, as a mention, and marks Cyrillic as Russian', () => {
    expect(render('КАМАЗ builds trucks; Kamaz is the same company.')).toBe(
      `<p>${link('kamaz', ru('КАМАЗ'))} builds trucks; Kamaz is the same company.</p>`,
    );
  });

  it('uses Unicode word boundaries, so an alias inside a longer word never matches', () => {
    expect(render('Москвичка, «Москвич».')).toBe(`<p>${ru('Москвичка')}, «${link('moskvich', ru('Москвич'))}».</p>`);
    expect(render('Moskvitches and Moskvitch.')).toBe(`<p>Moskvitches and ${link('moskvich', 'Moskvitch')}.</p>`);
  });

  it('matches short acronyms case-sensitively, so ordinary words never do', () => {
    expect(render('A mac, a Mac, a jacket, then MAC.')).toBe(`<p>A mac, a Mac, a jacket, then ${link('mac', 'MAC')}.</p>`);
  });

  it('prefers the longest alias', () => {
    expect(render('The Moscow Automobile Company, in Moscow.')).toBe(
      `<p>The ${link('mac', 'Moscow Automobile Company')}, in ${link('moscow', 'Moscow')}.</p>`,
    );
    expect(render('Prime-Tass cited TASS.')).toBe(`<p>${link('prime-tass', 'Prime-Tass')} cited ${link('tass', 'TASS')}.</p>`);
  });

  it('takes aliases with punctuation literally', () => {
    expect(render('Anhui Jianghuai Automobile Co. and AnhuiXJianghuai.')).toBe(
      `<p>${link('jac', 'Anhui Jianghuai Automobile Co.')} and AnhuiXJianghuai.</p>`,
    );
  });

  it('never links inside links, headings or code, and the first real mention still gets the link', () => {
    const html = render('# KAMAZ in Москва\n\nSee [KAMAZ news](https://example.com) and `KAMAZ`.\n\n```\nKAMAZ\n```\n\nThen KAMAZ.');
    expect(html).toContain(`<h1>KAMAZ in ${ru('Москва')}</h1>`);
    expect(html).toContain('<a href="https://example.com">KAMAZ news</a>');
    expect(html).toContain('<code>KAMAZ</code>');
    expect(html).toContain(`<p>Then ${link('kamaz', 'KAMAZ')}.</p>`);
  });

  it('links inside emphasis but not inside emphasis that is already a link', () => {
    expect(render('*Kamaz* works with [*JAC*](https://x.example) and JAC.')).toBe(
      `<p><em>${link('kamaz', 'Kamaz')}</em> works with <a href="https://x.example"><em>JAC</em></a> and ${link('jac', 'JAC')}.</p>`,
    );
  });

  it('links in lists and table cells', () => {
    const html = render('- KAMAZ\n\n| who |\n| --- |\n| JAC |\n');
    expect(html).toContain(link('kamaz', 'KAMAZ'));
    expect(html).toContain(`<td>${link('jac', 'JAC')}</td>`);
  });

  it('starts afresh in every document', () => {
    expect(render('KAMAZ.')).toBe(`<p>${link('kamaz', 'KAMAZ')}.</p>`);
    expect(render('KAMAZ.')).toBe(`<p>${link('kamaz', 'KAMAZ')}.</p>`);
  });

  it('does not link an entity to itself on its own profile', () => {
    const md = 'KAMAZ works with JAC.';
    const { html } = markdownToHtml(md, {
      mdastPlugins: [satteriEntityLinks(options)],
      fileURL: new URL('file:///site/content/entities/kamaz.md'),
    });
    expect(html.trim()).toBe(`<p>KAMAZ works with ${link('jac', 'JAC')}.</p>`);
  });

  it('leaves text without mentions untouched', () => {
    expect(render('Nothing to see here.')).toBe('<p>Nothing to see here.</p>');
  });
});
