/**
 * The content check: every problem in the content at once, each naming the
 * file and the field. `npm run check` prints it; the build runs the same check
 * first and stops on any error, so a bad file never yields a half-built site.
 */
import type { z } from 'astro/zod';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { articleSchema, dealSchema, entitySchema, ID_PATTERN, storylineSchema } from '../schemas/index.ts';
import type { ArticleData, DealData, EntityData, StorylineData } from '../schemas/index.ts';
import { createAliasMatcher } from './alias-matcher.ts';
import { editDistance } from './edit-distance.ts';

export const COLLECTIONS = ['articles', 'entities', 'storylines', 'deals'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** One Markdown file as read from disk, before validation. */
export interface ContentFile {
  collection: CollectionName;
  /** Path shown to the editor, e.g. content/articles/foo.md. */
  file: string;
  /** The id or slug: the file name without `.md`. */
  id: string;
  /** The parsed frontmatter. */
  data: unknown;
  /** The Markdown body. */
  body: string;
  /** Why the frontmatter could not be read as YAML, if it could not. */
  unreadable?: string;
}

export interface Problem {
  file: string;
  /** The frontmatter field, e.g. `sources[0].url`, or `body`, or `file name`. */
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface CheckedContent {
  articles: Map<string, { file: ContentFile; data: ArticleData }>;
  entities: Map<string, { file: ContentFile; data: EntityData }>;
  storylines: Map<string, { file: ContentFile; data: StorylineData }>;
  deals: Map<string, { file: ContentFile; data: DealData }>;
}

const SCHEMAS = { articles: articleSchema, entities: entitySchema, storylines: storylineSchema, deals: dealSchema };

type Salvaged<T> = { [K in keyof T]?: T[K] };
interface PartialContent {
  articles: Map<string, { file: ContentFile; data: Salvaged<ArticleData> }>;
  entities: Map<string, { file: ContentFile; data: Salvaged<EntityData> }>;
  storylines: Map<string, { file: ContentFile; data: Salvaged<StorylineData> }>;
  deals: Map<string, { file: ContentFile; data: Salvaged<DealData> }>;
}

/** The fields of an invalid entry that are valid on their own. */
function salvage(schema: (typeof SCHEMAS)[CollectionName], raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, field] of Object.entries(schema.shape)) {
    const result = (field as z.ZodType).safeParse((raw as Record<string, unknown>)[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out;
}

/** ['sources', 0, 'url'] → "sources[0].url". */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

function issueProblems(file: string, error: z.ZodError): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        field: formatPath([...issue.path, key]),
        message: 'is not a known field (check its spelling)',
        severity: 'error',
      }));
    }
    return [{ file, field: formatPath(issue.path) || 'frontmatter', message: issue.message, severity: 'error' }];
  });
}

export function closest(id: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(id, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(id.length / 3)) ? best : undefined;
}

/** Raw HTML in a Markdown body: a cheap test first, then the Markdown parser to ignore code. */
export function findRawHtml(body: string): string | undefined {
  if (!/<[!/a-zA-Z]/.test(body)) return undefined;
  let found: string | undefined;
  const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
    if (found) return;
    if (node.type === 'html') found = node.value;
    for (const child of (node.children ?? []) as (typeof node)[]) visit(child);
  };
  visit(fromMarkdown(body));
  return found?.trim().split('\n')[0];
}

