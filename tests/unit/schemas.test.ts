import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import {
  ARTICLE_KINDS,
  articleSchema,
  DEAL_STATUSES,
  dealChangeSchema,
  dealSchema,
  ENTITY_KINDS,
  entitySchema,
  eventSchema,
  expected,
  figureSchema,
  ID_PATTERN,
  idListSchema,
  idSchema,
  partialDateSchema,
  OUTLET_TYPES,
  RELATIONS,
  relationSchema,
  sourceSchema,
  storylineSchema,
  SUMMARY_MAX,
  summarySchema,
  textSchema,
  updateSchema,
  urlProblem,
  textProblem,
  urlSchema,
} from '../../src/schemas/index.ts';

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/** The issues of a failed parse (the test fails if the parse succeeds). */
function issues(schema: z.ZodType, value: unknown): Issue[] {
  const result = schema.safeParse(value);
  expect(result.success, `expected ${JSON.stringify(value)} to be rejected`).toBe(false);
  return (result.error?.issues ?? []) as Issue[];
}

/** The messages of a failed parse. */
const messages = (schema: z.ZodType, value: unknown) => issues(schema, value).map((i) => i.message);

/** The message at one path of a failed parse. */
function messageAt(schema: z.ZodType, value: unknown, path: PropertyKey[]): string[] {
  return issues(schema, value)
    .filter((i) => JSON.stringify(i.path) === JSON.stringify(path))
    .map((i) => i.message);
}

const DATE_FORMAT = 'must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"';
const QUOTES = 'write the date in quotes, e.g. "2022-05-19", "2022-06" or "2005" (unquoted, YAML turns it into a number or a timestamp)';
const ID_FORMAT = 'must be an id in lowercase ASCII words joined by hyphens, e.g. moscow-city-government';
const URL_MESSAGE = 'must be a full web address starting with https:// or http://';

const SOURCE = { outlet: 'reuters', title: 'KAMAZ in talks with JAC', url: 'https://www.reuters.com/article/kamaz-jac' };

const MINIMAL_ARTICLE = {
  title: 'KAMAZ in talks with JAC over the Moskvich plant',
  summary: 'KAMAZ is in talks with JAC to build cars at the former Renault plant in Moscow.',
  date: '2022-05-19',
  kind: 'report',
  storylines: ['moskvich-revival'],
  entities: ['kamaz', 'jac'],
  sources: [SOURCE],
};

const FIGURE = {
  measure: 'zil-vehicles-sold',
  label: 'Vehicles ZIL sold in 2004',
  value: 14778,
  unit: 'vehicles',
  basis: 'result',
  period: '2004',
  entity: 'zil',
};

const MINIMAL_ENTITY = { name: 'KAMAZ', kind: 'company', summary: 'A Russian maker of lorries based in Naberezhnye Chelny.' };
const MINIMAL_DEAL = {
  title: 'KAMAZ and JAC: building the Moskvich',
  parties: ['kamaz', 'jac'],
  storyline: 'moskvich-revival',
  summary: 'Building JAC cars as Moskvich.',
};
const MINIMAL_STORYLINE = { title: 'The Moskvich revival', summary: 'How the Moskvich brand came back on the former Renault plant.' };

