/**
 * Messages with counts: the catalogue entry is an ICU MessageFormat pattern ("{count, plural, one {# item} other
 * {# items}}"), which the browser's i18n hands back as text and intl-messageformat formats with the plural rules of
 * the catalogue's language. The browser's own i18n has no plurals, and languages have more forms than "1 / many".
 */
import { type Formatters, IntlMessageFormat } from 'intl-messageformat';
import { t } from './i18n';

const formats = new Map<string, IntlMessageFormat>();

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
  const pattern = t(key);
  const locale = catalogueLocale();
  const id = `${locale}\u0000${pattern}`;
  try {
    let format = formats.get(id);
    if (!format) {
      format = new IntlMessageFormat(pattern, locale, undefined, { formatters: FORMATTERS });
      formats.set(id, format);
    }
    return String(format.format(values));
  } catch {
    return key;
  }
}
