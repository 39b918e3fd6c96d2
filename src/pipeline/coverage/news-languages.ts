/**
 * Which news searches an article's language asks for: its own language first (GDELT's `sourcelang:` filter,
 * Google News' edition for that language), then international coverage. English articles need one search only.
 */
import { baseLanguage } from '../../shared/base-language';
import type { CoverageItem } from '../../shared/coverage';

/** GDELT DOC API's `sourcelang:` names (its own, in English) by ISO 639-1 code. */
export const GDELT_LANGUAGE_NAMES: Record<string, string> = {
  en: 'english',
  de: 'german',
  fr: 'french',
  es: 'spanish',
  it: 'italian',
  nl: 'dutch',
  pt: 'portuguese',
  pl: 'polish',
  ru: 'russian',
  uk: 'ukrainian',
  cs: 'czech',
  sv: 'swedish',
  da: 'danish',
  no: 'norwegian',
  fi: 'finnish',
  tr: 'turkish',
  ro: 'romanian',
  hu: 'hungarian',
  el: 'greek',
};

export interface GoogleNewsLocale {
  hl: string;
  gl: string;
  ceid: string;
}

/**
 * Google News editions whose parameters do not follow the plain pattern (language "xx" → hl=xx, gl=XX,
 * ceid=XX:xx): English by region, and Portuguese, whose editions carry a regional language code.
 */
const GOOGLE_NEWS_EDITIONS: Record<string, GoogleNewsLocale> = {
  en: { hl: 'en-US', gl: 'US', ceid: 'US:en' },
  'en-gb': { hl: 'en-GB', gl: 'GB', ceid: 'GB:en' },
  'en-au': { hl: 'en-AU', gl: 'AU', ceid: 'AU:en' },
  'en-ca': { hl: 'en-CA', gl: 'CA', ceid: 'CA:en' },
  'en-in': { hl: 'en-IN', gl: 'IN', ceid: 'IN:en' },
  pt: { hl: 'pt-PT', gl: 'PT', ceid: 'PT:pt-150' },
  'pt-pt': { hl: 'pt-PT', gl: 'PT', ceid: 'PT:pt-150' },
  'pt-br': { hl: 'pt-BR', gl: 'BR', ceid: 'BR:pt-419' },
  'es-mx': { hl: 'es-419', gl: 'MX', ceid: 'MX:es-419' },
  'es-ar': { hl: 'es-419', gl: 'AR', ceid: 'AR:es-419' },
  'de-at': { hl: 'de', gl: 'AT', ceid: 'AT:de' },
  'de-ch': { hl: 'de', gl: 'CH', ceid: 'CH:de' },
  'fr-be': { hl: 'fr', gl: 'BE', ceid: 'BE:fr' },
  'fr-ca': { hl: 'fr-CA', gl: 'CA', ceid: 'CA:fr' },
  'nl-be': { hl: 'nl', gl: 'BE', ceid: 'BE:nl' },
  uk: { hl: 'uk', gl: 'UA', ceid: 'UA:uk' },
  cs: { hl: 'cs', gl: 'CZ', ceid: 'CZ:cs' },
  sv: { hl: 'sv', gl: 'SE', ceid: 'SE:sv' },
  el: { hl: 'el', gl: 'GR', ceid: 'GR:el' },
};

const INTERNATIONAL = GOOGLE_NEWS_EDITIONS.en!;

/** The Google News edition for a language tag ("de-AT" → Austria's German edition); US English otherwise. */
export function googleNewsLocale(lang: string | null | undefined): GoogleNewsLocale {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?(?:[-_].*)?$/i.exec(lang?.trim() ?? '');
  if (!m) return INTERNATIONAL;
  const language = m[1]!.toLowerCase();
  const region = m[2]?.toLowerCase();
  const regional = region ? GOOGLE_NEWS_EDITIONS[`${language}-${region}`] : undefined;
  if (regional) return regional;
  if (language === 'en' && region) {
    const gl = region.toUpperCase();
    return { hl: `en-${gl}`, gl, ceid: `${gl}:en` };
  }
  const known = GOOGLE_NEWS_EDITIONS[language];
  if (known) return known;
  const gl = (region ?? language).toUpperCase();
  return { hl: language, gl, ceid: `${gl}:${language}` };
}

export interface NewsSearchLanguage {
  /** Base language of the search ("de"), or null for international coverage. */
  lang: string | null;
  /** GDELT's `sourcelang:` clause, or null for no filter. */
  gdeltFilter: string | null;
  googleNews: GoogleNewsLocale;
}

/** The article's own language first (when it is not English), then international coverage. */
export function newsSearchLanguages(articleLang: string | null | undefined): NewsSearchLanguage[] {
  const base = baseLanguage(articleLang);
  const international: NewsSearchLanguage = { lang: null, gdeltFilter: null, googleNews: INTERNATIONAL };
  if (!base || base === 'en') return [{ ...international, googleNews: googleNewsLocale(articleLang) }];
  const name = GDELT_LANGUAGE_NAMES[base];
  return [
    { lang: base, gdeltFilter: name ? `sourcelang:${name}` : null, googleNews: googleNewsLocale(articleLang) },
    international,
  ];
}

/** Items in the article's language before the rest, each group in its own order. */
export function localFirst<T extends Pick<CoverageItem, 'lang'>>(items: T[], lang: string | null): T[] {
  if (!lang) return items;
  const local = (item: T) => baseLanguage(item.lang) === lang;
  return [...items.filter(local), ...items.filter((item) => !local(item))];
}
