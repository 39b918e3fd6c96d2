import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeModelBinary, languageModels } from '../../scripts/vite-ner-model.js';
import { NER_MODEL_LANGUAGES, nerModelAsset } from '../../src/languages/ner-model-languages';
import { loadNerModel } from '../../src/languages/ner-models-web';
import { type ModelFile, tagTokens } from '../../src/pipeline/recognize/ner';

/** A fake extension package: the assets the build writes, served by name; anything else is a 404. */
function packageFetch(requests: string[]) {
  const files = new Map<string, string>([
    ['ner-model.bin', 'src/languages/en/ner-model.json'],
    ...languageModels().map((m): [string, string] => [m.fileName, m.path]),
  ]);
  return async (asset: string) => {
    requests.push(asset);
    const path = files.get(asset);
    if (!path) return new Response('not found', { status: 404 });
    return new Response(Buffer.from(encodeModelBinary(JSON.parse(readFileSync(path, 'utf8')) as ModelFile)));
  };
}

describe('the extension build’s model loader', () => {
  it('writes one asset per language, named as the loader asks', () => {
    expect(languageModels().map((m) => m.lang)).toEqual(NER_MODEL_LANGUAGES.filter((l) => l !== 'en').sort());
    for (const m of languageModels()) expect(m.fileName).toBe(nerModelAsset(m.lang));
    expect(nerModelAsset('en')).toBe('ner-model.bin');
  });

  it.each([
    ['de-DE', 'ner-model-de.bin'],
    ['pl', 'ner-model-pl.bin'],
    ['en-US', 'ner-model.bin'],
    ['tr', 'ner-model.bin'],
    [null, 'ner-model.bin'],
  ])('fetches the model for %j from %s', async (tag, asset) => {
    const requests: string[] = [];
    await loadNerModel(tag, packageFetch(requests));
    expect(requests).toEqual([asset]);
  });

  it('tags with the fetched model', async () => {
    const model = await loadNerModel('fr', packageFetch([]));
    const tokens = 'Emmanuel Macron a reçu Olaf Scholz à Paris .'.split(' ');
    expect(tagTokens(tokens, model)).toEqual(['B-PER', 'I-PER', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC', 'O']);
  });

  it('reports a missing asset', async () => {
    const missing = async () => new Response('gone', { status: 404 });
    await expect(loadNerModel('it', missing)).rejects.toThrow(/NER model it: HTTP 404/);
  });
});
