/**
 * The extension build's index.ts (scripts/vite-languages.js puts it in its place): Chrome refuses import() in an
 * extension service worker, so a pack other than English is an asset of its own (lang-<code>.json, pack-data.ts),
 * fetched the first time an article in its language needs it, as the NER models are (ner-models-web.ts). A worker
 * wake-up holds English's words only, however many languages there are. Same interface as index.ts.
 */
import { primaryLanguage } from '../pipeline/recognize/language/detect-language';
import { type AssetFetch, fetchAsset, fetchAssetOk } from './asset-fetch';
import { english } from './en';
import { memoizedLoader } from './ner-model-languages';
import { packAsset, revivePack } from './pack-data';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

/** Languages with a pack: English in the worker, the others as assets (the build writes one per folder). */
export const LANGUAGE_CODES: readonly string[] = [
  'en',
  'de',
  'es',
  'fr',
  'it',
  'nl',
  'pl',
  'pt',
  'ru',
  'ja',
  'zh',
  'ar',
  'ko',
  'hi',
  'fa',
  'he',
];

const fetchAndRevive = (fetchImpl: AssetFetch) => async (code: string) =>
  revivePack(await (await fetchAssetOk(fetchImpl, packAsset(code), `language pack ${code}`)).text());

const shipped = memoizedLoader(fetchAndRevive(fetchAsset));

/** The pack for an ISO 639-1 code ("de", "de-AT" → German); null when there is none. `fetchImpl` is for tests. */
export async function loadLanguage(code: string, fetchImpl: AssetFetch = fetchAsset): Promise<LanguagePack | null> {
  const lang = primaryLanguage(code) ?? '';
  if (lang === english.code) return english;
  if (!LANGUAGE_CODES.includes(lang)) return null;
  return fetchImpl === fetchAsset ? shipped(lang) : fetchAndRevive(fetchImpl)(lang);
}
