import { describe, expect, it } from 'vitest';
import { closestWithin, editDistance, typoTolerance } from '../../src/core/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['kamaz', 'kamaz', 0],
    ['kamas', 'kamaz', 1], // one substitution
    ['kamaz', 'kamazz', 1], // one insertion
    ['kmaz', 'kamaz', 1], // one deletion
    ['kitten', 'sitting', 3],
    ['', 'jac', 3],
    ['jac', '', 3],
    ['', '', 0],
    ['moskvitsch', 'moskvich', 2],
    ['москвичь', 'москвич', 1],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
  });

  it('is symmetric', () => {
    for (const [a, b] of [
      ['sobianin', 'sobyanin'],
      ['chery tigo', 'chery tiggo'],
      ['', 'faw'],
    ])
      expect(editDistance(a!, b!)).toBe(editDistance(b!, a!));
  });

  it('counts a swap of two letters as two edits (Levenshtein, not Damerau)', () => {
    expect(editDistance('kamaz', 'kmaaz')).toBe(2);
  });
});

describe('typoTolerance', () => {
  it('allows no typo below three characters, then one edit for every three', () => {
    expect([0, 1, 2].map(typoTolerance)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6, 8, 9, 10, 11, 12].map(typoTolerance)).toEqual([1, 1, 1, 2, 2, 3, 3, 3, 4]);
  });

  it('lets the typos the search page and the content check meet through', () => {
    expect(editDistance('kamas', 'kamaz')).toBeLessThanOrEqual(typoTolerance('kamas'.length));
    expect(editDistance('sobianin', 'sobyanin')).toBeLessThanOrEqual(typoTolerance('sobianin'.length));
    expect(editDistance('moskvitsch', 'moskvich')).toBeLessThanOrEqual(typoTolerance('moskvitsch'.length));
    // A two-letter id would match almost anything with one edit.
    expect(editDistance('ga', 'gz')).toBeGreaterThan(typoTolerance('ga'.length));
  });
});

describe('closestWithin', () => {
  const IDS = ['kamaz', 'jac', 'moskvich', 'moscow-city-government', 'sergei-sobyanin'];

  it('suggests the closest candidate within the typo tolerance of the word', () => {
    expect(closestWithin('kamas', IDS)).toBe('kamaz');
    expect(closestWithin('moskvitch', IDS)).toBe('moskvich');
    expect(closestWithin('moscow-city-goverment', IDS)).toBe('moscow-city-government');
  });

  it('suggests nothing when every candidate is too far off', () => {
    expect(closestWithin('gaz', IDS)).toBeUndefined();
    expect(closestWithin('renault', IDS)).toBeUndefined();
  });

  it('measures the tolerance by the word typed, not by the candidate', () => {
    // "jc" has 2 characters (no tolerance) though "jac" is one edit away.
    expect(closestWithin('jc', IDS)).toBeUndefined();
    expect(closestWithin('jak', IDS)).toBe('jac');
  });

  it('prefers the nearer candidate, and the first given on a tie', () => {
    expect(closestWithin('kamax', ['kamaz', 'kamax-group', 'kamay'])).toBe('kamaz');
    expect(closestWithin('kamax', ['kamay', 'kamaz'])).toBe('kamay');
  });

  it('returns the word itself when it is a candidate, and nothing for no candidates', () => {
    expect(closestWithin('jac', IDS)).toBe('jac');
    expect(closestWithin('jac', [])).toBeUndefined();
    expect(closestWithin('jac', new Set(['jak']))).toBe('jak');
  });
});
