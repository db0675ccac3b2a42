/**
 * Field schemas shared by every collection. Imports only `astro/zod` and the
 * pure helpers in src/core, so unit tests and the content check load it without Astro.
 */
import { z } from 'astro/zod';
import { INVISIBLE } from '../core/name-key.ts';
import { isInFuture, parsePartialDate } from '../core/partial-date.ts';

/**
 * An error message for a wrong type that says "is required" when the field is
 * missing altogether, so an editor knows whether to add it or fix it.
 */
export function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what);
}

/** Lowercase ASCII words joined by single hyphens: the shape of every id and slug. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The earliest year a date may have: the tracker's history starts in the twentieth century. */
export const FIRST_YEAR = 1900;

/** An id of another entry (entity, storyline, deal, measure); existence is checked by the content check. */
export const idSchema = z
  .string({ error: expected('must be an id written as text, e.g. kamaz') })
  .regex(ID_PATTERN, 'must be an id in lowercase ASCII words joined by hyphens, e.g. moscow-city-government');

/**
 * A date as precise as the source: "YYYY", "YYYY-MM" or "YYYY-MM-DD", in quotes.
 * Unquoted, YAML turns 2022-05-19 into a timestamp and silently rolls an
 * impossible day such as 2022-02-30 into March, so a non-string is rejected.
 */
export const partialDateSchema = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? 'is required'
        : issue.input instanceof Date || typeof issue.input === 'number'
          ? 'write the date in quotes, e.g. "2022-05-19", "2022-06" or "2005" (unquoted, YAML turns it into a number or a timestamp)'
          : 'must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
  })
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'must be a date written "YYYY", "YYYY-MM" or "YYYY-MM-DD"', abort: true })
  .refine((text) => parsePartialDate(text) !== undefined, {
    error: (issue) => `"${String(issue.input)}" is not a real date (check the month and the day)`,
    abort: true,
  })
  .refine((text) => parsePartialDate(text)!.year >= FIRST_YEAR, {
    error: (issue) => `"${String(issue.input)}" is before ${FIRST_YEAR}; check the year`,
    abort: true,
  })
  .refine((text) => !isInFuture(parsePartialDate(text)!), {
    error: (issue) => `"${String(issue.input)}" is in the future; the tracker records what has happened`,
  });

/** Why `text` is not a safe web address for a source, or undefined. */
export function urlProblem(text: string): string | undefined {
  const bad = /[\s<>"`\p{Cc}]/u.exec(text);
  if (bad) {
    const what = /\s/.test(bad[0]) ? 'a space' : /\p{Cc}/u.test(bad[0]) ? 'a control character' : `"${bad[0]}"`;
    return `must not contain ${what} (percent-encode it, e.g. %20 for a space)`;
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'must be a full web address starting with https:// or http://';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'must be a full web address starting with https:// or http://';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return `must have a full host name such as www.example.com ("${url.hostname}" is not one)`;
  return undefined;
}

/**
 * A web address with its scheme, e.g. https://www.reuters.com/... Only well-formed http(s)
 * addresses pass; the stored value is the parsed `href`, so what reaches a page is what a
 * browser would request.
 */
export const urlSchema = z
  .string({ error: expected('must be a full web address starting with https:// or http://') })
  .superRefine((text, ctx) => {
    const problem = urlProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
  })
  .transform((text) => new URL(text).href);

/** Why a text field's content is unsafe or unreadable, or undefined. */
export function textProblem(text: string): string | undefined {
  const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  if (!text.isWellFormed()) return 'contains a broken character (a lone surrogate): retype the text around it';
  const control = /[\p{Cc}]/u.exec(text.replace(/[\t\n\r]/g, ''));
  if (control) return `contains an invisible control character (${codePoint(control[0])}): delete it`;
  const nonCharacter = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/u.exec(text);
  if (nonCharacter) return `contains a non-character (${codePoint(nonCharacter[0])}): delete it`;
  const bidi = /[\u202A-\u202E\u2066-\u2069]/u.exec(text);
  if (bidi)
    return `contains a bidirectional override (${codePoint(bidi[0])}), which can make text read differently from what it says: delete it`;
  if (text !== '' && text.replace(INVISIBLE, '').trim() === '') return 'must not be empty (it holds only invisible characters)';
  return undefined;
}

function safe<T extends z.ZodString>(schema: T) {
  return schema.superRefine((text, ctx) => {
    const problem = textProblem(text);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, input: text });
  });
}

/** A non-empty line of text with no control, invisible-only or direction-overriding content. */
export const textSchema = safe(
  z
    .string({ error: expected('must be text') })
    .trim()
    .min(1, 'must not be empty'),
);

/** Text of at most `max` characters; the message says what the limit is for. */
export function shortText(max: number, why: string) {
  return safe(
    z
      .string({ error: expected('must be text') })
      .trim()
      .min(1, { error: 'must not be empty', abort: true })
      .max(max, { error: (issue) => `is ${String(issue.input).length} characters; it must be at most ${max} (${why})` }),
  );
}

/** A list of ids with at least one item. */
export function idListSchema(what: string) {
  return z.array(idSchema, { error: expected(`must be a list of ${what} ids`) }).min(1, `needs at least one ${what} id`);
}
