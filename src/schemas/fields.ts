/**
 * Field schemas shared by every collection. Imports only `astro/zod` and pure
 * helpers, so unit tests and the content check load it without Astro.
 */
import { z } from 'astro/zod';
import { isInFuture, parsePartialDate } from '../lib/partial-date.ts';

/**
 * An error message for a wrong type that says "is required" when the field is
 * missing altogether, so an editor knows whether to add it or fix it.
 */
export function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : what);
}

/** Lowercase ASCII words joined by single hyphens: the shape of every id and slug. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of another entry (entity, storyline, deal); existence is checked by the content check. */
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
  .refine((text) => !isInFuture(parsePartialDate(text)!), {
    error: (issue) => `"${String(issue.input)}" is in the future; the tracker records what has happened`,
  });

/** A web address with its scheme, e.g. https://www.reuters.com/... */
export const urlSchema = z.url({
  protocol: /^https?$/,
  error: expected('must be a full web address starting with https:// or http://'),
});

/** A non-empty line of text. */
export const textSchema = z.string({ error: expected('must be text') }).trim().min(1, 'must not be empty');

/** A list of ids with at least one item. */
export function idListSchema(what: string) {
  return z.array(idSchema, { error: expected(`must be a list of ${what} ids`) }).min(1, `needs at least one ${what} id`);
}
