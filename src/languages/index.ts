/**
 * The languages the pipeline knows, each loaded only when an article in it needs it (a dynamic import, so a pack and
 * its model become their own chunk in the build). Adding a language is adding its folder and one line here.
 * The pipeline still reads English directly (src/languages/en), as it did before there was a registry.
 *
 * Caution: Chrome refuses import() inside an extension service worker, so in the built worker a pack's word lists
 * must be reachable without a dynamic import (static imports of the small lists), while the large NER models are
 * fetched as assets on first need (ner-models-web.ts). Node and the tests may keep the dynamic imports.
 */
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

const LOADERS: Readonly<Record<string, () => Promise<{ default: LanguagePack }>>> = {
  en: () => import('./en'),
};

/** Language codes with a pack. */
export const LANGUAGE_CODES: readonly string[] = Object.keys(LOADERS);

/** The pack for an ISO 639-1 code ("en", "en-GB" → English); null when there is none. */
export async function loadLanguage(code: string): Promise<LanguagePack | null> {
  const loader = LOADERS[code.toLowerCase().split(/[-_]/)[0] ?? ''];
  return loader ? (await loader()).default : null;
}
