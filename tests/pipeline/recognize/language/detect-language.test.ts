import { describe, expect, it } from 'vitest';
import { detectLanguage, primaryLanguage } from '../../../../src/pipeline/recognize/language/detect-language';

/** A short news paragraph per language, written for these tests. */
const TEXTS: Record<string, string> = {
  en: 'The government said on Thursday that it would not change the law, and the opposition has called for a vote in parliament before the summer.',
  de: 'Die Bundesregierung hat am Donnerstag erklärt, dass sie das Gesetz nicht ändern wird. Die Opposition fordert eine Abstimmung im Bundestag noch vor dem Sommer.',
  fr: "Le gouvernement a annoncé jeudi qu'il ne changerait pas la loi, et l'opposition demande un vote à l'Assemblée avant l'été pour les retraites.",
  es: 'El Gobierno anunció el jueves que no cambiará la ley, y la oposición pide una votación en el Congreso antes del verano para las pensiones.',
  it: "Il governo ha annunciato giovedì che non cambierà la legge, e l'opposizione chiede un voto in Parlamento prima dell'estate per le pensioni.",
  nl: 'De regering heeft donderdag gezegd dat zij de wet niet zal veranderen. De oppositie wil een stemming in de Tweede Kamer voor de zomer.',
  pt: 'O governo anunciou na quinta-feira que não vai mudar a lei, e a oposição pede uma votação no Parlamento antes do verão para as pensões.',
  pl: 'Rząd ogłosił w czwartek, że nie zmieni ustawy, a opozycja domaga się głosowania w Sejmie jeszcze przed latem. Premier powiedział, że to nie jest możliwe.',
  ru: 'Правительство в четверг заявило, что не будет менять закон, а оппозиция требует голосования в Думе до лета. Премьер сказал, что это не так.',
};

describe('detectLanguage', () => {
  it.each(Object.entries(TEXTS))('reads %s from its text, whatever the page declares', (code, text) => {
    expect(detectLanguage(text, null)).toEqual({ code, source: 'text' });
    expect(detectLanguage(text, code === 'en' ? 'de' : 'en').code).toBe(code);
    expect(detectLanguage(text, `${code}-XX`)).toEqual({ code, source: 'declared' });
  });

  it.each([
    // A Spanish article on a site whose template says lang="en".
    ['a Spanish page declared English', TEXTS.es!, 'en', 'es', 'text'],
    // An English text quoting French names and a French phrase stays English.
    [
      'an English text with French names',
      'President Emmanuel Macron met Marine Le Pen at the Élysée on Monday, and the two leaders said that they would meet again in the spring. "C\'est la vie," he told reporters.',
      'en',
      'en',
      'declared',
    ],
    // Code-switching: a German report with an English quote is German.
    ['a German text with an English quote', `${TEXTS.de} "We are ready," said the minister.`, null, 'de', 'text'],
    // Too short to tell: the declaration stands, or English without one.
    ['a headline declared French', 'Macron à Berlin', 'fr', 'fr', 'declared'],
    ['a headline with no declaration', 'Macron à Berlin', null, 'en', 'default'],
    // A language the vote cannot see keeps its declaration.
    [
      'a Japanese page',
      '政府は木曜日、法律を変更しないと発表した。野党は夏までに国会での採決を求めている。',
      'ja',
      'ja',
      'declared',
    ],
  ])('%s', (_name, text, declared, code, source) => {
    expect(detectLanguage(text, declared)).toEqual({ code, source });
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['pt-BR', 'pt'],
    ['de_AT', 'de'],
    [' EN ', 'en'],
    ['', null],
    [null, null],
    ['x-klingon', null],
  ])('%s → %s', (tag, code) => {
    expect(primaryLanguage(tag)).toBe(code);
  });
});
