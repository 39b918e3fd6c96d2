import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../../../src/pipeline/recognize/ner/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it.each([
    ["Putin's war", ['Putin', "'s", 'war']],
    ['Moscow’s war effort', ['Moscow', '’s', 'war', 'effort']],
    ['RUSSIA’S GAZPROM', ['RUSSIA', '’S', 'GAZPROM']],
    ["They don't know", ['They', 'do', "n't", 'know']],
    ['the U.S. and its allies', ['the', 'U.S.', 'and', 'its', 'allies']],
    [
      'held Sept. 15 to 16 in Samarkand, Uzbekistan.',
      ['held', 'Sept.', '15', 'to', '16', 'in', 'Samarkand', ',', 'Uzbekistan', '.'],
    ],
    ['an expanding Russia-China relationship', ['an', 'expanding', 'Russia', '-', 'China', 'relationship']],
    ['their first face-to-face meeting', ['their', 'first', 'face-to-face', 'meeting']],
    ['J. K. Rowling', ['J.', 'K.', 'Rowling']],
    ['“In general,” he said', ['“', 'In', 'general', ',', '”', 'he', 'said']],
    ["O'Brien and AT&T paid $1,000.50", ["O'Brien", 'and', 'AT&T', 'paid', '$', '1,000.50']],
  ])('%s', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it.each([
    ['в Санкт-Петербурге', ['в', 'Санкт-Петербурге']],
    ['Baden-Württemberg', ['Baden-Württemberg']],
    ['Jean-Luc Mélenchon', ['Jean-Luc', 'Mélenchon']],
    ['Russia-China', ['Russia-China']],
    ["l'OTAN", ["l'OTAN"]],
  ])('keeps the hyphenated name %s whole when asked (the other languages’ training data does)', (text, expected) => {
    expect(tokenize(text, { splitCapitalizedHyphens: false }).map((t) => t.text)).toEqual(expected);
  });

  it('splits a capitalized hyphenated pair by default, as English’s training data does', () => {
    expect(words('Санкт-Петербург')).toEqual(['Санкт', '-', 'Петербург']);
    expect(words('face-to-face')).toEqual(['face-to-face']);
  });

  it('keeps offsets that index the text', () => {
    const text = 'Xi Jinping’s “serious” talks —\u00a0in Astana (Kazakhstan) 🇰🇿 today.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('splitSentences', () => {
  const sentences = (text: string) => {
    const toks = tokenize(text);
    return splitSentences(text, toks).map(([a, b]) =>
      toks
        .slice(a, b)
        .map((t) => t.text)
        .join(' '),
    );
  };

  it.each([
    ['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones .', 'They talked .']],
    ['He left on Sept. 5. She stayed.', ['He left on Sept. 5 .', 'She stayed .']],
    ['“We will win.” Then he left.', ['“ We will win . ”', 'Then he left .']],
    ['First line\nSecond line', ['First line', 'Second line']],
    ['It grew 3.5 percent in the U.S. economy.', ['It grew 3.5 percent in the U.S. economy .']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('cuts an unpunctuated run at maxTokens', () => {
    const text = Array.from({ length: 400 }, () => 'word').join(' ');
    const toks = tokenize(text);
    const spans = splitSentences(text, toks, { maxTokens: 150 });
    expect(spans.length).toBe(3);
    expect(Math.max(...spans.map(([a, b]) => b - a))).toBeLessThanOrEqual(150);
  });
});
