/**
 * Messages with counts: the catalogue entry is an ICU MessageFormat pattern ("{count, plural, one {# item} other
 * {# items}}"), which the browser's i18n hands back as text and intl-messageformat formats with the plural rules of
 * the catalogue's language. The browser's own i18n has no plurals, and languages have more forms than "1 / many".
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { t } from './i18n';

const formats = new Map<string, IntlMessageFormat>();

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
      format = new IntlMessageFormat(pattern, locale);
      formats.set(id, format);
    }
    return String(format.format(values));
  } catch {
    return key;
  }
}
