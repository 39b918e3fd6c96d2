/**
 * Strings come from _locales (the browser picks the reader's language). Outside an extension (unit tests, the
 * analyze CLI) the English catalogue is used directly, with the same placeholder rules.
 */
import english from '../../public/_locales/en/messages.json';

type Catalogue = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

export function t(key: string, substitutions: string[] = []): string {
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage(k: string, s?: string[]): string } } }).chrome?.i18n;
  const fromBrowser = i18n?.getMessage?.(key, substitutions);
  if (fromBrowser) return fromBrowser;
  const entry = (english as Catalogue)[key];
  if (!entry) return key;
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (_m, i: string) => substitutions[Number(i) - 1] ?? '');
  });
}
