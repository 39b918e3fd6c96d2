/**
 * Which languages have a tagger model, which model a page's language gets, and where the extension build puts each
 * model file. Shared by the Node loader (ner-models.ts) and the extension's (ner-models-web.ts).
 */
export const FALLBACK_LANGUAGE = 'en';

/** Languages with a model of their own (src/languages/<lang>/ner-model.json; English's is the pipeline's). */
export const NER_MODEL_LANGUAGES: readonly string[] = ['en', 'de', 'es', 'fr', 'it', 'nl', 'pl', 'pt', 'ru'];

/** The model language for a BCP 47 tag ("de-AT" → "de"); English for a language without a model or no tag. */
export function nerModelLanguage(tag: string | null | undefined): string {
  const code = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return NER_MODEL_LANGUAGES.includes(code) ? code : FALLBACK_LANGUAGE;
}

/** The model's file in the built extension: English keeps its old name (scripts/vite-ner-model.js writes them). */
export const nerModelAsset = (lang: string) => (lang === FALLBACK_LANGUAGE ? 'ner-model.bin' : `ner-model-${lang}.bin`);

/** Loads each language once; a failed load is forgotten, so the next article tries again. */
export function memoizedLoader<T>(load: (lang: string) => Promise<T>): (lang: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (lang) => {
    let model = loaded.get(lang);
    if (!model) {
      model = load(lang);
      model.catch(() => loaded.delete(lang));
      loaded.set(lang, model);
    }
    return model;
  };
}
