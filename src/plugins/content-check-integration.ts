/**
 * Runs the content check before Astro writes a single page. On `astro build` any error stops the
 * build with the same report as `npm run check`, so bad content never produces a half-built site;
 * under `astro dev` problems are logged and the server keeps running.
 *
 * On `astro build` the check comes in two halves. The frontmatter, references and names are checked
 * at once, before Astro reads the content. The bodies' lint (remark, most of the check's time) runs
 * in worker threads while Astro syncs the content on its own thread, and the build waits for it
 * before it renders anything (`astro:build:start`): the same report, on the core the sync leaves free.
 */
import { availableParallelism } from 'node:os';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblems, lintBodies, sortProblems, type Problem } from '../lib/content-check/index.ts';
import { ContentFolderError, readContentDir } from '../lib/content-check/read.ts';

/** An editor's mistake, not the program's: Astro prints the report and the hint, without a stack trace. */
export class ContentCheckError extends AstroError {
  constructor(message: string) {
    super(message, 'Run `npm run check` to see the same report without building; each line reads file: field: what is wrong.');
    this.stack = '';
  }
}

/** Stops a build on any error; otherwise logs the problems, if any. */
function report(problems: readonly Problem[], stop: boolean, logger: AstroIntegrationLogger): void {
  if (problems.length === 0) return;
  const text = formatProblems(problems);
  const failed = problems.some((p) => p.severity === 'error');
  if (failed && stop) throw new ContentCheckError(`The content check found problems; fix them and build again.\n${text}`);
  (failed ? logger.error : logger.warn).call(logger, `Content check:\n${text}`);
}

export function contentCheck(contentDir: string): AstroIntegration {
  let pending: Promise<Problem[]> | undefined;
  return {
    name: 'moskvich-tracker:content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        let files;
        try {
          files = readContentDir(contentDir);
        } catch (e) {
          if (e instanceof ContentFolderError) throw new ContentCheckError(`The content check could not run: ${e.message}`);
          throw e;
        }
        const building = command === 'build';
        const { problems, unlinted } = checkContent(files, { bodies: !building });
        if (!building) return report(problems, false, logger);
        // One core for Astro's content sync, the others for the lint.
        pending = lintBodies(unlinted, Math.max(1, availableParallelism() - 1)).then((found) => sortProblems([...problems, ...found]));
        // A frontmatter error would stop the sync with Astro's own message: report the whole check now instead.
        if (problems.some((p) => p.severity === 'error')) return report(await pending, true, logger);
        // Never an unhandled rejection while the sync runs: the failure is reported at astro:build:start.
        pending.catch(() => {});
      },
      'astro:build:start': async ({ logger }) => {
        if (pending) report(await pending, true, logger);
      },
    },
  };
}
