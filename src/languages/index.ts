/**
 * The languages the pipeline knows, each loaded only when an article in it needs it (a dynamic import, so a pack and
 * its model become their own chunk in the build). Adding a language is adding its folder and one line here.
 * English is also in the pipeline's own chunk (src/languages/en): it is the fallback for every other language.
 *
 * Chrome refuses import() inside an extension service worker: the extension's build puts index-web.ts in this
 * module's place, which fetches each pack but English's as a JSON asset on first need (pack-data.ts), as the NER
 * models are (ner-models-web.ts). Node, the tests and the extension's pages keep the dynamic imports.
 */
import type { LanguagePack } from './types';
import { primaryLanguage } from '../pipeline/recognize/language/detect-language';

export type { LanguagePack } from './types';

const LOADERS: Readonly<Record<string, () => Promise<{ default: LanguagePack }>>> = {
  en: () => import('./en'),
  de: () => import('./de'),
  es: () => import('./es'),
  fr: () => import('./fr'),
  it: () => import('./it'),
  nl: () => import('./nl'),
  pl: () => import('./pl'),
  pt: () => import('./pt'),
  ru: () => import('./ru'),
  ja: () => import('./ja'),
  zh: () => import('./zh'),
  ar: () => import('./ar'),
  ko: () => import('./ko'),
  hi: () => import('./hi'),
  fa: () => import('./fa'),
  he: () => import('./he'),
};

/** Language codes with a pack. */
export const LANGUAGE_CODES: readonly string[] = Object.keys(LOADERS);

/** The pack for an ISO 639-1 code ("en", "en-GB" → English); null when there is none. */
export async function loadLanguage(code: string): Promise<LanguagePack | null> {
  const loader = LOADERS[primaryLanguage(code) ?? ''];
  return loader ? (await loader()).default : null;
}
