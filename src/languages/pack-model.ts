/**
 * A pack's tagger model: its language's own once loaded (ner-models.ts loads it lazily, as a chunk in Node and a
 * fetched asset in the extension), English's until then. The hook is synchronous because recognize() is; callers
 * that can wait load the model first (prepareNerModel), and a language whose model fails to load still gets names.
 */
import type { TaggerModel } from '../pipeline/recognize/ner';
import { english } from './en';
import { loadNerModel } from './ner-models';

const ready = new Map<string, TaggerModel>();

/** Loads the language's own model for its pack's hook; English's is the pipeline's and needs no loading. */
export async function prepareNerModel(code: string): Promise<void> {
  if (code === english.code || ready.has(code)) return;
  ready.set(code, await loadNerModel(code));
}

/** The hook a pack gives as its nerModel. */
export const ownOrEnglishModel = (code: string) => (): TaggerModel => ready.get(code) ?? english.nerModel();
