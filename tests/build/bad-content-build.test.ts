import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { contentWith, removeContentFolders, ROOT } from '../helpers/fixtures.ts';

afterAll(removeContentFolders);

/** Runs `astro build` on a content folder in a fresh working folder; returns its exit code, its output and where it would have written. */
function build(contentDir: string) {
  const folder = mkdtempSync(join(tmpdir(), 'bad-build-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  const outDir = join(folder, 'dist');
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', ROOT, '--outDir', outDir], {
    cwd: folder,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: run.status, output: run.stdout + run.stderr, outDir, folder };
}

describe('astro build on bad content', () => {
  it.each([
    ['unknown-entity', /articles\/kamaz-talks-with-jac\.md: entities\[3\]: unknown entity "kamazz"/],
    ['broken-yaml-entity', /entities\/jac\.md: frontmatter: is not valid YAML: /],
    ['dangerous-links', /articles\/kamaz-talks-with-jac\.md: body:32:8: a link to "javascript:alert\(1\)"/],
  ])('%s: exits non-zero before writing any page, naming the file and the field', (badCase, message) => {
    const { status, output, outDir } = build(contentWith(badCase));
    expect(status).not.toBe(0);
    expect(output).toMatch(message);
    expect(output).not.toMatch(/YAMLException|^\s+at .*\.(?:js|ts):\d+/m);
    expect(existsSync(outDir)).toBe(false);
  });

  it('never runs a ---js frontmatter: the marker file is not written', () => {
    const { status, output, folder } = build(contentWith('js-frontmatter'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/frontmatter: opens with "---js": only YAML frontmatter is accepted/);
    expect(existsSync(join(folder, 'pwned.txt'))).toBe(false);
    expect(existsSync(join(ROOT, 'pwned.txt'))).toBe(false);
  });

  it('stops on a mistyped content folder instead of building an empty site', () => {
    const { status, output, outDir } = build(join(ROOT, 'contnet'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/The content check could not run: .*contnet\/articles: the folder does not exist/);
    expect(existsSync(outDir)).toBe(false);
  });
});
