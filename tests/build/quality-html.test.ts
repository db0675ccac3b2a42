/**
 * Gate: every HTML file of the built site is valid HTML by html-validate's
 * recommended rules, with the relaxations in .htmlvalidate.json.
 */
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { allPages, fileFor } from '../helpers/dist.ts';

describe('HTML validity (html-validate)', () => {
  it('uses the project configuration', async () => {
    const rules = (await new HtmlValidate(new FileSystemConfigLoader()).getConfigFor(fileFor('/'))).getRules();
    // Recommended rules are errors (2)…
    expect(rules.get('no-implicit-close')?.[0]).toBe(2);
    expect(rules.get('element-permitted-content')?.[0]).toBe(2);
    // …but for the relaxations .htmlvalidate.json makes.
    expect(rules.get('valid-id')).toEqual([2, expect.objectContaining({ relaxed: true })]);
  });

  it('finds no error in any page', async () => {
    const pages = allPages();
    expect(pages.length).toBeGreaterThan(50);
    // Each file's configuration is found the way the CLI finds it: the nearest .htmlvalidate.json above it, the project's.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const page of pages) {
      const file = fileFor(page);
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const m of result.messages as Message[]) {
          if (m.severity === 2)
            problems.push(`${page}:${m.line}:${m.column} [${m.ruleId}] ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
