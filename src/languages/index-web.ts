/**
 * The extension build's index.ts (scripts/vite-languages.js puts it in its place): Chrome refuses import() in an
 * extension service worker, so the built worker holds every pack's word lists statically; the large NER models are
 * still fetched on first need (ner-models-web.ts). Same interface as index.ts.
 */
import { ALL_PACKS, packFor } from './all';
import type { LanguagePack } from './types';

export type { LanguagePack } from './types';

export const LANGUAGE_CODES: readonly string[] = ALL_PACKS.map((p) => p.code);

export async function loadLanguage(code: string): Promise<LanguagePack | null> {
  return packFor(code);
}
