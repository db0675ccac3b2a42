/** The entity-link plugins, on Markdown strings, through both pipelines: remark (unified) and Sätteri. */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkEntityLinks } from '../../src/plugins/entity-links/remark.ts';
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

const pipelines = {
  remark: async (md: string) =>
    String(
      await unified().use(remarkParse).use(remarkGfm).use(remarkEntityLinks, options).use(remarkRehype).use(rehypeStringify).process(md),
    ).trim(),
  satteri: async (md: string) => markdownToHtml(md, { mdastPlugins: [satteriEntityLinks(options)] }).html.trim(),
};

const link = (id: string, text: string) => `<a href="/e/${id}/" class="entity-link">${text}</a>`;
const ru = (text: string) => `<span lang="ru">${text}</span>`;

describe.each(Object.entries(pipelines))('entity links through %s', (_, render) => {
  it('links the first mention of each entity only', async () => {
    expect(await render('KAMAZ met JAC. KAMAZ and JAC agreed.')).toBe(
      `<p>${link('kamaz', 'KAMAZ')} met ${link('jac', 'JAC')}. KAMAZ and JAC agreed.</p>`,
    );
  });

  it('counts any alias, Latin or Cyrillic, as a mention, and marks Cyrillic as Russian', async () => {
    expect(await render('КАМАЗ builds trucks; Kamaz is the same company.')).toBe(
      `<p>${link('kamaz', ru('КАМАЗ'))} builds trucks; Kamaz is the same company.</p>`,
    );
  });

  it('uses Unicode word boundaries, so an alias inside a longer word never matches', async () => {
    expect(await render('Москвичка, «Москвич».')).toBe(`<p>${ru('Москвичка')}, «${link('moskvich', ru('Москвич'))}».</p>`);
    expect(await render('Moskvitches and Moskvitch.')).toBe(`<p>Moskvitches and ${link('moskvich', 'Moskvitch')}.</p>`);
  });

  it('matches short acronyms case-sensitively, so ordinary words never do', async () => {
    expect(await render('A mac, a Mac, a jacket, then MAC.')).toBe(`<p>A mac, a Mac, a jacket, then ${link('mac', 'MAC')}.</p>`);
  });

  it('prefers the longest alias', async () => {
    expect(await render('The Moscow Automobile Company, in Moscow.')).toBe(
      `<p>The ${link('mac', 'Moscow Automobile Company')}, in ${link('moscow', 'Moscow')}.</p>`,
    );
    expect(await render('Prime-Tass cited TASS.')).toBe(`<p>${link('prime-tass', 'Prime-Tass')} cited ${link('tass', 'TASS')}.</p>`);
  });

  it('takes aliases with punctuation literally', async () => {
    expect(await render('Anhui Jianghuai Automobile Co. and AnhuiXJianghuai.')).toBe(
      `<p>${link('jac', 'Anhui Jianghuai Automobile Co.')} and AnhuiXJianghuai.</p>`,
    );
  });

  it('never links inside links, headings or code, and the first real mention still gets the link', async () => {
    const html = await render('# KAMAZ in Москва\n\nSee [KAMAZ news](https://example.com) and `KAMAZ`.\n\n```\nKAMAZ\n```\n\nThen KAMAZ.');
    expect(html).toContain(`<h1>KAMAZ in ${ru('Москва')}</h1>`);
    expect(html).toContain('<a href="https://example.com">KAMAZ news</a>');
    expect(html).toContain('<code>KAMAZ</code>');
    expect(html).toContain(`<p>Then ${link('kamaz', 'KAMAZ')}.</p>`);
  });

  it('links inside emphasis but not inside emphasis that is already a link', async () => {
    expect(await render('*Kamaz* works with [*JAC*](https://x.example) and JAC.')).toBe(
      `<p><em>${link('kamaz', 'Kamaz')}</em> works with <a href="https://x.example"><em>JAC</em></a> and ${link('jac', 'JAC')}.</p>`,
    );
  });

  it('links in lists and table cells', async () => {
    const html = await render('- KAMAZ\n\n| who |\n| --- |\n| JAC |\n');
    expect(html).toContain(link('kamaz', 'KAMAZ'));
    expect(html).toContain(`<td>${link('jac', 'JAC')}</td>`);
  });

  it('starts afresh in every document', async () => {
    expect(await render('KAMAZ.')).toBe(`<p>${link('kamaz', 'KAMAZ')}.</p>`);
    expect(await render('KAMAZ.')).toBe(`<p>${link('kamaz', 'KAMAZ')}.</p>`);
  });

  it('does not link an entity to itself on its own profile', async () => {
    const md = 'KAMAZ works with JAC.';
    const html =
      render === pipelines.satteri
        ? markdownToHtml(md, {
            mdastPlugins: [satteriEntityLinks(options)],
            fileURL: new URL('file:///site/content/entities/kamaz.md'),
          }).html.trim()
        : String(
            await unified()
              .use(remarkParse)
              .use(remarkEntityLinks, options)
              .use(remarkRehype)
              .use(rehypeStringify)
              .process({ value: md, path: '/site/content/entities/kamaz.md' }),
          ).trim();
    expect(html).toBe(`<p>KAMAZ works with ${link('jac', 'JAC')}.</p>`);
  });

  it('leaves text without mentions untouched', async () => {
    expect(await render('Nothing to see here.')).toBe('<p>Nothing to see here.</p>');
  });
});
