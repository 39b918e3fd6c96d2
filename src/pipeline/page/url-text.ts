/**
 * The tests url-shape.ts makes on an address's path and query, written as character loops, not regular expressions.
 * Detection runs once on every page, and in a renderer that has not run our code before (a reader's first page on a
 * site) every regular expression compiles on its first run: timed in the built extension, the dozen a page's
 * detection met cost 0.4-0.5 ms in all, a fifth of detection. Each function names the pattern it stands for, and
 * `tests/pipeline/page/url-text.test.ts` checks it against that pattern on generated inputs.
 */

const isDigit = (c: number) => c >= 48 && c <= 57;

/** `/^\d+$/`: one or more ASCII digits and nothing else. */
export function isDigits(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/** The longest run of ASCII digits (`/\d{4,}/` is `longestDigitRun(s) >= 4`). */
export function longestDigitRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = isDigit(s.charCodeAt(i)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** `s.split(/[-_]+/)` pieces that are not empty and not all digits: the words of a headline slug. */
export function slugWords(s: string): number {
  let words = 0;
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 45;
    if (c !== 45 && c !== 95) continue; // "-" or "_" (or the end) closes a piece
    if (i > start && !isDigits(s.slice(start, i))) words++;
    start = i + 1;
  }
  return words;
}

/**
 * `/(?:^|[-_])((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[-_]|$)/.exec(s)`: the first yyyy(-)mm(-)dd at the start of the string or
 * of a hyphen or underscore piece, running to the end of one, as [year, month, day] strings; null when there is none.
 */
export function compactDate(s: string): [string, string, string] | null {
  for (let d = 0; d + 8 <= s.length; d++) {
    if (d > 0) {
      const before = s.charCodeAt(d - 1);
      if (before !== 45 && before !== 95) continue;
    }
    const c0 = s.charCodeAt(d);
    const c1 = s.charCodeAt(d + 1);
    if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) continue; // 19 or 20
    if (!isDigit(s.charCodeAt(d + 2)) || !isDigit(s.charCodeAt(d + 3))) continue;
    let i = d + 4;
    if (s.charCodeAt(i) === 45) i++;
    if (!isDigit(s.charCodeAt(i)) || !isDigit(s.charCodeAt(i + 1))) continue;
    const month = s.slice(i, i + 2);
    i += 2;
    if (s.charCodeAt(i) === 45) i++;
    if (!isDigit(s.charCodeAt(i)) || !isDigit(s.charCodeAt(i + 1))) continue;
    const day = s.slice(i, i + 2);
    i += 2;
    if (i < s.length && s.charCodeAt(i) !== 45 && s.charCodeAt(i) !== 95) continue;
    return [s.slice(d, d + 4), month, day];
  }
  return null;
}

const FILE_EXTENSIONS = ['.html', '.htm', '.shtml', '.shtm', '.php', '.asp', '.aspx', '.cms'];

/** The length of a web-page file extension ending `lower` (`/\.(s?html?|php|aspx?|cms)$/`), or 0. */
export function fileExtensionLength(lower: string): number {
  for (const ext of FILE_EXTENSIONS) if (lower.endsWith(ext)) return ext.length;
  return 0;
}

/** `/[^a-zA-Z]/`: a character that is not an ASCII letter. */
export function hasNonLatinLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return true;
  }
  return false;
}

/** `/^[A-Z0-9]+$/`: upper-case ASCII letters and digits only. */
export function isUpperAlphanumeric(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDigit(c) && (c < 65 || c > 90)) return false;
  }
  return true;
}

/** A "/" followed by yyyy "/" mm and, optionally, "/" dd, with a year in 19xx or 20xx: the length matched, or 0. */
function datePathAt(s: string, i: number): number {
  if (s.charCodeAt(i) !== 47) return 0;
  const c0 = s.charCodeAt(i + 1);
  const c1 = s.charCodeAt(i + 2);
  if (!((c0 === 49 && c1 === 57) || (c0 === 50 && c1 === 48))) return 0;
  if (!isDigit(s.charCodeAt(i + 3)) || !isDigit(s.charCodeAt(i + 4)) || s.charCodeAt(i + 5) !== 47) return 0;
  if (!isDigit(s.charCodeAt(i + 6)) || !isDigit(s.charCodeAt(i + 7))) return 0;
  if (s.charCodeAt(i + 8) === 47 && isDigit(s.charCodeAt(i + 9)) && isDigit(s.charCodeAt(i + 10))) return 11;
  return 8;
}

/**
 * `/\d{5,}/.test(path.replace(/\/(19|20)\d\d\/\d\d(\/\d\d)?/g, ''))`: five digits in a row once the date folders are
 * taken out (a story id, not a date).
 */
export function hasLongNumberOutsideDates(path: string): boolean {
  let run = 0;
  for (let i = 0; i < path.length; ) {
    const date = datePathAt(path, i);
    if (date) {
      i += date; // taken out: the digits on either side now touch, as they do after the replace
      continue;
    }
    run = isDigit(path.charCodeAt(i)) ? run + 1 : 0;
    if (run >= 5) return true;
    i++;
  }
  return false;
}

/** The query's pieces between "?" and "&" (the leading "?" included as a separator). */
function queryPieces(search: string, separators: '?&' | '&'): string[] {
  const pieces: string[] = [];
  let start = search.charCodeAt(0) === 63 ? 1 : 0;
  for (let i = start; i <= search.length; i++) {
    const c = i < search.length ? search.charCodeAt(i) : 38;
    if (c === 38 || (separators === '?&' && c === 63)) {
      pieces.push(search.slice(start, i));
      start = i + 1;
    }
  }
  return pieces;
}

const STORY_KEYS = new Set(['id', 'story', 'article', 'p']);

/** `/[?&](id|story|article|p)=\d{4,}/` on a lower-cased query: a story id parameter. */
export function hasStoryParam(search: string): boolean {
  const pieces = queryPieces(search, '?&');
  // A piece counts only after a real "?" or "&": the first one when the query starts with "?".
  for (let k = search.charCodeAt(0) === 63 ? 0 : 1; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const eq = piece.indexOf('=');
    if (eq < 0 || !STORY_KEYS.has(piece.slice(0, eq))) continue;
    let digits = 0;
    while (isDigit(piece.charCodeAt(eq + 1 + digits))) digits++;
    if (digits >= 4) return true;
  }
  return false;
}

const PRODUCT_KEYS = new Set(['sku', 'productid', 'pid']);

/** `/(?:^\?|&)(sku|productid|pid)(=|&|$)/`: a product key in the query (alone, or before "="). */
export function hasProductParam(search: string): boolean {
  const pieces = queryPieces(search, '&');
  for (let k = search.charCodeAt(0) === 63 ? 0 : 1; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const eq = piece.indexOf('=');
    if (PRODUCT_KEYS.has(eq < 0 ? piece : piece.slice(0, eq))) return true;
  }
  return false;
}

/** `/=[^&]*(\d{3,}|[^&]{20,})/`: a parameter value (up to the next "&") with three digits in a row or 20 characters. */
export function hasIdOrLongParam(search: string): boolean {
  for (let i = search.indexOf('='); i >= 0; ) {
    let end = search.indexOf('&', i + 1);
    if (end < 0) end = search.length;
    if (end - (i + 1) >= 20 || longestDigitRun(search.slice(i + 1, end)) >= 3) return true;
    i = search.indexOf('=', end);
  }
  return false;
}
