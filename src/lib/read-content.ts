/**
 * Reads the content folder from disk with gray-matter, outside Astro, for the
 * content check, the build's pre-flight check and the benchmark.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import matter from 'gray-matter';
import type { NamedEntity } from './alias-matcher.ts';
import { COLLECTIONS, type ContentFile } from './content-check.ts';

function markdownFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []))
    .sort();
}

/** Names and aliases of every entity, for the entity-link plugin (invalid files are left to the content check). */
export function entityNames(contentDir: string): NamedEntity[] {
  return markdownFiles(join(contentDir, 'entities')).flatMap((path) => {
    const { data } = matter(readFileSync(path, 'utf8'));
    const names = [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])].filter((n): n is string => typeof n === 'string');
    return names.length ? [{ id: basename(path, '.md'), names }] : [];
  });
}

/** Every Markdown file of every collection under `contentDir`, with paths relative to `cwd` for messages. */
export function readContentDir(contentDir: string, cwd = process.cwd()): ContentFile[] {
  return COLLECTIONS.flatMap((collection) =>
    markdownFiles(join(contentDir, collection)).map((path): ContentFile => {
      const file = relative(cwd, path) || path;
      const id = basename(path, '.md');
      try {
        const { data, content } = matter(readFileSync(path, 'utf8'));
        return { collection, file, id, data, body: content };
      } catch (e) {
        const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
        return { collection, file, id, data: undefined, body: '', unreadable: reason };
      }
    }),
  );
}
