/**
 * Reads the content folder from disk with gray-matter, outside Astro, for the
 * content check, the build's pre-flight check and the benchmark.
 *
 * Content comes from many hands, so reading it must never run it: only YAML
 * frontmatter opened by a line `---` is accepted. gray-matter would otherwise
 * pick an engine from the opener (`---js` evaluates JavaScript).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import matter from 'gray-matter';
import type { NamedEntity } from '../alias-matcher.ts';
import { COLLECTIONS, type CollectionName, type ContentFile } from './types.ts';

/** A content file over this size is refused: no article needs it, and it would bloat every page that shows it. */
export const MAX_FILE_BYTES = 200_000;

/** Refuses every frontmatter language but YAML, even if a file slipped past the opener test. */
const NO_CODE = (language: string) => () => {
  throw new Error(`${language} frontmatter is not accepted; only YAML`);
};
const MATTER_OPTIONS = {
  language: 'yaml',
  engines: {
    js: NO_CODE('JavaScript'),
    javascript: NO_CODE('JavaScript'),
    coffee: NO_CODE('CoffeeScript'),
    coffeescript: NO_CODE('CoffeeScript'),
  },
} as const;

export class ContentFolderError extends Error {
  override name = 'ContentFolderError';
}

/** What is wrong with a file before its frontmatter is read, or undefined. */
export function frontmatterOpenerProblem(text: string): string | undefined {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  if (firstLine.trimEnd() === '---') return undefined;
  if (firstLine.startsWith('---')) {
    return `opens with "${firstLine.slice(0, 40)}": only YAML frontmatter is accepted, opened by a line of exactly three hyphens (---)`;
  }
  return 'must begin with YAML frontmatter: a line ---, the fields, and a closing line ---';
}

/** Parses one file's text into frontmatter and body, refusing anything but YAML. */
export function parseContentText(text: string): { data: unknown; body: string; bodyLine: number } {
  const problem = frontmatterOpenerProblem(text);
  if (problem) throw new Error(problem);
  const source = text.replace(/^\uFEFF/, '');
  // Passing options also keeps gray-matter from caching the file by its text.
  const { data, content } = matter(source, MATTER_OPTIONS);
  const bodyLine = source.slice(0, source.length - content.length).split('\n').length;
  return { data, body: content, bodyLine };
}

interface Listed {
  path: string;
  /** Set for a file the build would silently skip. */
  wrongExtension?: string;
}

/** Every file under `dir`, sorted; throws when the folder does not exist. */
function listFiles(dir: string): Listed[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    throw new ContentFolderError(`${dir}: the folder does not exist (check CONTENT_DIR or --dir)`);
  }
  return names
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .flatMap((path): Listed[] => {
      const ext = extname(path);
      if (ext === '.md') return [{ path }];
      // Astro's loader and this reader take `.md` only; a `.MD` or `.markdown` file would vanish without a word.
      if (/^\.(md|markdown|mdown|mkd|mkdn|mdx)$/i.test(ext)) return [{ path, wrongExtension: ext }];
      return [];
    });
}

/** Names and aliases of every entity, for the entity-link plugin. Files that cannot be read are left to the content check. */
export function entityNames(contentDir: string): NamedEntity[] {
  let listed: Listed[];
  try {
    listed = listFiles(join(contentDir, 'entities'));
  } catch {
    return []; // The content check reports the missing folder and stops the build.
  }
  return listed.flatMap(({ path, wrongExtension }) => {
    if (wrongExtension) return [];
    let data: Record<string, unknown>;
    try {
      data = parseContentText(readFileSync(path, 'utf8')).data as Record<string, unknown>;
    } catch {
      return [];
    }
    const names = [data?.name, ...(Array.isArray(data?.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
    return names.length ? [{ id: basename(path, '.md'), names }] : [];
  });
}

function readOne(collection: CollectionName, { path, wrongExtension }: Listed, cwd: string): ContentFile {
  const file = relative(cwd, path) || path;
  const id = basename(path, extname(path));
  const fault = (field: string, message: string): ContentFile => ({
    collection,
    file,
    id,
    data: undefined,
    body: '',
    fault: { field, message },
  });
  if (wrongExtension)
    return fault('file name', `ends in "${wrongExtension}": content files end in ".md" (lowercase), or the build skips them`);
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    return fault(
      'file',
      `is ${Math.round(size / 1000)} KB; a content file may be at most ${MAX_FILE_BYTES / 1000} KB ` +
        '(split it, or check it is the right file)',
    );
  }
  const text = readFileSync(path, 'utf8');
  const opener = frontmatterOpenerProblem(text);
  if (opener) return fault('frontmatter', opener);
  try {
    const { data, body, bodyLine } = parseContentText(text);
    return { collection, file, id, data, body, bodyLine };
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    return fault('frontmatter', `is not valid YAML: ${reason}`);
  }
}

/**
 * Every content file of every collection under `contentDir`, with paths relative to `cwd` for
 * messages. A missing content folder or collection folder throws: "checked 0 files" is not a pass.
 */
export function readContentDir(contentDir: string, cwd = process.cwd()): ContentFile[] {
  return COLLECTIONS.flatMap((collection) => listFiles(join(contentDir, collection)).map((listed) => readOne(collection, listed, cwd)));
}
