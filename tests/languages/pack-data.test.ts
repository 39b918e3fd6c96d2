/**
 * The extension ships each pack other than English as JSON (pack-data.ts, written by scripts/vite-languages.js) and
 * its worker loads it through index-web.ts; the typed modules stay the source of truth. These tests check that the
 * JSON carries the whole pack and that the worker's loader fetches a pack once, only when asked.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { languagePackAssets } from '../../scripts/vite-languages.js';
import { LANGUAGE_CODES } from '../../src/languages';
import { ALL_PACKS } from '../../src/languages/all';
import { english } from '../../src/languages/en';
import { LANGUAGE_CODES as WEB_LANGUAGE_CODES, loadLanguage } from '../../src/languages/index-web';
import { packAsset, revivePack, serialisePack } from '../../src/languages/pack-data';
import { prepareNerModel } from '../../src/languages/pack-model';
import type { LanguagePack } from '../../src/languages/types';
import { analyzeArticle } from '../../src/pipeline/recognize';
import { textArticle } from '../support/text-article';
import { prepareNodeSegmenter } from '../../scripts/segmenter-wasm';

const OTHERS = ALL_PACKS.filter((p) => p.code !== english.code);
/** Everything but the model hook, which each loaded pack gets anew. */
const words = ({ nerModel: _model, segmenter: _segmenter, ...pack }: LanguagePack) => pack;

/** What the build writes (read once: serialising every pack takes a moment). */
const ASSETS = languagePackAssets();

/** A fake extension package serving the assets the build writes; anything else is a 404. */
async function packageFetch(requests: string[]) {
  const files = new Map((await ASSETS).map((a) => [a.fileName, a.json]));
  return async (asset: string) => {
    requests.push(asset);
    const json = files.get(asset);
    return json ? new Response(json) : new Response('not found', { status: 404 });
  };
}

describe('a language pack as JSON', () => {
  it.each(OTHERS.map((p) => [p.code, p] as const))('%s comes back equal to its typed modules', (_code, pack) => {
    const revived = revivePack(serialisePack(pack));
    expect(words(revived)).toEqual(words(pack));
    for (const pattern of revived.boilerplateLines) expect(pattern).toBeInstanceOf(RegExp);
    expect(typeof revived.nerModel).toBe('function');
  });

  it('keeps each pattern working as a pattern', () => {
    const german = revivePack(serialisePack(OTHERS.find((p) => p.code === 'de')!));
    expect(german.namedEvents.compound?.test('Gipfel')).toBe(true);
    expect(german.namedEvents.compound?.test('Berlin')).toBe(false);
    const french = revivePack(serialisePack(OTHERS.find((p) => p.code === 'fr')!));
    expect(french.elision?.exec("l'OTAN")?.[0]).toBe("l'");
    expect(french.elision?.exec('Lyon')).toBeNull();
  });

  it.each([['{}'], ['{"code":"de"}'], ['null'], ['[]']])('refuses %s', (json) => {
    expect(() => revivePack(json)).toThrow(/not a language pack/);
  });

  it('is written for every language but English, under the name the loader asks for', async () => {
    const assets = await ASSETS;
    expect(assets.map((a) => a.code).sort()).toEqual(LANGUAGE_CODES.filter((c) => c !== 'en').sort());
    for (const a of assets) expect(a.fileName).toBe(packAsset(a.code));
    expect([...WEB_LANGUAGE_CODES].sort()).toEqual([...LANGUAGE_CODES].sort());
  });
});

describe('the extension build’s pack loader', () => {
  it.each([
    ['de-AT', 'de', ['lang-de.json']],
    ['pt_BR', 'pt', ['lang-pt.json']],
    ['ru', 'ru', ['lang-ru.json']],
    ['en-GB', 'en', []],
    ['th', null, []],
    ['', null, []],
  ])('loads %j as %s, fetching %j', async (tag, code, fetched) => {
    const requests: string[] = [];
    expect((await loadLanguage(tag, await packageFetch(requests)))?.code ?? null).toBe(code);
    expect(requests).toEqual(fetched);
  });

  it('gives English the pack the pipeline holds', async () => {
    expect(await loadLanguage('en', await packageFetch([]))).toBe(english);
  });

  it('reports a missing asset', async () => {
    const missing = async () => new Response('gone', { status: 404 });
    await expect(loadLanguage('it', missing)).rejects.toThrow(/language pack it: HTTP 404/);
  });
});

describe('an article read with a fetched pack', () => {
  const DIR = resolve(__dirname, '../fixtures/texts');
  const article = (code: string) => textArticle(code, readFileSync(resolve(DIR, `${code}.txt`), 'utf8'));
  beforeAll(async () => {
    for (const pack of OTHERS) await prepareNerModel(pack.code);
    // Japanese and Chinese also instantiate their segmenter's wasm (1-5 s on a busy machine).
    for (const pack of OTHERS) await prepareNodeSegmenter(pack.code);
  }, 60_000);

  it.each(OTHERS.map((p) => [p.code, p] as const))('%s gives what its typed pack gives', async (code, pack) => {
    const fetched = await loadLanguage(code, await packageFetch([]));
    const typed = analyzeArticle(article(code), () => pack);
    const viaJson = analyzeArticle(article(code), () => fetched);
    expect(viaJson.entities.length).toBeGreaterThan(0);
    expect(viaJson).toEqual(typed);
  });
});
