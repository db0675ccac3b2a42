/** Warnings: an article body mentions an entity its `entities` list lacks. */
import { createAliasMatcher } from '../alias-matcher.ts';
import type { CheckedContent, Report } from './types.ts';

export function checkMentions(content: CheckedContent, report: Report): void {
  const matcher = createAliasMatcher([...content.entities].map(([id, { data }]) => ({ id, names: [data.name, ...data.aliases] })));
  for (const [, { file, data }] of content.articles) {
    const listed = new Set(data.entities);
    const missing = new Map<string, string>();
    for (const match of matcher.find(file.body)) {
      if (!listed.has(match.id) && !missing.has(match.id)) missing.set(match.id, match.text);
    }
    for (const [id, text] of missing) report.warn(file.file, 'entities', `the body mentions "${text}" but the list lacks "${id}"`);
  }
}
