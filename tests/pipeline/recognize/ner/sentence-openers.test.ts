/**
 * Sentence openers judged by the article's own casing (for a borrowed pack): a span's first word goes when the
 * article shows it is a word, and stays when it may be a name.
 */
import { describe, expect, it } from 'vitest';
import { borrowedPack } from '../../../../src/languages/borrowed-packs';
import { english } from '../../../../src/languages/en';
import { analyzeTokens } from '../../../../src/pipeline/recognize/ner/document';
import { nameWordsOf } from '../../../../src/pipeline/recognize/ner/name-words';
import { onlyOpensSentences, withoutOpener } from '../../../../src/pipeline/recognize/ner/sentence-openers';

/** The span the words `span` make at their first place in `text`, trimmed: what is left of it. */
function trimmed(text: string, span: string): string {
  const doc = analyzeTokens(text, english.nerModel(), nameWordsOf(borrowedPack(english)));
  const words = span.split(' ');
  const start = doc.tokens.findIndex((_, i) => words.every((w, k) => doc.tokens[i + k]?.text === w));
  const end = start + words.length;
  return doc.tokens
    .slice(withoutOpener(doc, start, end), end)
    .map((t) => t.text)
    .join(' ');
}

describe('withoutOpener', () => {
  it.each([
    // [text, span, what is left]
    // Written in lower case elsewhere: a word.
    ['Enligt Andersson är det klart. Det är enligt planen.', 'Enligt Andersson', 'Andersson'],
    // Only ever opening a sentence, and the name after it recurs (in another case ending).
    ['Podle Fialy bude vláda jednat. Premiér Petr Fiala souhlasí.', 'Podle Fialy', 'Fialy'],
    // ... or what follows is no capitalized word: the short lower-case word goes too.
    ['Mötet i Bryssel blir långt. Mötet hålls i juni i Bryssel.', 'Mötet i Bryssel', 'Bryssel'],
    ['Redan 2014 började det. Sverige väntar.', 'Redan 2014', '2014'],
    // A name particle after the opener stays.
    ['Enligt de Gaulle var det så. Det var enligt honom klart. De Gaulle talade.', 'Enligt de Gaulle', 'de Gaulle'],
    // False cases. A name opening its sentence and written capitalized mid-sentence stays whole.
    [
      'Magdalena Andersson reser. Hon träffar sedan Magdalena Andersson igen.',
      'Magdalena Andersson',
      'Magdalena Andersson',
    ],
    // Only once, and the rest of the name is said only once: nothing shows it is a word.
    [
      'Oppositionsledaren Ulf Kristersson kritiserade regeringen.',
      'Oppositionsledaren Ulf Kristersson',
      'Oppositionsledaren Ulf Kristersson',
    ],
    // Not opening a sentence: left alone.
    ['Det sade enligt Andersson igår. Enligt planen går det.', 'Andersson', 'Andersson'],
  ])('%s [%s] → %s', (text, span, left) => {
    expect(trimmed(text, span)).toBe(left);
  });
});

describe('onlyOpensSentences', () => {
  const doc = analyzeTokens(
    'Ändå stöder de ansökan. Nato väntar. Sverige och Nato talar. Ändå inte klart.',
    english.nerModel(),
    nameWordsOf(borrowedPack(english)),
  );
  const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
  it.each([
    ['Ändå', true],
    // Opens a sentence here, and is written mid-sentence too.
    ['Nato', false],
    // Never opens a sentence.
    ['ansökan', false],
  ])('%s: %s', (word, only) => {
    expect(onlyOpensSentences(doc, at(word))).toBe(only);
  });
});
