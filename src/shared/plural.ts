/**
 * Messages with counts: the catalogue entry is an ICU MessageFormat pattern ("{count, plural, one {# item} other
 * {# items}}"), which the browser's i18n hands back as text and intl-messageformat formats with the plural rules of
 * the catalogue's language. The browser's own i18n has no plurals, and languages have more forms than "1 / many".
 * The extension build parses the patterns ahead of time (precompiled-messages.ts); elsewhere they parse at first use.
 */
import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { t } from './i18n';
import {
  type MessageAst,
  PRECOMPILED_MESSAGES,
  type PrecompiledMessage,
  type PrecompiledMessages,
} from './precompiled-messages';

/** Formats made so far, per table of precompiled forms (the build's, or a test's). */
const madeFormats = new WeakMap<PrecompiledMessages, Map<string, IntlMessageFormat>>();

/**
 * One Intl number format, date format and plural rules per locale and options for every message: by default each
 * message builds its own, and building them is what costs (the popup's first screen formats about ten messages).
 */
const shared = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>();
const reuse = <T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules>(
  kind: string,
  make: () => T,
  args: unknown[],
): T => {
  const key = `${kind}|${JSON.stringify(args)}`;
  let made = shared.get(key) as T | undefined;
  if (!made) {
    made = make();
    shared.set(key, made);
  }
  return made;
};
const FORMATTERS: Formatters = {
  getNumberFormat: (...args) => reuse('number', () => new Intl.NumberFormat(...args), args),
  getDateTimeFormat: (...args) => reuse('date', () => new Intl.DateTimeFormat(...args), args),
  getPluralRules: (...args) => reuse('plural', () => new Intl.PluralRules(...args), args),
};

/**
 * The language the messages in use are written in (each catalogue names its own): not the browser's UI language,
 * which may have no catalogue and other plural forms ("21 item" under Russian rules with English text).
 */
export const catalogueLocale = (): string => t('catalogueLocale');

/** `tn('itemCount', { count: 2 })` → "2 items". A pattern that does not parse is shown as its key, never thrown. */
export function tn(key: string, values: Record<string, string | number>): string {
  return formatCount(key, values, PRECOMPILED_MESSAGES);
}

/** tn with the precompiled forms passed in (tests give their own). */
export function formatCount(
  key: string,
  values: Record<string, string | number>,
  precompiled: PrecompiledMessages,
): string {
  const pattern = t(key);
  const locale = catalogueLocale();
  const id = `${locale}\u0000${pattern}`;
  const formats = cacheOf(madeFormats, precompiled);
  try {
    let format = formats.get(id);
    if (!format) {
      format = new IntlMessageFormat(parsedForm(precompiled, locale, key, pattern), locale, undefined, {
        formatters: FORMATTERS,
      });
      formats.set(id, format);
    }
    return String(format.format(values));
  } catch {
    return key;
  }
}

/** The build's parse of this very pattern when it has one, else the pattern itself (parsed as it is formatted). */
function parsedForm(
  precompiled: PrecompiledMessages,
  locale: string,
  key: string,
  pattern: string,
): MessageAst | string {
  const form = formsOf(precompiled, locale)[key];
  return form?.source === pattern ? form.ast : pattern;
}

const readForms = new WeakMap<PrecompiledMessages, Map<string, Record<string, PrecompiledMessage | undefined>>>();

/** One language's forms, read from their JSON text once. */
function formsOf(precompiled: PrecompiledMessages, locale: string): Record<string, PrecompiledMessage | undefined> {
  const byLocale = cacheOf(readForms, precompiled);
  let forms = byLocale.get(locale);
  if (!forms) {
    const text = precompiled[locale];
    forms = text ? (JSON.parse(text) as Record<string, PrecompiledMessage>) : {};
    byLocale.set(locale, forms);
  }
  return forms;
}

/** The cache kept for one table of precompiled forms. */
function cacheOf<T>(caches: WeakMap<PrecompiledMessages, Map<string, T>>, table: PrecompiledMessages): Map<string, T> {
  const cache = caches.get(table) ?? new Map<string, T>();
  caches.set(table, cache);
  return cache;
}
