import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, closest, findRawHtml, formatPath, formatProblems } from '../../src/lib/content-check.ts';
import { readContentDir } from '../../src/lib/read-content.ts';
import { BAD_FIXTURES, contentWith, removeContentFolders, ROOT } from '../helpers/fixtures.ts';

afterAll(removeContentFolders);

const ARTICLE = 'articles/kamaz-talks-with-jac.md';

/** Each bad fixture, the file the error must name, the field, and words of the message. */
const CASES: [badCase: string, file: string, field: string, message: RegExp][] = [
  ['unknown-entity', ARTICLE, 'entities[3]', /unknown entity "kamazz": there is no entities\/kamazz\.md in the content folder \(did you mean "kamaz"\?\)/],
  ['unknown-storyline', ARTICLE, 'storylines[0]', /unknown storyline "moskvich-revivl".*did you mean "moskvich-revival"/],
  ['unknown-outlet', ARTICLE, 'sources[0].outlet', /unknown outlet "reuters"/],
  ['outlet-not-media', ARTICLE, 'sources[0].outlet', /"kamaz" is a company, not an outlet/],
  ['duplicate-slug', ARTICLE, 'file name', /duplicate slug "kamaz-talks-with-jac": .*articles\/2022\/kamaz-talks-with-jac\.md has it already/],
  ['alias-claimed-twice', 'entities/kamaz.md', 'aliases[0]', /"Kamaz" is already a name or alias of "jac"/],
  ['no-source', ARTICLE, 'sources', /needs at least one source/],
  ['malformed-date', ARTICLE, 'date', /must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"/],
  ['impossible-date', ARTICLE, 'date', /"2022-02-30" is not a real date/],
  ['unquoted-date', ARTICLE, 'date', /write the date in quotes/],
  ['future-date', ARTICLE, 'date', /"2999-01-01" is in the future/],
  ['summary-too-long', ARTICLE, 'summary', /at most 280 characters/],
  ['empty-body', ARTICLE, 'body', /is empty/],
  ['raw-html', ARTICLE, 'body', /contains raw HTML \(<span style="color:red">\)/],
  ['unknown-deal', ARTICLE, 'deals[0].deal', /unknown deal "kamaz-faw".*did you mean "kamaz-jac"/],
  ['unknown-deal-status', ARTICLE, 'deals[0].status', /must be one of: reported, in-talks, agreement, production, denied, stalled, abandoned/],
  ['bad-file-name', 'articles/Kamaz_Talks.md', 'file name', /"Kamaz_Talks" must be lowercase ASCII words joined by hyphens/],
  ['unknown-field', ARTICLE, 'titel', /is not a known field/],
  ['missing-title', ARTICLE, 'title', /is required/],
  ['broken-yaml', ARTICLE, 'frontmatter', /is not valid YAML/],
  ['former-slug-collides', ARTICLE, 'formerSlugs[0]', /"jac-and-kamaz-news" is the slug of a live article/],
];

describe('the content check on the bad-content fixtures', () => {
  it('has a test for every fixture folder', () => {
    expect(readdirSync(BAD_FIXTURES).sort()).toEqual(CASES.map(([c]) => c).sort());
  });

  it('passes the base fixture with no problem at all', () => {
    const dir = contentWith();
    expect(checkContent(readContentDir(dir, dir)).problems).toEqual([]);
  });

  it.each(CASES)('%s: names %s and the field %s', (badCase, file, field, message) => {
    const dir = contentWith(badCase);
    const { problems } = checkContent(readContentDir(dir, dir));
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const hit = errors.find((p) => p.file === join(file) && p.field === field);
    expect(hit, formatProblems(problems)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('reports every problem at once, not just the first', () => {
    const dir = contentWith('unknown-entity');
    const files = readContentDir(dir, dir);
    const article = files.find((f) => f.collection === 'articles')!;
    article.data = { ...(article.data as object), summary: 'x'.repeat(300), storylines: ['nope'] };
    const fields = checkContent(files).problems.map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['entities[3]', 'summary']));
  });

  it('warns, without failing, when the body names an entity the list lacks', () => {
    const dir = contentWith();
    const files = readContentDir(dir, dir);
    const article = files.find((f) => f.collection === 'articles')!;
    article.body += '\nКАМАЗ and TASS again.';
    article.data = { ...(article.data as object), entities: ['jac'] };
    const { problems } = checkContent(files);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(problems.map((p) => p.message)).toEqual([
      'the body mentions "KAMAZ" but the list lacks "kamaz"',
      'the body mentions "TASS" but the list lacks "tass"',
    ]);
  });
});

describe('npm run check', () => {
  const run = (dir: string) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--dir', dir], { cwd: ROOT, encoding: 'utf8' }) };
    } catch (e) {
      const err = e as { status: number; stdout: string };
      return { code: err.status, out: err.stdout };
    }
  };

  it('exits 0 on good content', () => {
    const { code, out } = run(contentWith());
    expect(code).toBe(0);
    expect(out).toContain('0 errors, 0 warnings');
  });

  it('exits 1 and names the file and the field of an unknown entity', () => {
    const { code, out } = run(contentWith('unknown-entity'));
    expect(code).toBe(1);
    expect(out).toMatch(/error {2}\S*articles\/kamaz-talks-with-jac\.md: entities\[3\]: unknown entity "kamazz"/);
    expect(out).toContain('1 error, 0 warnings');
  });
});

describe('helpers', () => {
  it('formats zod paths the way an editor reads them', () => {
    expect(formatPath(['sources', 0, 'url'])).toBe('sources[0].url');
    expect(formatPath(['title'])).toBe('title');
  });
  it('suggests close ids only', () => {
    expect(closest('kamazz', ['kamaz', 'jac'])).toBe('kamaz');
    expect(closest('renault', ['kamaz', 'jac'])).toBeUndefined();
  });
  it('finds raw HTML but not HTML inside code', () => {
    expect(findRawHtml('Hello <b>world</b>')).toBe('<b>');
    expect(findRawHtml('Use `<b>` for bold.\n\n```html\n<div></div>\n```')).toBeUndefined();
    expect(findRawHtml('Sales rose by <5% and 3 < 4.')).toBeUndefined();
    expect(findRawHtml('<!-- a comment -->')).toBe('<!-- a comment -->');
  });
});
