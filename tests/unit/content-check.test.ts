import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatPath, formatProblems, lintBodies, sortProblems } from '../../src/lib/content-check/index.ts';
import { ContentFolderError, entityNames, readContentDir } from '../../src/lib/content-check/read.ts';
import { BAD_FIXTURES, contentWith, removeContentFolders, ROOT } from '../helpers/fixtures.ts';

afterAll(removeContentFolders);

const ARTICLE = 'articles/kamaz-talks-with-jac.md';

/** Each bad fixture, the file the error must name, the field, and words of the message. */
const CASES: [badCase: string, file: string, field: string, message: RegExp][] = [
  [
    'unknown-entity',
    ARTICLE,
    'entities[3]',
    /unknown entity "kamazz": there is no entities\/kamazz\.md in the content folder \(did you mean "kamaz"\?\)/,
  ],
  ['unknown-storyline', ARTICLE, 'storylines[0]', /unknown storyline "moskvich-revivl".*did you mean "moskvich-revival"/],
  ['unknown-outlet', ARTICLE, 'sources[0].outlet', /unknown outlet "reuters"/],
  ['outlet-not-media', ARTICLE, 'sources[0].outlet', /"kamaz" is a company, not an outlet/],
  ['outlet-without-type', 'entities/tass.md', 'outletType', /is required for an outlet \(kind media\): one of news-agency, newspaper/],
  [
    'duplicate-slug',
    ARTICLE,
    'file name',
    /duplicate slug "kamaz-talks-with-jac": .*articles\/2022\/kamaz-talks-with-jac\.md has it already/,
  ],
  [
    'alias-claimed-twice',
    'entities/jac.md',
    'aliases[1]',
    /"Kamaz" is already a name or alias of "kamaz" \(entities\/kamaz\.md, as "KAMAZ"\)/,
  ],
  ['alias-fullwidth', 'entities/impostor.md', 'name', /"ＫＡＭＡＺ" is already a name or alias of "kamaz"/],
  ['alias-quoted', 'entities/jac.md', 'aliases[1]', /"«КАМАЗ»" is already a name or alias of "kamaz" \(entities\/kamaz\.md, as "КАМАЗ"\)/],
  ['alias-zero-width', 'entities/jac.md', 'aliases[1]', /contains an invisible character \(U\+200B\)/],
  ['no-source', ARTICLE, 'sources', /needs at least one source/],
  ['malformed-date', ARTICLE, 'date', /must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"/],
  ['impossible-date', ARTICLE, 'date', /"2022-02-30" is not a real date/],
  ['unquoted-date', ARTICLE, 'date', /write the date in quotes/],
  ['future-date', ARTICLE, 'date', /"2999-01-01" is in the future/],
  ['year-zero', ARTICLE, 'date', /"0000" is before 1900/],
  ['summary-too-long', ARTICLE, 'summary', /is 364 characters; it must be at most 280/],
  ['title-too-long', ARTICLE, 'title', /is 144 characters; it must be at most 120/],
  ['control-character', ARTICLE, 'title', /an invisible control character \(U\+0007\)/],
  ['non-character', ARTICLE, 'summary', /a non-character \(U\+FFFE\)/],
  ['lone-surrogate', ARTICLE, 'title', /a broken character \(a lone surrogate\)/],
  ['bidi-override', ARTICLE, 'title', /a bidirectional override \(U\+202E\)/],
  ['invisible-only', ARTICLE, 'title', /holds only invisible characters/],
  ['source-url-markup', ARTICLE, 'sources[0].url', /must not contain a space/],
  ['source-url-meta-refresh', ARTICLE, 'sources[0].url', /must not contain a space/],
  ['empty-body', ARTICLE, 'body', /is empty/],
  ['raw-html', ARTICLE, 'body:30:26', /raw HTML \(<span style="color:red">\): write Markdown instead \(tracker:no-html\)/],
  ['php-tag', ARTICLE, 'body:32:1', /raw HTML \(<\?php echo "x"; \?>\)/],
  ['heading-level-one', ARTICLE, 'body:32:1', /a level-1 heading \("# A second title"\).*\(tracker:headings-from-two\)/],
  ['bare-url', ARTICLE, 'body:32:12', /a bare URL \(https:\/\/example\.com\/report\).*\(tracker:no-bare-urls\)/],
  ['empty-link-text', ARTICLE, 'body:32:4', /a link to "https:\/\/example\.com\/report" with no text.*\(tracker:no-empty-link-text\)/],
  ['site-link-full-url', ARTICLE, 'body:32:5', /by its full address: write the path, \/entities\/jac\/ \(tracker:relative-site-links\)/],
  [
    'dangerous-links',
    ARTICLE,
    'body:32:8',
    /a link to "javascript:alert\(1\)": only http, https, mailto and relative URLs are allowed \(tracker:safe-links\)/,
  ],
  ['js-frontmatter', ARTICLE, 'frontmatter', /opens with "---js": only YAML frontmatter is accepted/],
  ['wrong-extension', 'articles/kamaz-news.MD', 'file name', /ends in "\.MD": content files end in "\.md"/],
  ['markdown-extension', 'articles/kamaz-news.markdown', 'file name', /ends in "\.markdown"/],
  ['unknown-deal', ARTICLE, 'deals[0].deal', /unknown deal "kamaz-faw".*did you mean "kamaz-jac"/],
  [
    'unknown-deal-status',
    ARTICLE,
    'deals[0].status',
    /must be one of: reported, in-talks, agreement, production, not-proposed, denied, stalled, ended, abandoned/,
  ],
  [
    'event-two-texts',
    ARTICLE,
    'events[0].text',
    /event "talks-begin" is also in articles\/jac-and-kamaz-sign\.md with a different text; one happening is one event/,
  ],
  ['unknown-measure', ARTICLE, 'figures[0].measure', /unknown measure "plant-capacty".*did you mean "plant-capacity"/],
  ['figure-unit-mismatch', ARTICLE, 'figures[0].unit', /"cars" is not the unit of the measure "plant-capacity" \("cars a year"\)/],
  ['figure-bad-period', ARTICLE, 'figures[0].period', /"2022-Q5" is not a period/],
  ['figure-result-in-future', ARTICLE, 'figures[0].period', /"2999" has not begun, so it cannot have a result/],
  ['relation-to-itself', 'entities/kamaz.md', 'relations[0].entity', /"kamaz" cannot be related to itself/],
  [
    'relation-both-sides',
    'entities/kamaz.md',
    'relations[0]',
    /entities\/jac\.md already declares "partner-of" between "jac" and "kamaz"; a relation is declared on one side only/,
  ],
  ['ownership-cycle', 'entities/jac.md', 'relations', /ownership goes round in a circle \(jac → owned by → kamaz → owned by → jac\)/],
  ['relation-from-after-to', 'entities/kamaz.md', 'relations[0].to', /"2022-05" is before "from" \("2023"\)/],
  ['unknown-relation-value', 'entities/kamaz.md', 'relations[0].relation', /must be one of: subsidiary-of/],
  ['bad-file-name', 'articles/Kamaz_Talks.md', 'file name', /"Kamaz_Talks" must be lowercase ASCII words joined by hyphens/],
  ['unknown-field', ARTICLE, 'titel', /is not a known field/],
  ['missing-title', ARTICLE, 'title', /is required/],
  ['broken-yaml', ARTICLE, 'frontmatter', /is not valid YAML/],
  ['broken-yaml-entity', 'entities/jac.md', 'frontmatter', /is not valid YAML/],
  ['former-slug-collides', ARTICLE, 'formerSlugs[0]', /"jac-and-kamaz-news" is the slug of a live article/],
];

/** Fixtures that pass with a warning rather than an error. */
const WARNING_CASES: [badCase: string, file: string, field: string, message: RegExp][] = [
  [
    'figure-contradiction',
    ARTICLE,
    'figures[0].value',
    /300000 differs from 250000 in articles\/jac-and-kamaz-sign\.md for the same measure "plant-capacity", basis capacity and period 2022-06/,
  ],
];

describe('the content check on the bad-content fixtures', () => {
  it('has a test for every fixture folder', () => {
    expect(readdirSync(BAD_FIXTURES).sort()).toEqual([...CASES, ...WARNING_CASES].map(([c]) => c).sort());
  });

  it('passes the base fixture with no problem at all', () => {
    const dir = contentWith();
    expect(checkContent(readContentDir(dir, dir)).problems).toEqual([]);
  });

  it('reports the same problems when the bodies are linted in worker threads, as the build and npm run check do', async () => {
    const body = CASES.map(([c]) => c).filter((c) => ['raw-html', 'dangerous-links', 'bare-url', 'heading-level-one'].includes(c));
    expect(body).toHaveLength(4);
    for (const badCase of [...body, 'unknown-entity']) {
      const dir = contentWith(badCase);
      const files = readContentDir(dir, dir);
      const halves = checkContent(files, { bodies: false });
      const inThreads = sortProblems([...halves.problems, ...(await lintBodies(halves.unlinted, 2))]);
      expect(inThreads, badCase).toEqual(checkContent(files).problems);
      expect(inThreads.length, badCase).toBeGreaterThan(0);
    }
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

  it.each(WARNING_CASES)('%s: warns on %s, field %s, without failing', (badCase, file, field, message) => {
    const dir = contentWith(badCase);
    const { problems } = checkContent(readContentDir(dir, dir));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const hit = problems.find((p) => p.file === join(file) && p.field === field);
    expect(hit, formatProblems(problems)).toBeDefined();
    expect(hit!.message).toMatch(message);
  });

  it('a note on either figure acknowledges a contradiction between reports', () => {
    const dir = contentWith('figure-contradiction');
    const files = readContentDir(dir, dir);
    const other = files.find((f) => f.id === 'jac-and-kamaz-sign')!;
    const data = other.data as { figures: Record<string, unknown>[] };
    data.figures[0]!.note = 'The second report counts a different shift pattern.';
    expect(checkContent(files).problems).toEqual([]);
  });

  it('gives every dangerous link in a body its own error, with its line and column', () => {
    const dir = contentWith('dangerous-links');
    const fields = checkContent(readContentDir(dir, dir)).problems.map((p) => `${p.field} ${p.message.split(':')[0]}`);
    expect(fields).toEqual([
      'body:32:8 a link to "javascript',
      'body:32:36 a link to "javascript',
      'body:32:59 a link to "vbscript',
      'body:34:7 a link to "data',
      'body:34:52 a picture at "javascript',
      'body:36:1 a link to "JaVaScRiPt',
    ]);
  });

  it('never runs JavaScript frontmatter: the ---js payload writes no file', () => {
    const dir = contentWith('js-frontmatter');
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      checkContent(readContentDir(dir, dir));
      expect(entityNames(dir).map((e) => e.id)).toEqual(['jac', 'kamaz', 'tass']);
    } finally {
      process.chdir(cwd);
    }
    expect(existsSync(join(dir, 'pwned.txt'))).toBe(false);
    expect(existsSync(join(ROOT, 'pwned.txt'))).toBe(false);
  });

  it('refuses a file over the size limit, naming its size', () => {
    const dir = contentWith();
    const path = join(dir, 'articles/kamaz-talks-with-jac.md');
    writeFileSync(path, readFileSync(path, 'utf8') + 'KAMAZ and JAC. '.repeat(350_000));
    const problems = checkContent(readContentDir(dir, dir)).problems.filter((p) => p.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining({
        file: ARTICLE,
        field: 'file',
        message: expect.stringMatching(/^is 52\d\d KB; a content file may be at most 200 KB/),
      }),
    ]);
  });

  it('throws on a missing content or collection folder instead of checking nothing', () => {
    expect(() => readContentDir(join(ROOT, 'no-such-content'))).toThrow(/no-such-content\/articles: the folder does not exist/);
    const dir = contentWith();
    rmSync(join(dir, 'measures'), { recursive: true });
    expect(() => readContentDir(dir, dir)).toThrow(ContentFolderError);
  });

  it('keeps reading entity names when one entity file is broken (the check reports it)', () => {
    const dir = contentWith('broken-yaml-entity');
    expect(entityNames(dir).map((e) => e.id)).toEqual(['kamaz', 'tass']);
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
    article.body += '\nКАМАЗ and TASS again.\n';
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
      return {
        code: 0,
        out: execFileSync(process.execPath, ['--import', 'tsx', 'scripts/check-content.ts', '--dir', dir], { cwd: ROOT, encoding: 'utf8' }),
      };
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

  it('exits 1 on a mistyped content folder, saying so, instead of "checked 0 files"', () => {
    const { code, out } = run(join(ROOT, 'contnet'));
    expect(code).toBe(1);
    expect(out).toMatch(/error {2}\S*contnet\/articles: the folder does not exist \(check CONTENT_DIR or --dir\)/);
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
});
