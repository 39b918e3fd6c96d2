/**
 * The extension build's ner-models.ts (scripts/vite-ner-model.js puts it in its place): each language's model is
 * a binary asset of its own (ner-model-<lang>.bin), fetched and viewed (model-binary.ts) the first time an article
 * in that language needs it, so a worker wake-up parses no model and its cost does not grow with the languages.
 */
import { decodeModelBinary, type TaggerModel } from '../pipeline/recognize/ner';
import { type AssetFetch, fetchAsset, fetchAssetOk } from './asset-fetch';
import { memoizedLoader, nerModelAsset, nerModelLanguage } from './ner-model-languages';

export { NER_MODEL_LANGUAGES, nerModelLanguage } from './ner-model-languages';

export type { AssetFetch } from './asset-fetch';

const fetchAndDecode = (fetchImpl: AssetFetch) => async (lang: string) =>
  decodeModelBinary(await (await fetchAssetOk(fetchImpl, nerModelAsset(lang), `NER model ${lang}`)).arrayBuffer());

const shipped = memoizedLoader(fetchAndDecode(fetchAsset));

/** The decoded model for a page's language tag (see nerModelLanguage); `fetchImpl` is replaceable for tests. */
export function loadNerModel(tag: string | null | undefined, fetchImpl: AssetFetch = fetchAsset): Promise<TaggerModel> {
  const lang = nerModelLanguage(tag);
  return fetchImpl === fetchAsset ? shipped(lang) : fetchAndDecode(fetchImpl)(lang);
}