/** Runs every check over the whole content; never stops at the first problem. */
export function checkContent(files: readonly ContentFile[]): { problems: Problem[]; content: CheckedContent } {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'error' });
  const warn = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'warning' });
  const content: CheckedContent = { articles: new Map(), entities: new Map(), storylines: new Map(), deals: new Map() };
  const usable: PartialContent = { articles: new Map(), entities: new Map(), storylines: new Map(), deals: new Map() };
  const seen = { articles: new Map<string, string>(), entities: new Map(), storylines: new Map(), deals: new Map() } as Record<
    CollectionName,
    Map<string, string>
  >;

  // 1. Each file on its own: its name, its frontmatter, its body.
  for (const file of files) {
    if (!ID_PATTERN.test(file.id)) {
      error(file.file, 'file name', `"${file.id}" must be lowercase ASCII words joined by hyphens, e.g. kamaz-talks-with-jac.md`);
      continue;
    }
    if (file.unreadable) {
      error(file.file, 'frontmatter', `is not valid YAML: ${file.unreadable}`);
      continue;
    }
    const earlier = seen[file.collection].get(file.id);
    if (earlier) {
      error(file.file, 'file name', `duplicate ${file.collection === 'articles' ? 'slug' : 'id'} "${file.id}": ${earlier} has it already`);
      continue;
    }
    seen[file.collection].set(file.id, file.file);
    const schema = SCHEMAS[file.collection];
    const result = schema.safeParse(file.data);
    if (result.success) {
      (content[file.collection] as Map<string, unknown>).set(file.id, { file, data: result.data });
      (usable[file.collection] as Map<string, unknown>).set(file.id, { file, data: result.data });
    } else {
      problems.push(...issueProblems(file.file, result.error));
      // Keep the fields that are valid on their own, so their references are checked too.
      (usable[file.collection] as Map<string, unknown>).set(file.id, { file, data: salvage(schema, file.data) });
    }
    if (file.body.trim() === '') {
      error(file.file, 'body', 'is empty: write the text below the closing --- of the frontmatter');
    } else {
      const html = findRawHtml(file.body);
      if (html) error(file.file, 'body', `contains raw HTML (${html.slice(0, 60)}): write Markdown instead`);
    }
  }

  // 2. References between files, over every field that is valid on its own.
  const { articles, entities, deals } = usable;
  const ref = (file: string, field: string, id: string, what: 'entity' | 'storyline' | 'deal' | 'outlet') => {
    const pool = what === 'storyline' ? seen.storylines : what === 'deal' ? seen.deals : seen.entities;
    const folder = what === 'outlet' ? 'entities' : `${what === 'entity' ? 'entitie' : what}s`;
    if (!pool.has(id)) {
      const hint = closest(id, pool.keys());
      error(file, field, `unknown ${what} "${id}": there is no ${folder}/${id}.md in the content folder${hint ? ` (did you mean "${hint}"?)` : ''}`);
      return false;
    }
    if (what === 'outlet') {
      const kind = entities.get(id)?.data.kind;
      if (kind && kind !== 'media') error(file, field, `"${id}" is a ${kind}, not an outlet (an entity of kind media)`);
    }
    return true;
  };

  for (const [slug, { file, data }] of articles) {
    data.storylines?.forEach((id, i) => ref(file.file, `storylines[${i}]`, id, 'storyline'));
    data.entities?.forEach((id, i) => ref(file.file, `entities[${i}]`, id, 'entity'));
    data.sources?.forEach((source, i) => {
      ref(file.file, `sources[${i}].outlet`, source.outlet, 'outlet');
      if (source.via) ref(file.file, `sources[${i}].via`, source.via, 'outlet');
    });
    data.figures?.forEach((figure, i) => ref(file.file, `figures[${i}].entity`, figure.entity, 'entity'));
    const eventIds = new Set<string>();
    data.events?.forEach((event, i) => {
      if (eventIds.has(event.id)) error(file.file, `events[${i}].id`, `"${event.id}" is used by another event of this article`);
      eventIds.add(event.id);
      event.entities.forEach((id, j) => ref(file.file, `events[${i}].entities[${j}]`, id, 'entity'));
    });
    data.deals?.forEach((change, i) => ref(file.file, `deals[${i}].deal`, change.deal, 'deal'));
    data.formerSlugs?.forEach((former, i) => {
      const live = seen.articles.get(former);
      if (former === slug || live) {
        error(file.file, `formerSlugs[${i}]`, `"${former}" is the slug of a live article (${live ?? file.file}); a former slug must not be in use`);
      }
      for (const [otherSlug, other] of articles) {
        if (otherSlug !== slug && other.data.formerSlugs?.includes(former) && otherSlug < slug) {
          error(file.file, `formerSlugs[${i}]`, `"${former}" is also a former slug of ${other.file.file}`);
        }
      }
    });
  }

  for (const [, { file, data }] of entities) {
    if (data.affiliation) ref(file.file, 'affiliation', data.affiliation, 'entity');
    data.relations?.forEach((relation, i) => ref(file.file, `relations[${i}].entity`, relation.entity, 'entity'));
  }

  for (const [, { file, data }] of deals) {
    data.parties?.forEach((id, i) => ref(file.file, `parties[${i}]`, id, 'entity'));
    if (data.storyline) ref(file.file, 'storyline', data.storyline, 'storyline');
  }

  // 3. Every name and alias belongs to one entity only, or search and entity links could not tell them apart.
  const owners = new Map<string, { id: string; file: string }>();
  for (const [id, { file, data }] of entities) {
    const names: [string, string][] = [...(data.name ? [['name', data.name] as [string, string]] : []), ...(data.aliases ?? []).map((a, i): [string, string] => [`aliases[${i}]`, a])];
    for (const [field, name] of names) {
      const key = name.normalize('NFC').toLocaleLowerCase('en').replace(/\s+/g, ' ');
      const owner = owners.get(key);
      if (owner && owner.id !== id) {
        error(file.file, field, `"${name}" is already a name or alias of "${owner.id}" (${owner.file}); a spelling may belong to one entity only`);
      } else if (!owner) {
        owners.set(key, { id, file: file.file });
      }
    }
  }

  // 4. Warnings: an article body mentions an entity its `entities` list lacks.
  const matcher = createAliasMatcher([...content.entities].map(([id, { data }]) => ({ id, names: [data.name, ...data.aliases] })));
  for (const [, { file, data }] of content.articles) {
    const listed = new Set(data.entities);
    const missing = new Map<string, string>();
    for (const match of matcher.find(file.body)) {
      if (!listed.has(match.id) && !missing.has(match.id)) missing.set(match.id, match.text);
    }
    for (const [id, text] of missing) warn(file.file, 'entities', `the body mentions "${text}" but the list lacks "${id}"`);
  }

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return { problems, content };
}

/** One problem a line: `content/articles/foo.md: entities[1]: unknown entity "x" …`. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `${p.severity === 'error' ? 'error' : 'warning'}  ${p.file}: ${p.field}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
  return lines.join('\n');
}
