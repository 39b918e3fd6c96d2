import { describe, expect, it } from 'vitest';
import { loadNerModel, NER_MODEL_LANGUAGES, nerModelLanguage } from '../../src/languages/ner-models';
import { tagTokens } from '../../src/pipeline/recognize/ner';

describe('nerModelLanguage', () => {
  it.each([
    ['de', 'de'],
    ['de-AT', 'de'],
    ['PT_br', 'pt'],
    [' ru ', 'ru'],
    ['en-GB', 'en'],
    // No model of its own: English.
    ['xx', 'en'],
    ['tr', 'en'],
    ['', 'en'],
    [null, 'en'],
    [undefined, 'en'],
  ])('%j → %s', (tag, lang) => {
    expect(nerModelLanguage(tag)).toBe(lang);
  });

  it('knows the nine languages', () => {
    expect([...NER_MODEL_LANGUAGES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru']);
  });
});

describe('loadNerModel', () => {
  it('loads each language once and gives an unknown language the English model', async () => {
    const [de, deAgain, en, unknown] = await Promise.all([
      loadNerModel('de'),
      loadNerModel('de-CH'),
      loadNerModel('en'),
      loadNerModel('xx'),
    ]);
    expect(deAgain).toBe(de);
    expect(unknown).toBe(en);
    expect(de).not.toBe(en);
  });

  it.each(NER_MODEL_LANGUAGES.filter((l) => l !== 'en'))('loads a %s model of its own', async (lang) => {
    const model = await loadNerModel(lang);
    expect(model).not.toBe(await loadNerModel('en'));
    expect(model.features.stems).toBe(true);
  });

  it('tags German with the German model', async () => {
    const tokens = 'Die Bundesregierung in Berlin lehnt den Vorschlag von Friedrich Merz ab .'.split(' ');
    const tags = tagTokens(tokens, await loadNerModel('de'));
    expect(tags[3]).toBe('B-LOC');
    expect(tags.slice(8, 10)).toEqual(['B-PER', 'I-PER']);
    expect([tags[1], tags[6]]).toEqual(['O', 'O']);
  });

  it('falls back to the English import when a language has none, and reports a failing import', async () => {
    const english = (await import('../../src/languages/en/ner-model.json')).default;
    const imports = { en: async () => ({ default: english }), de: () => Promise.reject(new Error('no chunk')) };
    await expect(loadNerModel('fr', imports)).resolves.toBeDefined();
    await expect(loadNerModel('de', imports)).rejects.toThrow('no chunk');
  });
});
