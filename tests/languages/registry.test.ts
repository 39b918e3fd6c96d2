import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, loadLanguage } from '../../src/languages';
import { english } from '../../src/languages/en';

describe('language registry', () => {
  it.each([
    ['en', 'en'],
    ['EN', 'en'],
    ['en-GB', 'en'],
    ['en_US', 'en'],
    ['de', 'de'],
    ['de-AT', 'de'],
    ['pt_BR', 'pt'],
    ['ru', 'ru'],
    ['th', null],
    ['', null],
    ['xx-en', null],
  ])('%s loads the %s pack', async (code, expected) => {
    expect((await loadLanguage(code))?.code ?? null).toBe(expected);
  });

  it('lists every code it can load, each pack under its own code', async () => {
    expect([...LANGUAGE_CODES].sort()).toEqual([
      'ar',
      'de',
      'en',
      'es',
      'fa',
      'fr',
      'he',
      'hi',
      'it',
      'ja',
      'ko',
      'nl',
      'pl',
      'pt',
      'ru',
      'zh',
    ]);
    for (const code of LANGUAGE_CODES) expect((await loadLanguage(code))?.code).toBe(code);
  });

  it('gives the same English pack the pipeline reads directly', async () => {
    expect(await loadLanguage('en')).toBe(english);
    expect(english.roleWords.roles).toContain('president');
    expect(english.notNames).toContain('advertisement');
    expect(english.boilerplateLines.some((p) => p.test('All rights reserved'))).toBe(true);
    expect(english.boilerplateLines.some((p) => p.test('The president spoke on Monday.'))).toBe(false);
    expect(english.dateWords.monthOf('Sept')).toBe(9);
  });
});
