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

/** The editions a card looks in, in order: the chosen language, then the fallback (English by default). */
export function cardLanguages(input: CardLanguageInput): string[] {
  const fallback = baseLanguage(input.fallback) ?? 'en';
  const chosen =
    input.choice === 'english'
      ? 'en'
      : input.choice === 'browser'
        ? baseLanguage(input.browserLang)
        : baseLanguage(input.articleLang);
  return [...new Set([chosen ?? fallback, fallback])];
}
