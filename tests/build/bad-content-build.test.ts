import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { contentWith, removeContentFolders, ROOT } from '../helpers/fixtures.ts';

afterAll(removeContentFolders);

describe('astro build on bad content', () => {
  it('exits non-zero before writing any page, naming the file and the field', () => {
    const folder = mkdtempSync(join(tmpdir(), 'bad-build-'));
    onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
    const outDir = join(folder, 'dist');
    const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: contentWith('unknown-entity'), ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    const output = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(output).toMatch(/articles\/kamaz-talks-with-jac\.md: entities\[3\]: unknown entity "kamazz"/);
    expect(existsSync(outDir)).toBe(false);
  });
});
