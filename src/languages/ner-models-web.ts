/**
 * The extension build's ner-models.ts (scripts/vite-ner-model.js puts it in its place): each language's model is
 * a binary asset of its own (ner-model-<lang>.bin), fetched and viewed (model-binary.ts) the first time an article
 * in that language needs it, so a worker wake-up parses no model and its cost does not grow with the languages.
 */
import { decodeModelBinary, type TaggerModel } from '../pipeline/recognize/ner';
import { memoizedLoader, nerModelAsset, nerModelLanguage } from './ner-model-languages';

export { NER_MODEL_LANGUAGES, nerModelLanguage } from './ner-model-languages';

export type AssetFetch = (asset: string) => Promise<Response>;

/** Assets are beside the extension's scripts: a relative URL from the worker (or page) that loads them. */
const fetchAsset: AssetFetch = (asset) => fetch(new URL(`/${asset}`, globalThis.location.href));

const fetchAndDecode = (fetchImpl: AssetFetch) => async (lang: string) => {
  const response = await fetchImpl(nerModelAsset(lang));
  if (!response.ok) throw new Error(`NER model ${lang}: HTTP ${response.status}`);
  return decodeModelBinary(await response.arrayBuffer());
};

const shipped = memoizedLoader(fetchAndDecode(fetchAsset));

/** The decoded model for a page's language tag (see nerModelLanguage); `fetchImpl` is replaceable for tests. */
export function loadNerModel(tag: string | null | undefined, fetchImpl: AssetFetch = fetchAsset): Promise<TaggerModel> {
  const lang = nerModelLanguage(tag);
  return fetchImpl === fetchAsset ? shipped(lang) : fetchAndDecode(fetchImpl)(lang);
}
