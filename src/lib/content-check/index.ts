/**
 * The content check: every problem in the content at once, each naming the
 * file and the field. `npm run check` prints it; the build runs the same check
 * first and stops on any error, so a bad file never yields a half-built site.
 *
 * Steps: each file on its own (name, frontmatter, body), then references between
 * files, events, figures, relations, spellings, and last the warnings.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { z } from 'astro/zod';
import { articleSchema, dealSchema, entitySchema, ID_PATTERN, measureSchema, storylineSchema } from '../../schemas/index.ts';
import { lintBody, type BodyMessage } from './body.ts';
import { checkEvents } from './events.ts';
import { checkFigures } from './figures.ts';
import { checkMentions } from './mentions.ts';
import { checkSpellings } from './names.ts';
import { checkReferences } from './references.ts';
import { checkRelations } from './relations.ts';
import { countOf } from '../strings.ts';
import {
  COLLECTIONS,
  type CheckedContent,
  type CollectionName,
  type ContentFile,
  type Problem,
  type Report,
  type UsableContent,
} from './types.ts';

export { COLLECTIONS, type CheckedContent, type CollectionName, type ContentFile, type Problem } from './types.ts';

const SCHEMAS = {
  articles: articleSchema,
  entities: entitySchema,
  storylines: storylineSchema,
  deals: dealSchema,
  measures: measureSchema,
};

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

const emptyCollections = () => Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()]));

/** A body's lint messages as problems of its file, the field saying where: `body:12:5`. */
const bodyProblems = (file: ContentFile, messages: readonly BodyMessage[]): Problem[] =>
  messages.map((m) => ({
    file: file.file,
    field: `body:${m.line}:${m.column}`,
    message: `${m.message} (${m.rule})`,
    severity: m.severity,
  }));

/**
 * Step 1: each file on its own. Returns the valid entries, every entry's valid fields (for references), and
 * the files whose bodies are still to lint when `lint` is false.
 */
function checkFiles(files: readonly ContentFile[], problems: Problem[], report: Report, lint: boolean) {
  const unlinted: ContentFile[] = [];
  const content = emptyCollections() as CheckedContent;
  const usable = emptyCollections() as UsableContent;
  const seen = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, string>()])) as Record<CollectionName, Map<string, string>>;
  for (const file of files) {
    if (file.fault) {
      report.error(file.file, file.fault.field, file.fault.message);
      continue;
    }
    if (!ID_PATTERN.test(file.id)) {
      report.error(file.file, 'file name', `"${file.id}" must be lowercase ASCII words joined by hyphens, e.g. kamaz-talks-with-jac.md`);
      continue;
    }
    const earlier = seen[file.collection].get(file.id);
    if (earlier) {
      report.error(
        file.file,
        'file name',
        `duplicate ${file.collection === 'articles' ? 'slug' : 'id'} "${file.id}": ${earlier} has it already`,
      );
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
      report.error(file.file, 'body', 'is empty: write the text below the closing --- of the frontmatter');
      continue;
    }
    if (lint) problems.push(...bodyProblems(file, lintBody(file.body, file.bodyLine)));
    else unlinted.push(file);
  }
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(seen[c].keys())])) as Record<CollectionName, Set<string>>;
  return { content, usable, ids, unlinted };
}

/** Errors first within a file, files in order: the order of the report. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * Runs every check over the whole content; never stops at the first problem. With `bodies: false` it
 * leaves the bodies' lint (remark, the costly part) to `lintBodies`, and returns the files it left.
 */
export function checkContent(
  files: readonly ContentFile[],
  { bodies = true }: { bodies?: boolean } = {},
): { problems: Problem[]; content: CheckedContent; unlinted: ContentFile[] } {
  const problems: Problem[] = [];
  const report: Report = {
    error: (file, field, message) => problems.push({ file, field, message, severity: 'error' }),
    warn: (file, field, message) => problems.push({ file, field, message, severity: 'warning' }),
  };
  const { content, usable, ids, unlinted } = checkFiles(files, problems, report, bodies);
  checkReferences(usable, ids, report);
  checkEvents(usable.articles, report);
  checkFigures(usable, report);
  checkRelations(usable.entities, report);
  checkSpellings(usable.entities, report);
  checkMentions(content, report);
  return { problems: sortProblems(problems), content, unlinted };
}

/**
 * Lints the bodies of `files` in worker threads (src/lib/content-check/lint-worker.ts), the files shared
 * out among them: the remark pass is most of the check's time, and it needs nothing but each body. The
 * build runs it on the core that the content sync leaves free.
 */
export async function lintBodies(files: readonly ContentFile[], threads = availableParallelism()): Promise<Problem[]> {
  const count = Math.max(1, Math.min(threads, files.length));
  const shares = Array.from({ length: count }, (_, i) => files.filter((_, k) => k % count === i));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise<BodyMessage[][]>((resolve, reject) => {
          const worker = new Worker(new URL('./lint-worker.ts', import.meta.url), {
            workerData: share.map((f) => ({ body: f.body, line: f.bodyLine })),
          });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`the body lint worker stopped with exit code ${code}`)));
        }),
    ),
  );
  return sortProblems(shares.flatMap((share, i) => share.flatMap((file, k) => bodyProblems(file, results[i]![k]!))));
}

/** One problem a line: `error  content/articles/foo.md: entities[1]: unknown entity "x" …`. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `${p.severity}  ${p.file}: ${p.field}: ${p.message}`);
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  lines.push(`${countOf(errors, 'error', 'errors')}, ${countOf(warnings, 'warning', 'warnings')}`);
  return lines.join('\n');
}
