/**
 * Each language's tagger model, loaded the first time an article in that language needs it: one dynamic import per
 * language, so the build gives every model its own chunk and nothing parses a model it does not use. A language
 * without a model gets the English one (its names are mostly written the same way, and English is the fallback
 * everywhere else). Decoded models are kept for the next article.
 * The extension's background cannot import() (service workers forbid it): the build swaps this module for
 * ner-models-web.ts, which fetches the same models as binary assets.
 */
import { decodeModel, type ModelFile, type TaggerModel } from '../pipeline/ner/model';

type ModelImport = () => Promise<{ default: unknown }>;

const MODELS: Readonly<Record<string, ModelImport>> = {
  en: () => import('../pipeline/ner/model.json'),
  de: () => import('./de/ner-model.json'),
  es: () => import('./es/ner-model.json'),
  fr: () => import('./fr/ner-model.json'),
  it: () => import('./it/ner-model.json'),
  nl: () => import('./nl/ner-model.json'),
  pl: () => import('./pl/ner-model.json'),
  pt: () => import('./pt/ner-model.json'),
  ru: () => import('./ru/ner-model.json'),
};

export const FALLBACK_LANGUAGE = 'en';

/** Languages with a model of their own. */
export const NER_MODEL_LANGUAGES: readonly string[] = Object.keys(MODELS);

/** The model language for a BCP 47 tag ("de-AT" → "de"); English for a language without a model or no tag. */
export function nerModelLanguage(tag: string | null | undefined): string {
  const code = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return code in MODELS ? code : FALLBACK_LANGUAGE;
}

const loaded = new Map<string, Promise<TaggerModel>>();

/** The decoded model for `tag` (see nerModelLanguage); `imports` is replaceable for tests. */
export function loadNerModel(
  tag: string | null | undefined,
  imports: Readonly<Record<string, ModelImport>> = MODELS,
): Promise<TaggerModel> {
  const lang = nerModelLanguage(tag);
  const load = imports[lang] ?? imports[FALLBACK_LANGUAGE]!;
  if (imports !== MODELS) return load().then((m) => decodeModel(m.default as ModelFile));
  let model = loaded.get(lang);
  if (!model) {
    model = load().then((m) => decodeModel(m.default as ModelFile));
    // A failed load is not remembered, so the next article tries again.
    model.catch(() => loaded.delete(lang));
    loaded.set(lang, model);
  }
  return model;
}
