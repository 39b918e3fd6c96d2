import { describe, expect, it } from 'vitest';
import { baseLanguage } from '../../src/shared/base-language';
import { cardLanguages } from '../../src/shared/card-language';

describe('baseLanguage', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt_BR', 'pt'],
    ['EN-gb', 'en'],
    [' fr ', 'fr'],
    ['zh-Hant-TW', 'zh'],
    ['', null],
    ['english', null],
    ['d', null],
    ['de.evil.test', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (tag, base) => expect(baseLanguage(tag)).toBe(base));
});

describe('cardLanguages', () => {
  it.each([
    // [choice, article, browser, fallback, editions]
    ['article', 'de-DE', 'fr', 'en', ['de', 'en']],
    ['article', 'en', 'fr', 'en', ['en']],
    ['article', null, 'fr', 'en', ['en']],
    ['article', 'garbage tag', 'fr', 'en', ['en']],
    ['article', 'ru', 'fr', 'de', ['ru', 'de']],
    ['browser', 'de', 'fr-CA', 'en', ['fr', 'en']],
    ['browser', 'de', null, 'en', ['en']],
    ['english', 'de', 'fr', 'en', ['en']],
    ['english', 'de', 'fr', 'pl', ['en', 'pl']],
    ['article', 'es', 'es', 'not a lang', ['es', 'en']],
    // A language without a pack still gets its own edition (the analysis keeps the article's language).
    ['article', 'sv-SE', 'en', 'en', ['sv', 'en']],
    ['article', 'uk', 'en', 'en', ['uk', 'en']],
    // Norwegian Bokmål's edition is no.wikipedia.org; Nynorsk has its own.
    ['article', 'nb-NO', 'en', 'en', ['no', 'en']],
    ['article', 'nn', 'en', 'en', ['nn', 'en']],
    ['browser', 'de', 'nb', 'en', ['no', 'en']],
    // Languages read by context words: their own editions; Hebrew's old code "iw" is he.wikipedia.org.
    ['article', 'ar', 'en', 'en', ['ar', 'en']],
    ['article', 'ko-KR', 'en', 'en', ['ko', 'en']],
    ['article', 'fa', 'en', 'en', ['fa', 'en']],
    ['article', 'hi-IN', 'en', 'en', ['hi', 'en']],
    ['article', 'iw', 'en', 'en', ['he', 'en']],
  ] as const)('%s with article %j, browser %j, fallback %j → %j', (choice, articleLang, browserLang, fallback, out) => {
    expect(cardLanguages({ choice, articleLang, browserLang, fallback })).toEqual(out);
  });
});
