/**
 * `npm run build` indexes the site in a second step, after `astro build` has
 * exited (scripts/search-index.ts). That step must fail loudly: a site whose
 * search index is missing or half-written must not pass as built.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/fixtures.ts';

const folder = mkdtempSync(join(tmpdir(), 'search-index-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const indexStep = (site: string) =>
  spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/search-index.ts'), site], {
    cwd: ROOT,
    encoding: 'utf8',
  });

describe('the search-index step of npm run build', () => {
  it('indexes the searchable pages of a built site and says how many', () => {
    const site = join(folder, 'site');
    mkdirSync(join(site, 'articles/a'), { recursive: true });
    mkdirSync(join(site, 'timeline/2022'), { recursive: true });
    writeFileSync(join(site, 'timeline/2022/index.html'), '<!doctype html><html lang="en"><body><h1>2022</h1></body></html>');
    writeFileSync(
      join(site, 'articles/a/index.html'),
      '<!doctype html><html lang="en"><head><title>A</title></head>' +
        '<body><main data-pagefind-body><h1>Moskvich</h1><p>The plant reopened.</p></main></body></html>',
    );
    const run = indexStep(site);
    expect(run.stdout).toMatch(/^\[search-index\] Indexed 1 pages for search in \d+ ms\.$/m);
    expect(run.status).toBe(0);
  });

  it('fails with a message when the folder holds no pages (an astro build that wrote nothing)', () => {
    const empty = join(folder, 'empty');
    mkdirSync(empty);
    const run = indexStep(empty);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`[search-index] Pagefind found no pages to index in ${empty}`);
  });
});