describe('articleSchema', () => {
  it('parses a minimal article and fills every default with an empty list', () => {
    const result = articleSchema.safeParse(MINIMAL_ARTICLE);
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ ...MINIMAL_ARTICLE, figures: [], events: [], deals: [], updates: [], formerSlugs: [] });
  });

  it('keeps a full article as given', () => {
    const full = {
      ...MINIMAL_ARTICLE,
      kind: 'brief',
      sources: [{ ...SOURCE, date: '2022-05-19', language: 'en', via: 'tass' }],
      figures: [FIGURE],
      events: [{ id: 'plant-handed-over', date: '2022-05', text: 'Renault handed the plant to the city.', entities: ['renault'] }],
      deals: [{ deal: 'kamaz-jac', status: 'in-talks', date: '2022-05-19' }],
      updates: [{ date: '2022-05-20', note: 'Corrected the name of the plant.' }],
      formerSlugs: ['kamaz-jac-talks'],
    };
    expect(articleSchema.parse(full)).toEqual(full);
  });

  it('trims the title', () => {
    expect(articleSchema.parse({ ...MINIMAL_ARTICLE, title: '  Spaced  ' }).title).toBe('Spaced');
  });

  it('says "is required" for a missing title', () => {
    const { title: _, ...noTitle } = MINIMAL_ARTICLE;
    expect(issues(articleSchema, noTitle)).toEqual([
      expect.objectContaining({ code: 'invalid_type', path: ['title'], message: 'is required' }),
    ]);
  });

  it('says "is required" for every missing required field', () => {
    const found = issues(articleSchema, {});
    expect(found.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['title', 'is required'],
      ['summary', 'is required'],
      ['date', 'is required'],
      ['kind', 'is required'],
      ['storylines', 'is required'],
      ['entities', 'is required'],
      ['sources', 'is required'],
    ]);
  });

  it('rejects an unknown key with the issue code unrecognized_keys', () => {
    const found = issues(articleSchema, { ...MINIMAL_ARTICLE, titel: 'typo' });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['titel'], path: [] });
  });

  it('rejects an unknown key inside a source too', () => {
    const found = issues(articleSchema, { ...MINIMAL_ARTICLE, sources: [{ ...SOURCE, author: 'x' }] });
    expect(found).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['author'], path: ['sources', 0] })]);
  });

  it('says "must not be empty" for a blank title', () => {
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, title: '   ' }, ['title'])).toEqual(['must not be empty']);
  });

  it('says "must be text" for a title that is not a string', () => {
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, title: 42 }, ['title'])).toEqual(['must be text']);
  });

  it('names the two kinds for an unknown kind', () => {
    expect(ARTICLE_KINDS).toEqual(['report', 'brief']);
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, kind: 'story' }, ['kind'])).toEqual(['must be one of: report, brief']);
  });

  it('needs at least one storyline, entity and source', () => {
    const value = { ...MINIMAL_ARTICLE, storylines: [], entities: [], sources: [] };
    expect(messageAt(articleSchema, value, ['storylines'])).toEqual(['needs at least one storyline id']);
    expect(messageAt(articleSchema, value, ['entities'])).toEqual(['needs at least one entity id']);
    expect(messageAt(articleSchema, value, ['sources'])).toEqual(['needs at least one source']);
  });

  it('says what the list should hold when it is not a list', () => {
    const value = { ...MINIMAL_ARTICLE, storylines: 'moskvich-revival', entities: 'kamaz', sources: 'reuters' };
    expect(messageAt(articleSchema, value, ['storylines'])).toEqual(['must be a list of storyline ids']);
    expect(messageAt(articleSchema, value, ['entities'])).toEqual(['must be a list of entity ids']);
    expect(messageAt(articleSchema, value, ['sources'])).toEqual(['must be a list of sources']);
  });

  it('points at the bad id inside a list', () => {
    expect(issues(articleSchema, { ...MINIMAL_ARTICLE, entities: ['kamaz', 'JAC'] })).toEqual([
      expect.objectContaining({ path: ['entities', 1], message: ID_FORMAT }),
    ]);
  });

  it('points at a bad date', () => {
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, date: new Date('2022-05-19') }, ['date'])).toEqual([QUOTES]);
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, date: '2022-02-30' }, ['date'])).toEqual([
      '"2022-02-30" is not a real date (check the month and the day)',
    ]);
  });

  it('reports every bad field at once', () => {
    const found = issues(articleSchema, { ...MINIMAL_ARTICLE, title: '', kind: 'story', summary: 'x'.repeat(300) });
    expect(found.map((i) => i.path.join('.')).sort()).toEqual(['kind', 'summary', 'title']);
  });

  it('rejects an article that is not an object', () => {
    expect(issues(articleSchema, 'title: x')[0]?.code).toBe('invalid_type');
    expect(issues(articleSchema, null)[0]?.code).toBe('invalid_type');
  });
});

