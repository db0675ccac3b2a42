/** Marks Cyrillic text so that screen readers and hyphenation treat it as Russian. */

/** A Cyrillic letter, then anything that reads as part of the same Russian phrase: words, digits, spaces, «quotes», hyphens. */
const CYRILLIC_RUN = /\p{Script=Cyrillic}(?:[\p{Script=Cyrillic}\p{M}\p{N}\s\-–«»"'’.,]*[\p{Script=Cyrillic}\p{M}\p{N}»])?/gu;

export interface TextRun {
  text: string;
  /** "ru" for a Cyrillic run, undefined for text in the page's own language. */
  lang?: 'ru';
}

/** Splits text into runs of page-language text and Cyrillic (Russian) text. */
export function splitByLanguage(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(CYRILLIC_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang: 'ru' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
