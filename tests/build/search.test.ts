/** The search page and the header form, as built: they work as plain GET forms before any script. */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { allPages, DIST, page, readText } from '../helpers/dist.ts';
import type { NamesList } from '../../src/lib/search-rank.ts';

describe('the search page', () => {
  it('works as a plain GET form before any script, and says search needs JavaScript', () => {
    const $ = page('/search/');
    expect($('form#search-form').attr('action')).toBe('/search/');
    expect($('form#search-form').attr('method')).toBe('get');
    expect($('#search-needs-js a[href="/"]').length).toBe(1);
    expect($('#search-needs-js a[href="/entities/"]').length).toBe(1);
    expect($('#search-status').attr('role')).toBe('status');
  });

  it('has no second search box in its header', () => {
    expect(page('/search/')('#site-search')).toHaveLength(0);
  });

  it('is reached from every other page header by a GET form to /search/', () => {
    for (const path of ['/', '/entities/kamaz/', '/articles/zil-in-early-talks-to-assemble-faw-trucks-and-buses/']) {
      expect(page(path)('header form[action="/search/"][method="get"] input[name="q"]').length, path).toBe(1);
    }
  });
});

describe('the names list', () => {
  const names = JSON.parse(readText('/search/names.json')) as NamesList;
  it('lists every entity with its spellings, kind and article count, and every storyline', () => {
    const kamaz = names.entities.find((r) => r[0] === 'kamaz')!;
    expect(kamaz[1]).toBe('KAMAZ');
    expect(kamaz[2]).toBe('Company');
    expect(kamaz[3]).toContain('КАМАЗ');
    expect(kamaz[4]).toBeGreaterThan(5);
    expect(names.storylines.map((s) => s[0])).toContain('moskvich-revival');
  });
});

describe('entity pages in the index', () => {
  it('carry their summary and article count for the search card, and their own id as the entity filter', () => {
    const $ = page('/entities/kamaz/');
    expect($('[data-pagefind-meta="summary[value]"]').attr('value')).toMatch(/truck maker/i);
    expect(Number($('[data-pagefind-meta="articles[value]"]').attr('value'))).toBeGreaterThan(5);
    expect($('[data-pagefind-filter="entity[value]"]').attr('value')).toBe('kamaz');
    expect($('[data-pagefind-filter="kind[value]"]').attr('value')).toBe('entity');
  });
});

describe('what the index holds', () => {
  const searchable = allPages().filter((path) => page(path)('[data-pagefind-body]').length > 0);

  it('holds every page that marks its content for search, and those are the pages the index step reads', () => {
    expect(searchable.filter((path) => !/^\/(articles|entities)\/[^/]+\/$/.test(path))).toEqual([]);
    expect(readdirSync(join(DIST, 'pagefind/fragment'))).toHaveLength(searchable.length);
  });
});
