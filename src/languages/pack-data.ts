/**
 * A language pack as data: the typed modules (src/languages/<code>/) stay the source of truth, and the extension
 * build serialises each pack other than English into an asset of its own (lang-<code>.json, scripts/vite-languages.js)
 * that the service worker fetches when an article in that language needs it, since a worker may not import() a
 * chunk. Regular expressions travel as their source and flags; functions (the NER model hook) are the loader's.
 */
import { ownOrEnglishModel } from './pack-model';
import { readySegmenter } from './segmenters';
import type { LanguagePack } from './types';

/** The key a serialised regular expression hides under: no pack has a word list with that name. */
const REGEXP_KEY = '$regexp';

type SerialisedRegExp = { [REGEXP_KEY]: [source: string, flags: string] };

const isSerialisedRegExp = (value: unknown): value is SerialisedRegExp =>
  typeof value === 'object' && value !== null && Array.isArray((value as Record<string, unknown>)[REGEXP_KEY]);

/** The pack's words and patterns as JSON text; the hooks are left out (every loaded pack gets its own). */
export function serialisePack(pack: LanguagePack): string {
  return JSON.stringify(pack, (_key, value: unknown) =>
    value instanceof RegExp ? ({ [REGEXP_KEY]: [value.source, value.flags] } satisfies SerialisedRegExp) : value,
  );
}

/** The pack back from serialisePack's text, with its language's NER model hook. */
export function revivePack(json: string): LanguagePack {
  const data = JSON.parse(json, (_key, value: unknown) =>
    isSerialisedRegExp(value) ? new RegExp(value[REGEXP_KEY][0], value[REGEXP_KEY][1]) : value,
  ) as Omit<LanguagePack, 'nerModel' | 'segmenter'>;
  if (typeof data?.code !== 'string' || typeof data.roleWords !== 'object' || typeof data.dateWords !== 'object') {
    throw new Error('not a language pack');
  }
  return {
    ...data,
    nerModel: ownOrEnglishModel(data.code),
    ...(data.cjkNames ? { segmenter: readySegmenter(data.code) } : {}),
  };
}

/** The pack's file in the built extension. */
export const packAsset = (code: string) => `lang-${code}.json`;
