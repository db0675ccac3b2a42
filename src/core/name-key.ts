/**
 * The one way the tracker compares names: the content check's "one spelling, one
 * entity" rule, the entity-link matcher and the search page all use `nameKey`, so
 * two spellings the check lets through can never collide later in search.
 */

/** Format characters (zero-width spaces and joiners, soft hyphens, bidi marks, BOM) and variation selectors. */
export const INVISIBLE = /\p{Cf}|\p{Variation_Selector}|[\u115F\u1160\u3164\uFFA0]|\u17B4|\u17B5|\u034F/gu;

/** Quotation marks of every script, which a spelling may or may not carry («Москвич», "Moskvitch"). */
const QUOTES = /[«»"“”„‟'‘’‚‛‹›「」『』]/g;

/**
 * A name as it is compared: compatibility forms folded (fullwidth ＫＡＭＡＺ is KAMAZ),
 * invisible characters and quotes removed, lower case, single spaces.
 */
export function nameKey(text: string): string {
  return text.normalize('NFKC').replace(INVISIBLE, '').replace(QUOTES, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}
