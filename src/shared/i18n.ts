/**
 * Strings come from _locales (the browser picks the reader's language). Outside an extension (unit tests, the
 * analyze CLI) the English catalogue is used directly, with the same placeholder rules.
 *
 * Counts: a message with a number has a plain key ("mentions") that English and most languages need, and may have
 * variants for other plural categories of the reader's language ("mentions_few", "mentions_many" in Polish and
 * Russian), picked with Intl.PluralRules. chrome.i18n has no plural forms of its own.
 */
import english from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
interface BrowserI18n {
  getMessage(k: string, s?: string[]): string;
  getUILanguage?(): string;
}

const browserI18n = () => (globalThis as { chrome?: { i18n?: BrowserI18n } }).chrome?.i18n;

export function t(key: string, substitutions: string[] = []): string {
  const fromBrowser = browserI18n()?.getMessage?.(key, substitutions);
  if (fromBrowser) return fromBrowser;
  const entry = (english as Catalogue)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => substitutions[Number(i) - 1] ?? '');
  });
}

/** The language the browser shows its own words in ("en" outside an extension). */
export function uiLanguage(): string {
  try {
    return browserI18n()?.getUILanguage?.() || 'en';
  } catch {
    return 'en';
  }
}

/**
 * A message about `count` things: the variant for the count's plural category in the reader's language where the
 * catalogue has one, else the plain message. `count` is the first substitution.
 */
export function tCount(key: string, count: number, more: string[] = [], language = uiLanguage()): string {
  const substitutions = [String(count), ...more];
  let category: string;
  try {
    category = new Intl.PluralRules(language).select(count);
  } catch {
    category = 'other';
  }
  if (category !== 'other') {
    const variant = `${key}_${category}`;
    const text = t(variant, substitutions);
    if (text && text !== variant) return text;
  }
  return t(key, substitutions);
}
