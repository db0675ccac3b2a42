/** Gate: the not-found page, which static hosts serve for any address without a page. */
import { describe, expect, it } from 'vitest';
import { exists, page } from '../helpers/dist.ts';

describe('the 404 page', () => {
  it('is built as dist/404.html', () => {
    expect(exists('/404.html')).toBe(true);
  });

  const $ = exists('/404.html') ? page('/404.html') : undefined;

  it('says the page is not here, in the title and the one h1, and stays out of search engines', () => {
    expect($!('title').text()).toMatch(/not found/i);
    expect($!('h1')).toHaveLength(1);
    expect($!('h1').text()).toMatch(/not found/i);
    expect($!('meta[name="robots"]').attr('content')).toContain('noindex');
    expect($!('main#main').text()).toMatch(/no page at this address/i);
  });

  it('has a labelled search form that sends GET /search/?q=', () => {
    const form = $!('main form[role="search"]');
    expect(form).toHaveLength(1);
    expect(form.attr('action')).toBe('/search/');
    expect((form.attr('method') ?? 'get').toLowerCase()).toBe('get');
    const input = form.find('input[name="q"]');
    expect(input).toHaveLength(1);
    expect(input.attr('type')).toBe('search');
    const id = input.attr('id')!;
    expect(form.find(`label[for="${id}"]`).text().trim()).not.toBe('');
    expect(form.find('button[type="submit"]')).toHaveLength(1);
  });

  it('links to the timeline, the entities index and the deals page', () => {
    const hrefs = $!('main a[href]')
      .map((_, el) => $!(el).attr('href'))
      .get();
    expect(hrefs).toEqual(expect.arrayContaining(['/', '/entities/', '/deals/']));
  });
});
