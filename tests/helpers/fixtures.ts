/** Builds a content folder for a test: the valid base fixture with one bad case laid over it. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BASE_FIXTURE = join(ROOT, 'tests/fixtures/content-base');
export const BAD_FIXTURES = join(ROOT, 'tests/fixtures/bad-content');

const made: string[] = [];

/** Removes every folder `contentWith` made so far: a test file that uses it calls this in `afterAll`. */
export function removeContentFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A fresh temporary content folder: the base fixture, then `badCase` copied over it (see `removeContentFolders`). */
export function contentWith(badCase?: string): string {
  const dir = mkdtempSync(join(tmpdir(), `content-${badCase ?? 'base'}-`));
  made.push(dir);
  cpSync(BASE_FIXTURE, dir, { recursive: true });
  if (badCase) cpSync(join(BAD_FIXTURES, badCase), dir, { recursive: true });
  return dir;
}
