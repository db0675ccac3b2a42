/**
 * Counts sentences in a summary. A full stop ends a sentence only when a
 * capital letter follows and the word before it is not an abbreviation or an
 * initial ("St. Petersburg", "JAC Co.", "U.S.", "V. Shmakov").
 */
const ABBREVIATIONS = new Set([
  'st',
  'co',
  'ltd',
  'inc',
  'corp',
  'jsc',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  'no',
  'vs',
  'gen',
  'gov',
  'approx',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
]);

export function countSentences(text: string): number {
  const trimmed = text.trim();
  if (!trimmed) return 0;
  let count = 1;
  for (const match of trimmed.matchAll(/([\p{L}.]*)([.!?])(["”»)]*)\s+(?=["“«(]?\p{Lu})/gu)) {
    const word = match[1]!.replace(/\.$/, '').toLowerCase();
    // A closing quote after the full stop always ends the sentence: "No." is a word there, not "number".
    const isAbbreviation =
      match[2] === '.' && !match[3] && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word));
    if (!isAbbreviation) count++;
  }
  return count;
}
