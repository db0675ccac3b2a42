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

const WORD = String.raw`[\p{L}\p{N}]`;

function escape(alias: string): string {
  return alias
    .trim()
    .split(/\s+/)
    // Only the syntax characters: under the `u` flag, escaping anything else (such as `-`) is an error.
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(String.raw`\s+`);
}

function buildRegex(aliases: string[], flags: string): RegExp | undefined {
  if (aliases.length === 0) return undefined;
  const alternation = [...aliases].sort((a, b) => b.length - a.length).map(escape).join('|');
  return new RegExp(`(?<!${WORD})(?:${alternation})(?!${WORD})`, flags);
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
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const { id, names } of entities) {
    for (const raw of names) {
      const name = squash(raw.normalize('NFC'));
      if (!name) continue;
      if (isCaseSensitiveAlias(name)) exact.set(name, id);
      else folded.set(fold(name), id);
    }
  }
  const sensitive = buildRegex([...exact.keys()], 'gu');
  const insensitive = buildRegex([...folded.keys()], 'giu');

  return {
    find(input: string): AliasMatch[] {
      // Aliases are compared in NFC; offsets are mapped back to the input as given.
      const text = input.normalize('NFC');
      const toInput = text === input ? (i: number) => i : inputOffsets(input);
      const candidates: AliasMatch[] = [];
      for (const m of sensitive ? text.matchAll(sensitive) : []) {
        candidates.push({ id: exact.get(squash(m[0]))!, text: m[0], start: m.index, end: m.index + m[0].length });
      }
      for (const m of insensitive ? text.matchAll(insensitive) : []) {
        candidates.push({ id: folded.get(fold(squash(m[0])))!, text: m[0], start: m.index, end: m.index + m[0].length });
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
      return chosen.map((m) => ({ ...m, start: toInput(m.start), end: toInput(m.end), text: input.slice(toInput(m.start), toInput(m.end)) }));
    },
  };
}