describe('summarySchema', () => {
  it('accepts one or two sentences', () => {
    expect(summarySchema.parse('KAMAZ and JAC agreed.')).toBe('KAMAZ and JAC agreed.');
    expect(summarySchema.parse('KAMAZ and JAC agreed. Production starts in June.')).toBe(
      'KAMAZ and JAC agreed. Production starts in June.',
    );
    expect(summarySchema.parse('Did KAMAZ agree? Yes!')).toBe('Did KAMAZ agree? Yes!');
    expect(summarySchema.parse('No full stop at all')).toBe('No full stop at all');
  });

  it('does not count a full stop inside a number', () => {
    expect(summarySchema.safeParse('Sales rose 1.5 times. The plant made 3.2 thousand cars.').success).toBe(true);
  });

  it('says "must be one or two sentences" for three', () => {
    expect(messages(summarySchema, 'One sentence. Two sentences. Three sentences.')).toEqual(['must be one or two sentences']);
    expect(messages(summarySchema, 'One! Two? Three.')).toEqual(['must be one or two sentences']);
  });

  it('accepts exactly SUMMARY_MAX characters and rejects one more', () => {
    expect(SUMMARY_MAX).toBe(280);
    expect(summarySchema.safeParse('x'.repeat(280)).success).toBe(true);
    expect(messages(summarySchema, 'x'.repeat(281))).toEqual([
      'is 281 characters; it must be at most 280 (it is the meta description and the feed text)',
    ]);
  });

  it('counts the length after trimming', () => {
    expect(summarySchema.safeParse(`  ${'x'.repeat(280)}  `).success).toBe(true);
  });

  it('rejects an empty summary', () => {
    expect(messages(summarySchema, '  ')).toEqual(['must not be empty']);
  });

  // BUG (src/schemas/article.ts, summarySchema): the sentence count treats every "." before a space
  // as a sentence end, so an abbreviation ("St. Petersburg", "Co.", "U.S.") makes a two-sentence
  // summary count as three and be rejected with "must be one or two sentences".
  it('accepts a two-sentence summary that contains an abbreviation such as "St. Petersburg"', () => {
    expect(summarySchema.safeParse('JAC and KAMAZ met in St. Petersburg. Production starts in June.').success).toBe(true);
  });
});

