import { describe, expect, it } from 'vitest';
import { splitByLanguage } from '../../src/lib/lang.ts';

const hasCyrillic = (text: string) => /\p{Script=Cyrillic}/u.test(text);

const joined = (text: string) =>
  splitByLanguage(text)
    .map((r) => r.text)
    .join('');

describe('splitByLanguage', () => {
  it('returns one unmarked run for text without Cyrillic', () => {
    expect(splitByLanguage('Moskvich is back')).toEqual([{ text: 'Moskvich is back' }]);
  });

  it('returns no runs for empty text', () => {
    expect(splitByLanguage('')).toEqual([]);
  });

  it('marks a Cyrillic-only text as one "ru" run', () => {
    expect(splitByLanguage('Москвич')).toEqual([{ text: 'Москвич', lang: 'ru' }]);
  });

  it('an unmarked run has no lang property at all', () => {
    const [run] = splitByLanguage('Moskvich');
    expect(run).not.toHaveProperty('lang');
  });

  it('keeps a name of several words in one run', () => {
    expect(splitByLanguage('Денис Мантуров')).toEqual([{ text: 'Денис Мантуров', lang: 'ru' }]);
    expect(splitByLanguage('Minister Денис Мантуров said')).toEqual([
      { text: 'Minister ' },
      { text: 'Денис Мантуров', lang: 'ru' },
      { text: ' said' },
    ]);
  });

  it('splits "KAMAZ (КАМАЗ)" into three runs, the parentheses outside the Cyrillic', () => {
    expect(splitByLanguage('KAMAZ (КАМАЗ)')).toEqual([{ text: 'KAMAZ (' }, { text: 'КАМАЗ', lang: 'ru' }, { text: ')' }]);
  });

  it('leaves trailing spaces and punctuation outside the run', () => {
    expect(splitByLanguage('Москвич, and then')).toEqual([{ text: 'Москвич', lang: 'ru' }, { text: ', and then' }]);
    expect(splitByLanguage('Первый. Второй.')).toEqual([{ text: 'Первый. Второй', lang: 'ru' }, { text: '.' }]);
    expect(splitByLanguage('Москвич ')).toEqual([{ text: 'Москвич', lang: 'ru' }, { text: ' ' }]);
  });

  it('keeps inner punctuation, hyphens, dashes and guillemets inside a Russian phrase', () => {
    expect(splitByLanguage('Завод «Москвич» opened')).toEqual([{ text: 'Завод «Москвич»', lang: 'ru' }, { text: ' opened' }]);
    expect(splitByLanguage('Ростов-на-Дону')).toEqual([{ text: 'Ростов-на-Дону', lang: 'ru' }]);
    expect(splitByLanguage('он сказал – да, конечно')).toEqual([{ text: 'он сказал – да, конечно', lang: 'ru' }]);
  });

  it('keeps digits that follow Cyrillic inside the run', () => {
    expect(splitByLanguage('Москвич 3 and Москвич-3е')).toEqual([
      { text: 'Москвич 3', lang: 'ru' },
      { text: ' and ' },
      { text: 'Москвич-3е', lang: 'ru' },
    ]);
    expect(splitByLanguage('КАМАЗ 2022.')).toEqual([{ text: 'КАМАЗ 2022', lang: 'ru' }, { text: '.' }]);
  });

  it('leaves digits before the first Cyrillic letter outside the run', () => {
    expect(splitByLanguage('2022 Москвич')).toEqual([{ text: '2022 ' }, { text: 'Москвич', lang: 'ru' }]);
    expect(splitByLanguage('Moskvich 3')).toEqual([{ text: 'Moskvich 3' }]);
  });

  it('marks a single Cyrillic letter', () => {
    expect(splitByLanguage('A Ю B')).toEqual([{ text: 'A ' }, { text: 'Ю', lang: 'ru' }, { text: ' B' }]);
  });

  it('keeps combining marks (a stress accent) inside the run', () => {
    expect(splitByLanguage('Москви\u0301ч')).toEqual([{ text: 'Москви\u0301ч', lang: 'ru' }]);
    expect(splitByLanguage('Москви\u0301 x')).toEqual([{ text: 'Москви\u0301', lang: 'ru' }, { text: ' x' }]);
  });

  it('splits alternating scripts into alternating runs', () => {
    expect(splitByLanguage('JAC и KAMAZ')).toEqual([{ text: 'JAC ' }, { text: 'и', lang: 'ru' }, { text: ' KAMAZ' }]);
    expect(splitByLanguage('Moskvich (Москвич) and ZIL (ЗИЛ)')).toEqual([
      { text: 'Moskvich (' },
      { text: 'Москвич', lang: 'ru' },
      { text: ') and ZIL (' },
      { text: 'ЗИЛ', lang: 'ru' },
      { text: ')' },
    ]);
  });

  it('does not carry a Cyrillic run across Latin letters', () => {
    const runs = splitByLanguage('Москва Moscow Москва');
    expect(runs).toEqual([{ text: 'Москва', lang: 'ru' }, { text: ' Moscow ' }, { text: 'Москва', lang: 'ru' }]);
  });

  it('loses and adds nothing: the runs join back into the input', () => {
    for (const text of ['KAMAZ (КАМАЗ)', 'the «Москвич» plant', 'Денис Мантуров, minister', '«Москвич»', 'a, б. c; д!', 'plain']) {
      expect(joined(text)).toBe(text);
    }
  });

  it('puts every Cyrillic letter in a "ru" run and none outside', () => {
    const text = 'The «Москвич» plant (АЗЛК), ex-Renault; Мантуров: «Да». JAC/КАМАЗ 2022.';
    for (const run of splitByLanguage(text)) expect(hasCyrillic(run.text), run.text).toBe(run.lang === 'ru');
    expect(
      splitByLanguage(text)
        .filter((r) => r.lang === 'ru')
        .map((r) => r.text),
    ).toEqual(['Москвич»', 'АЗЛК', 'Мантуров', 'Да»', 'КАМАЗ 2022']);
  });
});
