import { describe, expect, it } from 'vitest';
import { INVISIBLE, nameKey } from '../../src/core/name-key.ts';

describe('nameKey', () => {
  it('ignores case, in Latin and Cyrillic', () => {
    expect(nameKey('KAMAZ')).toBe(nameKey('kamaz'));
    expect(nameKey('КАМАЗ')).toBe(nameKey('камаз'));
    expect(nameKey('Москвич')).toBe('москвич');
  });

  it('folds compatibility forms: fullwidth letters and ligatures are the plain letters', () => {
    expect(nameKey('ＫＡＭＡＺ')).toBe('kamaz');
    expect(nameKey('ﬁat')).toBe('fiat');
  });

  it('drops invisible characters a pasted name may carry', () => {
    for (const hidden of ['\u200B', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u200E', '\uFE0F', '\u034F'])
      expect(nameKey(`KA${hidden}MAZ`), JSON.stringify(hidden)).toBe('kamaz');
  });

  it('drops quotation marks of every script', () => {
    for (const quoted of ['«Москвич»', '"Москвич"', '“Москвич”', '„Москвич“', '‹Москвич›', '「Москвич」', "'Москвич'"])
      expect(nameKey(quoted), quoted).toBe('москвич');
  });

  it('collapses runs of white space to one space and trims the ends', () => {
    expect(nameKey('  Sergei \t\n Sobyanin  ')).toBe('sergei sobyanin');
    expect(nameKey('Sergei\u00A0Sobyanin')).toBe('sergei sobyanin');
  });

  it('keeps what tells names apart: letters, digits, hyphens and the script', () => {
    expect(nameKey('Moskvich 3')).not.toBe(nameKey('Moskvich 3e'));
    expect(nameKey('Tiggo-7')).toBe('tiggo-7');
    expect(nameKey('Kama')).not.toBe(nameKey('Кама'));
    expect(nameKey('Lada Vesta')).not.toBe(nameKey('LadaVesta'));
  });

  it('is idempotent', () => {
    for (const text of ['«ＫＡＭＡＺ»\u200B  Trucks', 'Москвич', ' Sergei  Sobyanin '])
      expect(nameKey(nameKey(text)), text).toBe(nameKey(text));
  });
});

describe('INVISIBLE', () => {
  it('matches format characters and variation selectors, not visible letters, digits or spaces', () => {
    expect('a\u200Bb\uFE0Fc\u00ADd'.replace(INVISIBLE, '')).toBe('abcd');
    expect('KAMAZ 3 Москвич'.replace(INVISIBLE, '')).toBe('KAMAZ 3 Москвич');
  });
});
