/**
 * The text tests detection's signals make (signals.ts), written as string searches and character loops rather than
 * regular expressions, for the reason url-text.ts gives: detection runs on every page, often in a renderer where none
 * of our patterns has been compiled yet. Each function names the pattern it stands for, and
 * `tests/pipeline/page/signal-text.test.ts` checks it against that pattern.
 */

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** `\bword\b` (ASCII word characters, as a pattern without the u flag has them): `word` standing alone in `s`. */
export function hasWord(s: string, word: string): boolean {
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || !isWordChar(s.charCodeAt(i - 1))) && (end === s.length || !isWordChar(s.charCodeAt(end)))) return true;
  }
  return false;
}

const CART_HINTS = ['basket', 'addtocart', 'add-tocart', 'addto-cart', 'add-to-cart', 'addtobag', 'add-tobag', 'addto-bag',
  'add-to-bag', 'buybox', 'buy-box'];

/** `/add-?to-?(cart|bag|basket)|addtocart|buy-?box|basket|\/cart\b/` on lower-cased class, id, name and action. */
export function isCartHint(lower: string): boolean {
  for (const hint of CART_HINTS) if (lower.includes(hint)) return true;
  for (let i = lower.indexOf('/cart'); i >= 0; i = lower.indexOf('/cart', i + 1)) {
    if (i + 5 === lower.length || !isWordChar(lower.charCodeAt(i + 5))) return true;
  }
  return false;
}

const CART_BUTTONS = new Set(['add to cart', 'add to bag', 'add to basket', 'in den warenkorb', 'ajouter au panier',
  'añadir al carrito', 'buy now']);

/** A shop's buy button, by its whole lower-cased label. */
export function isCartButton(lowerLabel: string): boolean {
  return CART_BUTTONS.has(lowerLabel);
}

const MICRODATA_ARTICLES = ['newsarticle', 'article', 'blogposting', 'reportagenewsarticle', 'analysisnewsarticle',
  'opinionnewsarticle'];

/** A lower-cased itemtype ending in a schema.org article type (`schema.org/NewsArticle`, `https://schema.org/Article`). */
export function isMicrodataArticle(lower: string): boolean {
  for (const type of MICRODATA_ARTICLES) if (lower.endsWith(`schema.org/${type}`)) return true;
  return false;
}

// What `\s` matches in a pattern: the space characters `String.prototype.trim` removes.
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/** `s.replace(/\s+/g, ' ').trim()`. */
export function collapseSpace(s: string): string {
  return replaceRuns(s, isSpace);
}

// signals.ts PUNCTUATION's characters: space, ASCII punctuation, general punctuation, CJK and full-width punctuation,
// guillemets, inverted marks, the middle dot.
const isPunctuation = (c: number) => isSpace(c) || (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) ||
  (c >= 0x7b && c <= 0x7e) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff0f) ||
  (c >= 0xff1a && c <= 0xff20) || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 0xa1 || c === 0xbf || c === 0xb7;

/** `s.replace(PUNCTUATION, ' ').trim()` (signals.ts): punctuation and spaces as single spaces, none at either end. */
export function collapsePunctuation(s: string): string {
  return replaceRuns(s, isPunctuation);
}

function replaceRuns(s: string, matches: (c: number) => boolean): string {
  let out = '';
  let pending = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (!matches(s.charCodeAt(i))) continue;
    // A run starts at i: keep the text before it, then skip the run.
    if (i > from) {
      out += (pending ? ' ' : '') + s.slice(from, i);
      pending = false;
    }
    if (out) pending = true;
    let j = i + 1;
    while (j < s.length && matches(s.charCodeAt(j))) j++;
    from = j;
    i = j - 1;
  }
  if (from < s.length) out += (pending ? ' ' : '') + s.slice(from);
  return out;
}
