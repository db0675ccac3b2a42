import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../src/schemas/index.ts';
import { entityJsonLd, entityRef, jsonLdHtml, latestDate, newsArticleJsonLd, SCHEMA_TYPES } from '../../src/lib/structured-data.ts';

const SITE = { name: 'Moskvich Tracker', url: 'https://tracker.example/' };
const url = 'https://tracker.example/articles/x/';

const article = (over: Partial<Parameters<typeof newsArticleJsonLd>[0]> = {}) =>
  newsArticleJsonLd(
    {
      url,
      title: 'KAMAZ and JAC in talks',
      summary: 'A summary.',
      date: '2022-06',
      updates: [],
      image: 'https://tracker.example/cards/articles/x.png',
      storylines: ['The revival', 'Chinese partners'],
      entities: [
        { kind: 'company', name: 'KAMAZ', url: 'https://tracker.example/entities/kamaz/' },
        { kind: 'person', name: 'Sergei Sobyanin', url: 'https://tracker.example/entities/sergei-sobyanin/' },
      ],
      sources: [{ title: 'Source headline', url: 'https://example.com/a', date: '2022-06-01', language: 'ru', outlet: 'Vedomosti' }],
      ...over,
    },
    SITE,
  );

describe('NewsArticle', () => {
  it('has the headline, description, URL, image and publisher', () => {
    expect(article()).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'KAMAZ and JAC in talks',
      description: 'A summary.',
      url,
      mainEntityOfPage: url,
      image: ['https://tracker.example/cards/articles/x.png'],
      publisher: { '@type': 'Organization', name: 'Moskvich Tracker', url: 'https://tracker.example/' },
      articleSection: ['The revival', 'Chinese partners'],
    });
  });

  it('keeps the publication date exactly as precise as known', () => {
    expect(article().datePublished).toBe('2022-06');
    expect(article({ date: '2005' }).datePublished).toBe('2005');
    expect(article({ date: '2022-05-19' }).datePublished).toBe('2022-05-19');
  });

  it('dates the modification from the latest update, and only when there is one', () => {
    expect(article()).not.toHaveProperty('dateModified');
    expect(article({ updates: [{ date: '2022-07' }, { date: '2022-08-02' }] }).dateModified).toBe('2022-08-02');
    // The site's order for partial dates: a date known only to the month sits after that month's days.
    expect(article({ updates: [{ date: '2022-08' }, { date: '2022-08-02' }, { date: '2021-09' }] }).dateModified).toBe('2022-08-02');
    expect(article({ updates: [{ date: '2022-08' }, { date: '2022-07-31' }] }).dateModified).toBe('2022-08');
  });

  it('is about the entities, typed by kind, and cites the sources', () => {
    expect(article().about).toEqual([
      { '@type': 'Organization', name: 'KAMAZ', url: 'https://tracker.example/entities/kamaz/' },
      { '@type': 'Person', name: 'Sergei Sobyanin', url: 'https://tracker.example/entities/sergei-sobyanin/' },
    ]);
    expect(article().citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: 'Source headline',
        url: 'https://example.com/a',
        datePublished: '2022-06-01',
        inLanguage: 'ru',
        publisher: { '@type': 'NewsMediaOrganization', name: 'Vedomosti' },
      },
    ]);
  });
});

describe('entities', () => {
  it('has a schema.org type for every kind of entity', () => {
    for (const kind of ENTITY_KINDS) expect(SCHEMA_TYPES[kind], kind).toMatch(/^[A-Z][A-Za-z]+$/);
    expect(SCHEMA_TYPES).toMatchObject({
      company: 'Organization',
      person: 'Person',
      brand: 'Brand',
      place: 'Place',
      model: 'Product',
      event: 'Event',
      government: 'GovernmentOrganization',
      media: 'NewsMediaOrganization',
    });
  });

  it('describes an organisation with its aliases and country', () => {
    const ld = entityJsonLd({
      kind: 'company',
      name: 'KAMAZ',
      url: 'https://tracker.example/entities/kamaz/',
      summary: 'A truck maker.',
      aliases: ['Kamaz', 'КАМАЗ'],
      image: 'https://tracker.example/cards/entities/kamaz.png',
      country: 'RU',
    });
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'KAMAZ',
      description: 'A truck maker.',
      url: 'https://tracker.example/entities/kamaz/',
      mainEntityOfPage: 'https://tracker.example/entities/kamaz/',
      image: 'https://tracker.example/cards/entities/kamaz.png',
      alternateName: ['Kamaz', 'КАМАЗ'],
      address: { '@type': 'PostalAddress', addressCountry: 'RU' },
    });
  });

  it('describes a person with their role and affiliation, and no address', () => {
    const ld = entityJsonLd({
      kind: 'person',
      name: 'Sergey Kogogin',
      url: 'https://tracker.example/entities/sergey-kogogin/',
      summary: 'Head of KAMAZ.',
      aliases: [],
      image: 'https://tracker.example/cards/entities/sergey-kogogin.png',
      country: 'RU',
      role: 'Chief executive of KAMAZ',
      affiliation: { kind: 'company', name: 'KAMAZ', url: 'https://tracker.example/entities/kamaz/' },
    });
    expect(ld['@type']).toBe('Person');
    expect(ld.jobTitle).toBe('Chief executive of KAMAZ');
    expect(ld.affiliation).toEqual(entityRef({ kind: 'company', name: 'KAMAZ', url: 'https://tracker.example/entities/kamaz/' }));
    expect(ld).not.toHaveProperty('address');
    expect(ld).not.toHaveProperty('alternateName');
  });
});

describe('helpers', () => {
  it('finds the latest partial date', () => {
    expect(latestDate([])).toBeUndefined();
    expect(latestDate(['2005', '2022-05-19', '2022-04'])).toBe('2022-05-19');
    expect(latestDate(['2022-05', '2022-05-19'])).toBe('2022-05-19');
    expect(latestDate(['2022', '2022-01-01'])).toBe('2022-01-01');
    expect(latestDate(['2022', '2021-12-31'])).toBe('2022');
    expect(latestDate(['2022-05'])).toBe('2022-05');
  });

  it('writes JSON that cannot close its script element', () => {
    const html = jsonLdHtml({ '@type': 'Thing', name: '</script><script>alert(1)</script><!--' });
    expect(html).not.toContain('<');
    expect(JSON.parse(html)).toEqual({ '@type': 'Thing', name: '</script><script>alert(1)</script><!--' });
  });
});
