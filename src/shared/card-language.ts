/**
 * Which language a page's cards are in: the reader's setting applied to the article's language and the browser's.
 * Wikipedia editions go by the base language ("de" for "de-AT"), so tags are cut to it.
 */
import { baseLanguage } from './base-language';
import type { CardLanguageChoice } from './settings';

export interface CardLanguageInput {
  choice: CardLanguageChoice;
  articleLang: string | null | undefined;
  browserLang: string | null | undefined;
  /** The edition used where the chosen one is unknown (settings.wikipediaLang). */
  fallback: string;
}

/**
 * Languages whose Wikipedia edition has another code: Norwegian Bokmål's pages are on no.wikipedia.org, and pages
 * that still declare Hebrew by its withdrawn code "iw" are on he.wikipedia.org.
 */
const EDITIONS: Readonly<Record<string, string>> = { nb: 'no', iw: 'he' };

const editionOf = (tag: string | null | undefined) => {
  const base = baseLanguage(tag);
  return base ? (EDITIONS[base] ?? base) : null;
};

/** The editions a card looks in, in order: the chosen language, then the fallback (English by default). */
export function cardLanguages(input: CardLanguageInput): string[] {
  const fallback = editionOf(input.fallback) ?? 'en';
  const chosen =
    input.choice === 'english'
      ? 'en'
      : input.choice === 'browser'
        ? editionOf(input.browserLang)
        : editionOf(input.articleLang);
  return [...new Set([chosen ?? fallback, fallback])];
}
