/** `npm run new`: the slug, the refusals, and the file it writes, which the content check then reads. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { parseContentText, readContentDir } from '../../src/lib/content-check/read.ts';
import { newArticleFile, slugFromHeadline, slugRefusal } from '../../scripts/lib/new-article.ts';
import { contentWith, removeContentFolders, ROOT } from '../helpers/fixtures.ts';

afterAll(removeContentFolders);

describe('slugFromHeadline', () => {
  it.each([
    ['KAMAZ and JAC in talks', 'kamaz-and-jac-in-talks'],
    ['Moskvich’s sales: “a record”, the plant says', 'moskvichs-sales-a-record-the-plant-says'],
    ['Škoda and Citroën leave', 'skoda-and-citroen-leave'],
    ['Москвич 3 goes on sale', '3-goes-on-sale'],
    ['Sales rose 2.3 times in 2024', 'sales-rose-2-3-times-in-2024'],
  ])('%s → %s', (headline, slug) => {
    expect(slugFromHeadline(headline)).toBe(slug);
  });

  it('cuts a long headline at a word, at most 80 characters', () => {
    const slug = slugFromHeadline('The plant '.repeat(20));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slug.endsWith('-plant') || slug.endsWith('-the')).toBe(true);
  });
});

describe('slugRefusal', () => {
  const taken = { files: new Set(['kamaz-talks']), published: new Set(['/articles/old-news/']), former: new Set(['renamed']) };
  it('refuses a slug that names a file, was published, or is a former slug; accepts a new one', () => {
    expect(slugRefusal('kamaz-talks', taken)).toMatch(/exists already/);
    expect(slugRefusal('old-news', taken)).toMatch(/was published before \(permalinks\.json\)/);
    expect(slugRefusal('renamed', taken)).toMatch(/former slug/);
    expect(slugRefusal('', taken)).toMatch(/no letters or digits/);
    expect(slugRefusal('fresh-news', taken)).toBeUndefined();
  });
});

describe('newArticleFile', () => {
  const text = newArticleFile('KAMAZ and JAC sign a deal');
  it('is YAML frontmatter with every field an article needs, each with a comment', () => {
    const { data } = parseContentText(text) as { data: Record<string, unknown> };
    expect(Object.keys(data)).toEqual([
      'title',
      'summary',
      'date',
      'kind',
      'storylines',
      'entities',
      'sources',
      'figures',
      'events',
      'deals',
    ]);
    expect(data.title).toBe('KAMAZ and JAC sign a deal');
    for (const key of Object.keys(data)) expect(text, key).toMatch(new RegExp(`# .+\\n(# .+\\n)*${key}:`));
  });

  it('leads the content check to each field still to fill in, naming it', () => {
    const dir = contentWith();
    const file = join(dir, 'articles/kamaz-and-jac-sign-a-deal.md');
    writeFileSync(file, text);
    const fields = checkContent(readContentDir(dir, dir))
      .problems.filter((p) => p.file.endsWith('kamaz-and-jac-sign-a-deal.md') && p.severity === 'error')
      .map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['summary', 'date', 'storylines', 'entities', 'sources[0].outlet', 'sources[0].url']));
    expect(fields).not.toContain('title');
  });
});

describe('npm run new', () => {
  const run = (content: string, ...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-article.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: content },
      encoding: 'utf8',
    });

  it('writes the file, then refuses the same headline', () => {
    const content = contentWith();
    const first = run(content, 'JAC and KAMAZ open a new line');
    expect(first.status, first.stderr).toBe(0);
    const path = join(content, 'articles/jac-and-kamaz-open-a-new-line.md');
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path, 'utf8')).toContain('title: "JAC and KAMAZ open a new line"');
    const again = run(content, 'JAC and KAMAZ open a new line');
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
  });

  it('refuses a headline whose slug was published, and says how to use it', () => {
    const published = JSON.parse(readFileSync(join(ROOT, 'permalinks.json'), 'utf8')).urls.find((u: string) => u.startsWith('/articles/'));
    const slug = published.split('/')[2];
    const result = run(contentWith(), slug.replaceAll('-', ' '));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/was published before/);
  });

  it('asks for a headline when given none', () => {
    expect(run(contentWith()).status).toBe(2);
  });
});
