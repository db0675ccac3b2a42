/**
 * Finds entity names and aliases in running text. Word boundaries are
 * Unicode-aware (JavaScript's `\b` only knows ASCII, so it would split
 * "Москвич" anywhere); short all-capital acronyms (JAC, FAW, MAC, ZIL, BYD)
 * match case-sensitively so ordinary words never do; the longest alias wins
 * where two overlap ("Moscow Automobile Company" over "Moscow").
 */

export interface NamedEntity {
  id: string;
  /** The name first, then every alias. */
  names: readonly string[];
}

export interface AliasMatch {
  id: string;
  /** The text as it stands in the input. */
  text: string;
  start: number;
  end: number;
}

export interface AliasMatcher {
  /** Every non-overlapping mention, in order of position. */
  find(text: string): AliasMatch[];
}

/** Up to five capitals (Latin or Cyrillic) and digits: an acronym, matched only as written. */
export function isCaseSensitiveAlias(alias: string): boolean {
  return alias.length <= 5 && /^[\p{Lu}\d]+$/u.test(alias) && /\p{Lu}.*\p{Lu}/u.test(alias);
}

/** A letter or digit just before or after a position (two code units: astral letters are surrogate pairs). */
const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;

/** One alias, found through the first word in it and checked in place with a sticky regex. */
interface Candidate {
  id: string;
  /** Characters before the first word (an alias may open with «). */
  lead: number;
  /** Matches the whole alias at `lastIndex`; whitespace inside it matches any run of whitespace. */
  pattern: RegExp;
}

function stickyPattern(alias: string, caseSensitive: boolean): RegExp {
  const body = alias
    .split(/\s+/)
    // Only the syntax characters: under the `u` flag, escaping anything else (such as `-`) is an error.
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`\s+`);
  return new RegExp(body, caseSensitive ? 'uy' : 'iuy');
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase('en');
const squash = (s: string) => s.trim().replace(/\s+/g, ' ');

/** Maps offsets in the NFC form of `input` back to offsets in `input` (rare: only for non-NFC text). */
function inputOffsets(input: string): (nfcOffset: number) => number {
  const map = new Map<number, number>();
  for (let i = 0; i <= input.length; i++) map.set(input.slice(0, i).normalize('NFC').length, i);
  return (offset) => map.get(offset) ?? offset;
}

export function createAliasMatcher(entities: readonly NamedEntity[]): AliasMatcher {
  // Aliases are indexed by their first word, so finding mentions costs one map look-up per word of
  // text, however many entities there are (one regex alternating over every alias was the build's
  // hottest function at 10,000 articles).
  const exact = new Map<string, Candidate[]>();
  const folded = new Map<string, Candidate[]>();
  const seen = new Set<string>();
  for (const { id, names } of entities) {
    for (const raw of names) {
      const name = squash(raw.normalize('NFC'));
      const first = /[\p{L}\p{N}]+/u.exec(name);
      if (!first) continue;
      const caseSensitive = isCaseSensitiveAlias(name);
      const key = caseSensitive ? name : fold(name);
      if (seen.has(key)) continue; // a spelling belongs to one entity; the content check reports clashes
      seen.add(key);
      const index = caseSensitive ? exact : folded;
      const word = caseSensitive ? first[0] : fold(first[0]);
      const list = index.get(word) ?? [];
      list.push({ id, lead: first.index, pattern: stickyPattern(name, caseSensitive) });
      index.set(word, list);
    }
  }

  return {
    find(input: string): AliasMatch[] {
      // Aliases are compared in NFC; offsets are mapped back to the input as given.
      const text = input.normalize('NFC');
      const toInput = text === input ? (i: number) => i : inputOffsets(input);
      const candidates: AliasMatch[] = [];
      for (const word of text.matchAll(WORDS)) {
        for (const c of [...(exact.get(word[0]) ?? []), ...(folded.get(fold(word[0])) ?? [])]) {
          const start = word.index - c.lead;
          if (start < 0 || WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start))) continue;
          c.pattern.lastIndex = start;
          const m = c.pattern.exec(text);
          if (!m) continue;
          const end = start + m[0].length;
          if (WORD_AFTER.test(text.slice(end, end + 2))) continue;
          candidates.push({ id: c.id, text: m[0], start, end });
        }
      }
      // Earliest first; at the same place, the longer mention.
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const chosen: AliasMatch[] = [];
      let reach = 0;
      for (const c of candidates) {
        if (c.start < reach) continue;
        chosen.push(c);
        reach = c.end;
      }
      return chosen.map((m) => ({
        ...m,
        start: toInput(m.start),
        end: toInput(m.end),
        text: input.slice(toInput(m.start), toInput(m.end)),
      }));
    },
  };
}
