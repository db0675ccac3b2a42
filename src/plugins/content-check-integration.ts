/**
 * Runs the content check before Astro touches a single page. On `astro build`
 * any error stops the build with the same report as `npm run check`, so bad
 * content never produces a half-built site; under `astro dev` problems are
 * logged and the server keeps running.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblems } from '../lib/content-check/index.ts';
import { ContentFolderError, readContentDir } from '../lib/content-check/read.ts';

/** An editor's mistake, not the program's: Astro prints the report and the hint, without a stack trace. */
export class ContentCheckError extends AstroError {
  constructor(message: string) {
    super(message, 'Run `npm run check` to see the same report without building; each line reads file: field: what is wrong.');
    this.stack = '';
  }
}

export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'moskvich-tracker:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        let files;
        try {
          files = readContentDir(contentDir);
        } catch (e) {
          if (e instanceof ContentFolderError) throw new ContentCheckError(`The content check could not run: ${e.message}`);
          throw e;
        }
        const { problems } = checkContent(files);
        if (problems.length === 0) return;
        const report = formatProblems(problems);
        const failed = problems.some((p) => p.severity === 'error');
        if (failed && command === 'build') {
          throw new ContentCheckError(`The content check found problems; fix them and build again.\n${report}`);
        }
        (failed ? logger.error : logger.warn).call(logger, `Content check:\n${report}`);
      },
    },
  };
}
