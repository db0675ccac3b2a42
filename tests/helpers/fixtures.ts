/** Builds a content folder for a test: the valid base fixture with one bad case laid over it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BASE_FIXTURE = join(ROOT, 'tests/fixtures/content-base');
export const BAD_FIXTURES = join(ROOT, 'tests/fixtures/bad-content');

const made: string[] = [];
// The folders go when the test file's worker exits, whatever the tests did with them.
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary content folder: the base fixture, then `badCase` copied over it (removed when the test run's worker exits). */
export function contentWith(badCase?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${badCase ?? 'base'}-`));
  made.push(dir);
  cpSync(BASE_FIXTURE, dir, { recursive: true });
  if (badCase) cpSync(join(BAD_FIXTURES, badCase), dir, { recursive: true });
  return dir;
}
