/**
 * Builds the real site once before the built-site and browser tests, the way
 * `npm run build` does. SKIP_BUILD=1 reuses an existing dist/ (for quick reruns).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/fixtures.ts';

export default function setup() {
  if (process.env.SKIP_BUILD === '1' && existsSync(join(ROOT, 'dist/index.html'))) return;
  const run = (args: string[]) =>
    execFileSync(process.execPath, args, {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: 'content', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: 'pipe',
      encoding: 'utf8',
    });
  try {
    run([join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
    run([join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/search-index.ts')]);
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`The site did not build:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`, { cause: e });
  }
}
