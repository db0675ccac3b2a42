/**
 * Content that passes the check but tries its luck (markup in link titles, a heading named like
 * one of the page's sections, HTML in a code block) builds into inert, valid pages.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWith, removeContentFolders, ROOT } from '../helpers/fixtures.ts';

const folder = mkdtempSync(join(tmpdir(), 'hostile-build-'));
let $: cheerio.CheerioAPI;

beforeAll(() => {
  const content = contentWith();
  cpSync(join(ROOT, 'tests/fixtures/hostile-content'), content, { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(folder, 'dist')], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: content, CARD_CACHE_DIR: join(folder, 'cards'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`The build failed:\n${run.stdout}\n${run.stderr}`);
  $ = cheerio.load(readFileSync(join(folder, 'dist/articles/kamaz-talks-with-jac/index.html'), 'utf8'));
});

afterAll(() => {
  removeContentFolders();
  rmSync(folder, { recursive: true, force: true });
});

describe('an article with hostile but valid Markdown', () => {
  it('has no element with an event handler and no script but the site’s own', () => {
    expect($('[onerror], [onclick], [onload]')).toHaveLength(0);
    expect($('.prose script, .prose img')).toHaveLength(0);
  });

  it('keeps link titles as attribute text', () => {
    expect($('.prose h2 a').attr('title')).toBe('X>Y<img src=x onerror=alert(1)>');
    expect($('.prose p a[title]').attr('title')).toBe('a"><script>alert(2)</script>');
  });

  it('gives the body’s "Sources" heading its own id beside the page’s #sources', () => {
    expect($('[id="sources"]')).toHaveLength(1);
    expect($('.prose h2#sources-1').text()).toBe('Sources');
    expect($('.prose a.copy-link[href="#sources-1"]')).toHaveLength(1);
  });

  it('renders code blocks as plain text with a class, no inline styles (syntax highlighting is off)', () => {
    expect($('.prose pre code').text()).toContain('<script>alert(3)</script>');
    expect($('.prose [style]')).toHaveLength(0);
  });
});
