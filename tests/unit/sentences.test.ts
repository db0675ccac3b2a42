import { describe, expect, it } from 'vitest';
import { countSentences } from '../../src/core/sentences.ts';

describe('countSentences', () => {
  it.each([
    ['', 0],
    ['One sentence.', 1],
    ['One sentence', 1],
    ['One. Two.', 2],
    ['One! Two? Three.', 3],
    ['JAC and KAMAZ met in St. Petersburg. Production starts in June.', 2],
    ['Anhui Jianghuai Automobile Co. supplies KAMAZ.', 1],
    ['Trade with the U.S. fell. Exports rose.', 2],
    ['V. Shmakov spoke to TASS.', 1],
    ['Sales rose 2.6 percent. Prices fell.', 2],
    ['He said: "No." Then he left.', 2],
  ])('"%s" has %i', (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});
