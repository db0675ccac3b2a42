/**
 * `npm run check [-- --dir path/to/content]`: checks the whole content folder
 * without building the site and prints every problem, one a line, with the
 * file and the field. Exits 1 when there is any error (warnings alone pass).
 */
import { parseArgs } from 'node:util';
import { checkContent, formatProblems, lintBodies, sortProblems } from '../src/lib/content-check/index.ts';
import { ContentFolderError, readContentDir } from '../src/lib/content-check/read.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: process.env.CONTENT_DIR ?? 'content' } } });
try {
  const files = readContentDir(values.dir!);
  const checked = checkContent(files, { bodies: false });
  const problems = sortProblems([...checked.problems, ...(await lintBodies(checked.unlinted))]);
  console.log(`Checked ${files.length} files in ${values.dir}.`);
  console.log(formatProblems(problems));
  process.exitCode = problems.some((p) => p.severity === 'error') ? 1 : 0;
} catch (e) {
  if (!(e instanceof ContentFolderError)) throw e;
  console.log(`error  ${e.message}\n1 error, 0 warnings`);
  process.exitCode = 1;
}
