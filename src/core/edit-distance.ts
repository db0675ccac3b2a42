/** Levenshtein distance, for "did you mean" hints (the content check, the search page). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/**
 * How many edits a typo of `length` characters may hold and still count as the word meant:
 * none below three characters, then one for every three (Kamas 1, Sobianin 2, Moskvitsch 3).
 */
export function typoTolerance(length: number): number {
  return length < 3 ? 0 : Math.max(1, Math.floor(length / 3));
}

/** The candidate closest to `word` within its typo tolerance, if any (ties: the first given). */
export function closestWithin(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= typoTolerance(word.length) ? best : undefined;
}
