/**
 * Each language's tagger model, loaded the first time an article in that language needs it: one dynamic import per
 * language, so nothing parses a model it does not use. A language without a model gets the English one. Decoded
 * models are kept for the next article.
 * A service worker may not import() (the HTML specification forbids it there): the extension build swaps this module
 * for ner-models-web.ts, which fetches the same models as binary assets (scripts/vite-ner-model.js).
 */
import { decodeModel, type ModelFile, type TaggerModel } from '../pipeline/recognize/ner';
import { memoizedLoader, nerModelLanguage } from './ner-model-languages';

export { NER_MODEL_LANGUAGES, nerModelLanguage } from './ner-model-languages';

export type ModelImport = () => Promise<{ default: unknown }>;

export const MODEL_IMPORTS: Readonly<Record<string, ModelImport>> = {
  en: () => import('./en/ner-model.json'),
  de: () => import('./de/ner-model.json'),
  es: () => import('./es/ner-model.json'),
  fr: () => import('./fr/ner-model.json'),
  it: () => import('./it/ner-model.json'),
  nl: () => import('./nl/ner-model.json'),
  pl: () => import('./pl/ner-model.json'),
  pt: () => import('./pt/ner-model.json'),
  ru: () => import('./ru/ner-model.json'),
};

const importAndDecode = (imports: Readonly<Record<string, ModelImport>>) => async (lang: string) =>
  decodeModel((await imports[lang]!()).default as ModelFile);

const shipped = memoizedLoader(importAndDecode(MODEL_IMPORTS));

/** The decoded model for a page's language tag (see nerModelLanguage); `imports` is replaceable for tests. */
export function loadNerModel(
  tag: string | null | undefined,
  imports: Readonly<Record<string, ModelImport>> = MODEL_IMPORTS,
): Promise<TaggerModel> {
  const lang = nerModelLanguage(tag);
  return imports === MODEL_IMPORTS ? shipped(lang) : importAndDecode(imports)(imports[lang] ? lang : 'en');
}
