import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, ROOT } from '../helpers/fixtures.ts';

describe('astro build on bad content', () => {
  it('exits non-zero before writing any page, naming the file and the field', () => {
    const outDir = join(mkdtempSync(join(tmpdir(), 'bad-build-')), 'dist');
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
