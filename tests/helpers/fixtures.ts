/** Content for a test: a folder made of the valid base fixture with one bad case laid over it, and the tracker of a folder. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { checkContent } from '../../src/lib/content-check/index.ts';
import { readContentDir } from '../../src/lib/content-check/read.ts';
import { buildTracker, type Tracker } from '../../src/lib/tracker.ts';

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

type Checked = Pick<ReturnType<typeof checkContent>, 'problems' | 'content'>;

/** The content of `dir` (the site's own by default) as the check lets it through, and joined into a tracker as the build joins it. */
export function checkedTracker(dir = join(ROOT, 'content')): Checked & { tracker: Tracker } {
  const { content, problems } = checkContent(readContentDir(dir, ROOT));
  const list = <T>(map: Map<string, { data: T }>) => [...map].map(([id, { data }]) => ({ id, data }));
  const tracker = buildTracker({
    articles: list(content.articles),
    entities: list(content.entities),
    storylines: list(content.storylines),
    deals: list(content.deals),
    measures: list(content.measures),
  });
  return { tracker, content, problems };
}
