/**
 * Intl.DateTimeFormat instances kept per locale and options: building one costs far more than formatting with it,
 * and the popup's first render formats dozens of dates in a handful of styles.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

/** A formatter for the locale (undefined: the browser's) and options, built once and reused. */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
