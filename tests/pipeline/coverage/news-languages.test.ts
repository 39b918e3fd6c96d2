import { describe, expect, it } from 'vitest';
import { googleNewsLocale, localFirst, newsSearchLanguages } from '../../../src/pipeline/coverage/news-languages';

describe('googleNewsLocale', () => {
  it.each([
    ['en-US', { hl: 'en-US', gl: 'US', ceid: 'US:en' }],
    ['en-GB', { hl: 'en-GB', gl: 'GB', ceid: 'GB:en' }],
    ['en-NZ', { hl: 'en-NZ', gl: 'NZ', ceid: 'NZ:en' }],
    ['en', { hl: 'en-US', gl: 'US', ceid: 'US:en' }],
    ['de', { hl: 'de', gl: 'DE', ceid: 'DE:de' }],
    ['de-DE', { hl: 'de', gl: 'DE', ceid: 'DE:de' }],
    ['de-AT', { hl: 'de', gl: 'AT', ceid: 'AT:de' }],
    ['fr', { hl: 'fr', gl: 'FR', ceid: 'FR:fr' }],
    ['fr-CA', { hl: 'fr-CA', gl: 'CA', ceid: 'CA:fr' }],
    ['es', { hl: 'es', gl: 'ES', ceid: 'ES:es' }],
    ['es-MX', { hl: 'es-419', gl: 'MX', ceid: 'MX:es-419' }],
    ['it', { hl: 'it', gl: 'IT', ceid: 'IT:it' }],
    ['nl', { hl: 'nl', gl: 'NL', ceid: 'NL:nl' }],
    ['pt', { hl: 'pt-PT', gl: 'PT', ceid: 'PT:pt-150' }],
    ['pt_BR', { hl: 'pt-BR', gl: 'BR', ceid: 'BR:pt-419' }],
    ['pl', { hl: 'pl', gl: 'PL', ceid: 'PL:pl' }],
    ['ru-RU', { hl: 'ru', gl: 'RU', ceid: 'RU:ru' }],
    [null, { hl: 'en-US', gl: 'US', ceid: 'US:en' }],
    ['??', { hl: 'en-US', gl: 'US', ceid: 'US:en' }],
    ['', { hl: 'en-US', gl: 'US', ceid: 'US:en' }],
  ])('%j', (lang, locale) => {
    expect(googleNewsLocale(lang)).toEqual(locale);
  });
});

describe('newsSearchLanguages', () => {
  it.each([
    ['de', 'sourcelang:german', 'DE:de'],
    ['fr-FR', 'sourcelang:french', 'FR:fr'],
    ['es', 'sourcelang:spanish', 'ES:es'],
    ['it', 'sourcelang:italian', 'IT:it'],
    ['nl', 'sourcelang:dutch', 'NL:nl'],
    ['pt-BR', 'sourcelang:portuguese', 'BR:pt-419'],
    ['pl', 'sourcelang:polish', 'PL:pl'],
    ['ru', 'sourcelang:russian', 'RU:ru'],
  ])('%s: its own language first, then international coverage', (lang, filter, ceid) => {
    const [local, international, ...rest] = newsSearchLanguages(lang);
    expect(local).toEqual({
      lang: lang.slice(0, 2),
      gdeltFilter: filter,
      googleNews: expect.objectContaining({ ceid }),
    });
    expect(international).toEqual({
      lang: null,
      gdeltFilter: null,
      googleNews: { hl: 'en-US', gl: 'US', ceid: 'US:en' },
    });
    expect(rest).toEqual([]);
  });

  it.each([['en'], ['en-GB'], [null], ['not a tag']])('%j: one international search', (lang) => {
    const searches = newsSearchLanguages(lang);
    expect(searches).toHaveLength(1);
    expect(searches[0]!.lang).toBeNull();
    expect(searches[0]!.gdeltFilter).toBeNull();
  });

  it('a language GDELT does not filter on still gets its Google News edition first', () => {
    const [local] = newsSearchLanguages('is');
    expect(local).toEqual({ lang: 'is', gdeltFilter: null, googleNews: { hl: 'is', gl: 'IS', ceid: 'IS:is' } });
  });
});

describe('localFirst', () => {
  const items = [
    { id: 1, lang: 'en' },
    { id: 2, lang: 'de' },
    { id: 3, lang: null },
    { id: 4, lang: 'de-AT' },
    { id: 5, lang: 'fr' },
  ];
  it('moves the article language up, keeping each group in order', () => {
    expect(localFirst(items, 'de').map((i) => i.id)).toEqual([2, 4, 1, 3, 5]);
  });
  it('leaves the order alone for international searches or a language with no items', () => {
    expect(localFirst(items, null).map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
    expect(localFirst(items, 'pl').map((i) => i.id)).toEqual([1, 2, 3, 4, 5]);
  });
});