describe('partialDateSchema', () => {
  it('accepts the three precisions', () => {
    expect(partialDateSchema.parse('2005')).toBe('2005');
    expect(partialDateSchema.parse('2022-06')).toBe('2022-06');
    expect(partialDateSchema.parse('2022-05-19')).toBe('2022-05-19');
    expect(partialDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  it('asks for quotes when given a JS Date (an unquoted YAML date)', () => {
    expect(issues(partialDateSchema, new Date('2022-05-19'))).toEqual([expect.objectContaining({ code: 'invalid_type', message: QUOTES })]);
  });

  it('asks for quotes when given a number (an unquoted YAML year)', () => {
    expect(messages(partialDateSchema, 2005)).toEqual([QUOTES]);
  });

  it('says "is required" when missing', () => {
    expect(messages(partialDateSchema, undefined)).toEqual(['is required']);
  });

  it('names the shapes for another type', () => {
    expect(messages(partialDateSchema, true)).toEqual([DATE_FORMAT]);
    expect(messages(partialDateSchema, ['2022'])).toEqual([DATE_FORMAT]);
  });

  it('names the shapes for a malformed date', () => {
    for (const text of ['2022-5', '19 May 2022', '2022/05/19', '22']) {
      expect(messages(partialDateSchema, text)[0], text).toBe(DATE_FORMAT);
    }
  });

  // BUG (src/schemas/fields.ts, partialDateSchema): the format check does not abort, so the
  // "is not a real date" refinement also runs on a malformed date and the editor gets a second,
  // misleading message ("check the month and the day") for "2022-5".
  it('gives a malformed date only the format message', () => {
    expect(messages(partialDateSchema, '2022-5')).toEqual([DATE_FORMAT]);
  });

  it('says an impossible date is not real', () => {
    expect(messages(partialDateSchema, '2022-02-30')).toEqual(['"2022-02-30" is not a real date (check the month and the day)']);
    expect(messages(partialDateSchema, '2023-02-29')).toEqual(['"2023-02-29" is not a real date (check the month and the day)']);
    expect(messages(partialDateSchema, '2022-13')).toEqual(['"2022-13" is not a real date (check the month and the day)']);
    expect(messages(partialDateSchema, '2022-05-00')).toEqual(['"2022-05-00" is not a real date (check the month and the day)']);
  });

  it('rejects a date in the future', () => {
    expect(messages(partialDateSchema, '2999-01-01')).toEqual(['"2999-01-01" is in the future; the tracker records what has happened']);
    expect(messages(partialDateSchema, '2999')).toEqual(['"2999" is in the future; the tracker records what has happened']);
  });

  it('accepts the current year and month (not in the future)', () => {
    const now = new Date();
    const year = String(now.getUTCFullYear());
    const month = `${year}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    expect(partialDateSchema.safeParse(year).success).toBe(true);
    expect(partialDateSchema.safeParse(month).success).toBe(true);
  });
});

describe('idSchema and ID_PATTERN', () => {
  it('accepts lowercase ASCII words joined by single hyphens', () => {
    for (const id of ['kamaz', 'moscow-city-government', 'gaz-3110', '2022', 'a']) expect(idSchema.parse(id)).toBe(id);
  });

  it.each([['Kamaz'], ['KAMAZ'], ['kamaz_jac'], ['kamaz--jac'], ['-kamaz'], ['kamaz-'], ['kamaz jac'], ['камаз'], [''], ['ziл']])(
    'rejects %j with the id message',
    (id) => {
      expect(messages(idSchema, id)).toEqual([ID_FORMAT]);
    },
  );

  it('says it wants text for a non-string and "is required" when missing', () => {
    expect(messages(idSchema, 5)).toEqual(['must be an id written as text, e.g. kamaz']);
    expect(messages(idSchema, undefined)).toEqual(['is required']);
  });

  it('ID_PATTERN is anchored', () => {
    expect(ID_PATTERN.test('ok')).toBe(true);
    expect(ID_PATTERN.test('not ok')).toBe(false);
    expect(ID_PATTERN.test('Ok')).toBe(false);
  });
});

describe('urlSchema', () => {
  it('accepts http and https addresses', () => {
    expect(urlSchema.parse('https://www.reuters.com/article/x')).toBe('https://www.reuters.com/article/x');
    expect(urlSchema.parse('http://tass.ru/ekonomika/1')).toBe('http://tass.ru/ekonomika/1');
  });

  it('rejects an address without a scheme', () => {
    expect(messages(urlSchema, 'www.reuters.com/article/x')).toEqual([URL_MESSAGE]);
  });

  it('rejects another scheme', () => {
    expect(messages(urlSchema, 'ftp://files.example.org/a')).toEqual([URL_MESSAGE]);
    expect(messages(urlSchema, 'javascript:alert(1)')).toEqual([URL_MESSAGE]);
  });

  it('says "is required" when missing and the address message for a non-string', () => {
    expect(messages(urlSchema, undefined)).toEqual(['is required']);
    expect(messages(urlSchema, 42)).toEqual([URL_MESSAGE]);
  });

  it('points at a source url in an article', () => {
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, sources: [{ ...SOURCE, url: 'reuters.com' }] }, ['sources', 0, 'url'])).toEqual([
      URL_MESSAGE,
    ]);
  });
});

describe('textSchema, expected and idListSchema', () => {
  it('trims and rejects empty text', () => {
    expect(textSchema.parse('  a line  ')).toBe('a line');
    expect(messages(textSchema, '')).toEqual(['must not be empty']);
    expect(messages(textSchema, undefined)).toEqual(['is required']);
    expect(messages(textSchema, 3)).toEqual(['must be text']);
  });

  it('expected() says "is required" only for a missing value', () => {
    const message = expected('must be a thing');
    expect(message({ input: undefined })).toBe('is required');
    expect(message({})).toBe('is required');
    expect(message({ input: null })).toBe('must be a thing');
    expect(message({ input: 0 })).toBe('must be a thing');
    expect(message({ input: '' })).toBe('must be a thing');
  });

  it('idListSchema names what it holds', () => {
    const schema = idListSchema('widget');
    expect(schema.parse(['a', 'b-c'])).toEqual(['a', 'b-c']);
    expect(messages(schema, [])).toEqual(['needs at least one widget id']);
    expect(messages(schema, 'a')).toEqual(['must be a list of widget ids']);
    expect(messages(schema, undefined)).toEqual(['is required']);
  });
});

describe('sourceSchema', () => {
  it('parses a minimal source', () => {
    expect(sourceSchema.parse(SOURCE)).toEqual(SOURCE);
  });

  it('accepts language tags and rejects others', () => {
    for (const language of ['en', 'ru', 'zh-Hans', 'en-GB', 'zho'])
      expect(sourceSchema.safeParse({ ...SOURCE, language }).success, language).toBe(true);
    for (const language of ['EN', 'english', 'e', 'ru_RU']) {
      expect(messageAt(sourceSchema, { ...SOURCE, language }, ['language']), language).toEqual(['must be a language tag such as en or ru']);
    }
  });

  it('checks the outlet and via ids and the date', () => {
    expect(messageAt(sourceSchema, { ...SOURCE, outlet: 'Reuters' }, ['outlet'])).toEqual([ID_FORMAT]);
    expect(messageAt(sourceSchema, { ...SOURCE, via: 'TASS' }, ['via'])).toEqual([ID_FORMAT]);
    expect(messageAt(sourceSchema, { ...SOURCE, date: new Date('2022-05-19') }, ['date'])).toEqual([QUOTES]);
  });

  it('needs the outlet, the title and the url', () => {
    const found = issues(sourceSchema, {});
    expect(found.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['outlet', 'is required'],
      ['title', 'is required'],
      ['url', 'is required'],
    ]);
  });
});

describe('figureSchema', () => {
  it('parses a figure', () => {
    expect(figureSchema.parse(FIGURE)).toEqual(FIGURE);
    expect(figureSchema.parse({ ...FIGURE, value: 0.5 }).value).toBe(0.5);
  });

  it('rejects a value written as text such as "14,778"', () => {
    expect(messageAt(figureSchema, { ...FIGURE, value: '14,778' }, ['value'])).toEqual([
      'must be a plain number such as 14778 (no commas or units)',
    ]);
    expect(messageAt(figureSchema, { ...FIGURE, value: '14778' }, ['value'])).toEqual([
      'must be a plain number such as 14778 (no commas or units)',
    ]);
  });

  it('rejects a value YAML reads as infinite or not a number (.inf, .nan)', () => {
    for (const value of [Infinity, -Infinity, NaN]) expect(figureSchema.safeParse({ ...FIGURE, value }).success, String(value)).toBe(false);
  });

  it('says "is required" for a missing value', () => {
    const { value: _, ...noValue } = FIGURE;
    expect(messageAt(figureSchema, noValue, ['value'])).toEqual(['is required']);
  });

  it('points at a figure inside an article', () => {
    expect(messageAt(articleSchema, { ...MINIMAL_ARTICLE, figures: [{ ...FIGURE, value: '14,778' }] }, ['figures', 0, 'value'])).toEqual([
      'must be a plain number such as 14778 (no commas or units)',
    ]);
  });

  it('needs a measure, a basis, a period and an entity id', () => {
    expect(messageAt(figureSchema, { ...FIGURE, measure: 'ZIL sales' }, ['measure'])).toEqual([ID_FORMAT]);
    expect(messageAt(figureSchema, { ...FIGURE, basis: 'target' }, ['basis'])).toEqual([
      'must be one of: result, plan, forecast, capacity',
    ]);
    expect(messageAt(figureSchema, { ...FIGURE, entity: 'ZIL' }, ['entity'])).toEqual([ID_FORMAT]);
    const { period: _, ...noPeriod } = FIGURE;
    expect(messageAt(figureSchema, noPeriod, ['period'])).toEqual(['is required']);
  });

  it('takes a year, a half, a quarter, a month, a day or a span as its period', () => {
    for (const period of ['2023', '2024-H1', '2024-Q3', '2024-04', '2024-04-30', '2022-11/2024-03', '2022-11-23/2023'])
      expect(figureSchema.safeParse({ ...FIGURE, period }).success, period).toBe(true);
    for (const period of ['2024-H3', '2024-Q5', '2024-13', '2023/2022', '2022-11/2023-02-30', 'Q1 2024', '2024/2025/2026'])
      expect(messageAt(figureSchema, { ...FIGURE, period }, ['period'])[0], period).toMatch(/is not a period/);
  });

  it('allows a plan or forecast for a later year, but no result from the future', () => {
    expect(figureSchema.safeParse({ ...FIGURE, basis: 'plan', period: '2999' }).success).toBe(true);
    expect(messageAt(figureSchema, { ...FIGURE, period: '2999' }, ['period'])).toEqual([
      '"2999" has not begun, so it cannot have a result (is the basis plan or forecast?)',
    ]);
  });
});

describe('eventSchema', () => {
  const EVENT = { id: 'plant-handed-over', date: '2022-05', text: 'Renault handed the plant to the city.', entities: ['renault'] };

  it('parses an event', () => {
    expect(eventSchema.parse(EVENT)).toEqual(EVENT);
  });

  it('says "must be one line" for text with a newline', () => {
    expect(issues(eventSchema, { ...EVENT, text: 'Renault handed\nthe plant over.' })).toEqual([
      expect.objectContaining({ code: 'custom', path: ['text'], message: 'must be one line' }),
    ]);
  });

  it('allows a trailing newline, which is trimmed away', () => {
    expect(eventSchema.parse({ ...EVENT, text: 'One line.\n' }).text).toBe('One line.');
  });

  it('checks the id, the date and the entities', () => {
    expect(messageAt(eventSchema, { ...EVENT, id: 'Plant Handed Over' }, ['id'])).toEqual([ID_FORMAT]);
    expect(messageAt(eventSchema, { ...EVENT, date: '2022-5' }, ['date'])[0]).toBe(DATE_FORMAT);
    expect(messageAt(eventSchema, { ...EVENT, entities: [] }, ['entities'])).toEqual(['needs at least one entity id']);
  });
});

describe('dealChangeSchema and updateSchema', () => {
  it('parses a deal change with every status', () => {
    // The ladder comes first, in order: charts shade a status darker the further up it is.
    expect(DEAL_STATUSES.slice(0, 4)).toEqual(['reported', 'in-talks', 'agreement', 'production']);
    for (const status of DEAL_STATUSES) expect(dealChangeSchema.parse({ deal: 'kamaz-jac', status, date: '2022' }).status).toBe(status);
  });

  it('names the statuses for an unknown one', () => {
    expect(messageAt(dealChangeSchema, { deal: 'kamaz-jac', status: 'signed', date: '2022' }, ['status'])).toEqual([
      'must be one of: reported, in-talks, agreement, production, not-proposed, denied, stalled, ended, abandoned',
    ]);
  });

  it('says "is required" for a missing status', () => {
    expect(messageAt(dealChangeSchema, { deal: 'kamaz-jac', date: '2022' }, ['status'])).toEqual(['is required']);
  });

  it('points at a deal change inside an article', () => {
    expect(
      messageAt(articleSchema, { ...MINIMAL_ARTICLE, deals: [{ deal: 'kamaz-jac', status: 'Agreement', date: '2022' }] }, [
        'deals',
        0,
        'status',
      ]),
    ).toEqual(['must be one of: reported, in-talks, agreement, production, not-proposed, denied, stalled, ended, abandoned']);
  });

  it('parses an update and needs its note', () => {
    expect(updateSchema.parse({ date: '2022-05-20', note: 'Fixed a name.' })).toEqual({ date: '2022-05-20', note: 'Fixed a name.' });
    expect(messageAt(updateSchema, { date: '2022-05-20' }, ['note'])).toEqual(['is required']);
  });
});

describe('entitySchema', () => {
  it('parses a minimal entity with empty aliases and relations', () => {
    expect(entitySchema.parse(MINIMAL_ENTITY)).toEqual({ ...MINIMAL_ENTITY, aliases: [], relations: [] });
  });

  it('keeps a full entity', () => {
    const full = {
      name: 'Denis Manturov',
      kind: 'person',
      aliases: ['Денис Мантуров', 'Manturov'],
      summary: 'Russian minister of industry and trade.',
      country: 'RU',
      role: 'Minister of Industry and Trade',
      affiliation: 'russian-government',
      relations: [{ entity: 'russian-government', relation: 'partner-of', from: '2012', to: '2024-05' }],
    };
    expect(entitySchema.parse(full)).toEqual(full);
  });

  it('accepts every kind and names them for an unknown one', () => {
    for (const kind of ENTITY_KINDS) {
      const entity = kind === 'media' ? { ...MINIMAL_ENTITY, kind, outletType: 'news-agency' } : { ...MINIMAL_ENTITY, kind };
      expect(entitySchema.safeParse(entity).success, kind).toBe(true);
    }
    expect(messageAt(entitySchema, { ...MINIMAL_ENTITY, kind: 'carmaker' }, ['kind'])).toEqual([
      'must be one of: company, brand, government, person, media, plant, model, place, event',
    ]);
  });

  it('wants a two-letter capital country code', () => {
    for (const country of ['ru', 'RUS', 'R']) {
      expect(messageAt(entitySchema, { ...MINIMAL_ENTITY, country }, ['country']), country).toEqual([
        'must be a two-letter country code such as RU or CN',
      ]);
    }
    expect(entitySchema.parse({ ...MINIMAL_ENTITY, country: 'CN' }).country).toBe('CN');
  });

  it('caps the summary at 280 characters', () => {
    expect(entitySchema.safeParse({ ...MINIMAL_ENTITY, summary: 'x'.repeat(280) }).success).toBe(true);
    expect(messageAt(entitySchema, { ...MINIMAL_ENTITY, summary: 'x'.repeat(281) }, ['summary'])).toEqual([
      'is 281 characters; it must be at most 280 (it is the meta description)',
    ]);
  });

  it('wants an outlet type on an outlet and nowhere else', () => {
    for (const outletType of OUTLET_TYPES)
      expect(entitySchema.safeParse({ ...MINIMAL_ENTITY, kind: 'media', outletType }).success).toBe(true);
    expect(messageAt(entitySchema, { ...MINIMAL_ENTITY, kind: 'media' }, ['outletType'])[0]).toMatch(/^is required for an outlet/);
    expect(messageAt(entitySchema, { ...MINIMAL_ENTITY, outletType: 'newspaper' }, ['outletType'])).toEqual([
      'is only for outlets (kind media); this entity is a company',
    ]);
  });

  it('rejects an empty alias and an unknown key', () => {
    expect(messageAt(entitySchema, { ...MINIMAL_ENTITY, aliases: ['КАМАЗ', ' '] }, ['aliases', 1])).toEqual(['must not be empty']);
    expect(issues(entitySchema, { ...MINIMAL_ENTITY, alias: ['x'] })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['alias'] }),
    ]);
  });

  it('names the relations for an unknown one', () => {
    expect(
      messageAt(entitySchema, { ...MINIMAL_ENTITY, relations: [{ entity: 'zil', relation: 'owns' }] }, ['relations', 0, 'relation']),
    ).toEqual([`must be one of: ${RELATIONS.join(', ')}`]);
  });
});

describe('relationSchema', () => {
  it('parses a relation with and without dates', () => {
    expect(relationSchema.parse({ entity: 'moscow-automobile-company', relation: 'managed-by' })).toEqual({
      entity: 'moscow-automobile-company',
      relation: 'managed-by',
    });
    expect(relationSchema.parse({ entity: 'x', relation: 'owned-by', from: '2005', to: '2022-05' })).toEqual({
      entity: 'x',
      relation: 'owned-by',
      from: '2005',
      to: '2022-05',
    });
  });

  it('checks the dates', () => {
    expect(messageAt(relationSchema, { entity: 'x', relation: 'owned-by', from: 2005 }, ['from'])).toEqual([QUOTES]);
    expect(messageAt(relationSchema, { entity: 'x', relation: 'owned-by', to: '2022-02-30' }, ['to'])).toEqual([
      '"2022-02-30" is not a real date (check the month and the day)',
    ]);
  });

  it('needs the relation', () => {
    expect(messageAt(relationSchema, { entity: 'x' }, ['relation'])).toEqual(['is required']);
  });
});

describe('dealSchema', () => {
  it('parses a minimal deal', () => {
    expect(dealSchema.parse(MINIMAL_DEAL)).toEqual(MINIMAL_DEAL);
  });

  it('says a deal with one party "needs at least two parties"', () => {
    expect(issues(dealSchema, { ...MINIMAL_DEAL, parties: ['kamaz'] })).toEqual([
      expect.objectContaining({ code: 'too_small', path: ['parties'], message: 'needs at least two parties' }),
    ]);
  });

  it('checks the party ids and the storyline id', () => {
    expect(messageAt(dealSchema, { ...MINIMAL_DEAL, parties: ['kamaz', 'JAC'] }, ['parties', 1])).toEqual([ID_FORMAT]);
    expect(messageAt(dealSchema, { ...MINIMAL_DEAL, storyline: 'Moskvich Revival' }, ['storyline'])).toEqual([ID_FORMAT]);
    expect(messageAt(dealSchema, { ...MINIMAL_DEAL, parties: 'kamaz' }, ['parties'])).toEqual(['must be a list of entity ids']);
  });

  it('caps the summary and rejects unknown keys', () => {
    expect(messageAt(dealSchema, { ...MINIMAL_DEAL, summary: 'x'.repeat(281) }, ['summary'])).toEqual([
      'is 281 characters; it must be at most 280 (it is shown in the deals overview)',
    ]);
    expect(issues(dealSchema, { ...MINIMAL_DEAL, status: 'agreement' })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['status'] }),
    ]);
  });
});

describe('storylineSchema', () => {
  it('parses a minimal storyline', () => {
    expect(storylineSchema.parse(MINIMAL_STORYLINE)).toEqual(MINIMAL_STORYLINE);
  });

  it('needs a title and a summary of at most 280 characters', () => {
    expect(messageAt(storylineSchema, { summary: 'x' }, ['title'])).toEqual(['is required']);
    expect(messageAt(storylineSchema, { ...MINIMAL_STORYLINE, summary: 'x'.repeat(281) }, ['summary'])).toEqual([
      'is 281 characters; it must be at most 280 (it is the meta description)',
    ]);
  });

  it('rejects unknown keys', () => {
    expect(issues(storylineSchema, { ...MINIMAL_STORYLINE, entities: ['kamaz'] })).toEqual([
      expect.objectContaining({ code: 'unrecognized_keys', keys: ['entities'] }),
    ]);
  });
});

describe('safe text: what no text field may hold', () => {
  it.each([
    ['a control character', 'KAMAZ\u0007 talks', /an invisible control character \(U\+0007\)/],
    ['a non-character', 'KAMAZ\uFFFF', /a non-character \(U\+FFFF\)/],
    ['a lone surrogate', 'KAMAZ \uD800', /a broken character \(a lone surrogate\)/],
    ['a bidirectional override', 'KAMAZ \u202E talks', /a bidirectional override \(U\+202E\)/],
    ['nothing but invisible characters', '\u200B\u00AD\u2060', /holds only invisible characters/],
  ])('refuses %s', (_, text, message) => {
    expect(textProblem(text)).toMatch(message);
    expect(messages(textSchema, text)[0]).toMatch(message);
  });

  it('keeps tabs and line breaks, Cyrillic, quotes and dashes', () => {
    for (const text of ['Москвич «3»', 'one\ttwo', 'KAMAZ — JAC', 'a\nb']) expect(textProblem(text), text).toBeUndefined();
  });
});

describe('urlProblem: only well-formed web addresses', () => {
  it.each([
    ['https://e.com/x <h2 id=', /must not contain a space/],
    ['https://e.com/y"onmouseover="x', /must not contain """/],
    ['https://e.com/<script>', /must not contain "<"/],
    ['https://user:secret@e.com/x', /must not contain a user name or password/],
    ['https://localhost/x', /must have a full host name/],
    ['javascript:alert(1)', /starting with https:\/\/ or http:\/\//],
    ['ftp://e.com/file', /starting with https:\/\/ or http:\/\//],
    ['https://e.com/a\u0000b', /a control character/],
  ])('refuses %s', (url, message) => {
    expect(urlProblem(url)).toMatch(message);
  });

  it('stores the parsed address, as a browser would request it', () => {
    expect(urlSchema.parse('https://www.kommersant.ru/doc/123?x=1#a')).toBe('https://www.kommersant.ru/doc/123?x=1#a');
    expect(urlSchema.parse('https://RBC.ru/новости/')).toBe('https://rbc.ru/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/');
  });
});

describe('source titles', () => {
  it('take the headline as published, or null when the page shows none, never nothing at all', () => {
    expect(sourceSchema.parse({ ...SOURCE, title: null }).title).toBeNull();
    const { title: _, ...noTitle } = SOURCE;
    expect(messageAt(sourceSchema, noTitle, ['title'])).toEqual(['is required']);
  });
});

describe('relations', () => {
  it('refuse a "to" before "from"', () => {
    expect(messageAt(relationSchema, { entity: 'x', relation: 'owned-by', from: '2023', to: '2022-05' }, ['to'])).toEqual([
      '"2022-05" is before "from" ("2023")',
    ]);
    expect(relationSchema.safeParse({ entity: 'x', relation: 'owned-by', from: '2022-08', to: '2022' }).success).toBe(true);
  });
});

describe('dates before 1900', () => {
  it('are refused, so a year "0000" never makes /timeline/0/', () => {
    expect(messages(partialDateSchema, '0000')).toEqual(['"0000" is before 1900; check the year']);
    expect(partialDateSchema.parse('1930')).toBe('1930');
  });
});
