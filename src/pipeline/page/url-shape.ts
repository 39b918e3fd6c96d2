/** What a page's address says about it: dated or slugged story paths versus section roots, video, search, shops. */
import siteKinds from '../site-kinds.json';

const SITES = siteKinds.sites.map((s) => ({ host: s.host, path: 'path' in s && s.path ? new RegExp(s.path) : null, kind: s.kind }));

export interface UrlShape {
  http: boolean;
  /** /2019/05/03/ or /20190503/ or a date inside the slug. */
  dated: boolean;
  /** A last segment of four or more hyphenated or underscored words: a headline slug. */
  slug: boolean;
  /** A long numeric id (story ids: /article/35135610/, ?id=63254875, -1788216229). */
  storyId: boolean;
  /** "/", or one or two short segments without a slug or id: a home page or a section front. */
  sectionRoot: boolean;
  /** The path names a kind of page that is not an article (video, gallery, live, search, tag, login...). */
  nonArticleKind: string | null;
  /** The path looks like a shop's product or cart page. */
  product: boolean;
  /** The path looks like a forum thread or a social post. */
  forum: boolean;
  /** The site is one whose pages are not news (site-kinds.json): reference, code, forum, video, social, shop, search. */
  siteKind: string | null;
}

// Segment names, looked up in sets: large case-insensitive regex alternations cost a fraction of a millisecond each to
// compile on first use in Chromium, and detection runs once per page, cold.
const NON_ARTICLE_KINDS = new Set(['video', 'videos', 'watch', 'tv', 'av', 'clip', 'clips', 'gallery', 'galleries', 'photo',
  'photos', 'pictures', 'slideshow', 'slideshows', 'live', 'livestream', 'search', 'tag', 'tags', 'topic', 'topics', 'category',
  'categories', 'author', 'authors', 'profile', 'user', 'users', 'login', 'signin', 'sign-in', 'register', 'account', 'subscribe',
  'newsletter', 'newsletters']);
const PRODUCT_SEGMENTS = new Set(['product', 'products', 'produkt', 'produit', 'prodotto', 'dp', 'item', 'itm', 'p', 'shop',
  'store', 'cart', 'checkout', 'catalog']);
const PRODUCT_PARAMS = ['sku', 'productid', 'pid'];
const FORUM_SEGMENTS = new Set(['forum', 'forums', 'thread', 'threads', 'questions', 'discussion', 'status', 'board', 'boards']);
// Extensions a story path may end in ("/story-name.html"); stripped before reading the last segment.
const FILE_EXTENSIONS = new Set(['html', 'htm', 'shtml', 'shtm', 'php', 'asp', 'aspx', 'cms']);
const STORY_PARAMS = new Set(['id', 'story', 'article', 'p']);

/** The shape of an address that says nothing (not http, or not parseable). */
export const NO_URL_SHAPE: Readonly<UrlShape> = Object.freeze({ http: false, dated: false, slug: false, storyId: false,
  sectionRoot: false, nonArticleKind: null, product: false, forum: false, siteKind: null });

// Plain string code, no regular expressions: detection runs once per page, cold, and each pattern costs more to
// compile on its first use in Chromium than all of this costs to run.
export function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ...NO_URL_SHAPE };
  }
  const http = u.protocol === 'http:' || u.protocol === 'https:';
  const path = decodeSafe(u.pathname);
  const segments = path.split('/').filter(Boolean);
  const lower = segments.map((seg) => seg.toLowerCase());
  const rawLast = segments[segments.length - 1] ?? '';
  const dot = rawLast.lastIndexOf('.');
  const last = dot >= 0 && FILE_EXTENSIONS.has(rawLast.slice(dot + 1).toLowerCase()) ? rawLast.slice(0, dot) : rawLast;
  // "/tech.html" is a section page with an extension; "/ASM2Q5HKNM2QUCVL02D.html" or "/story-name.html" is a story.
  const oneWord = (w: string) => w.length >= 2 && w.length <= 15 && every(w, isAsciiLetter);
  const fileLike = last !== rawLast && !['index', 'default', 'home'].includes(last.toLowerCase()) && !(segments.length === 1 && oneWord(last));
  const slug = segments.some(isSlug);
  const dated = isDated(segments);
  const search = u.search;
  const storyId = longestDigitRun(withoutDatePaths(path)) >= 5 || hasStoryParam(search);
  const kind = lower.find((seg) => NON_ARTICLE_KINDS.has(seg)) ?? null;
  const shortSegments = segments.length <= 2 && segments.every((seg) => seg.length <= 30 && !isSlug(seg) && longestDigitRun(seg) < 4);
  const params = u.searchParams;
  const product = lower.some((seg, i) => PRODUCT_SEGMENTS.has(seg) && i < lower.length - 1) ||
    (lower.includes('gp') && lower.includes('product')) || PRODUCT_PARAMS.some((k) => params.has(k)) ||
    segments.some((seg) => seg.length === 10 && seg.startsWith('B0') && every(seg, (c) => isDigit(c) || (c >= 65 && c <= 90)));
  const forum = lower.some((seg, i) => FORUM_SEGMENTS.has(seg) && i < lower.length - 1) ||
    (lower[0] === 'r' && lower[2] === 'comments');
  return {
    http,
    dated,
    slug,
    storyId,
    sectionRoot: http && (segments.length === 0 || (shortSegments && !dated && !fileLike && !hasIdLikeValue(search))),
    nonArticleKind: http ? kind : null,
    product: http && product,
    forum: http && forum,
    siteKind: http ? siteKindOf(u.hostname.toLowerCase(), u.pathname) : null,
  };
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isSeparator = (c: number) => c === 45 || c === 95; // - _

function every(s: string, test: (c: number) => boolean): boolean {
  for (let i = 0; i < s.length; i++) if (!test(s.charCodeAt(i))) return false;
  return true;
}

const isDigits = (s: string) => s.length > 0 && every(s, isDigit);

/** A headline slug: four or more words that are not all digits, split on runs of hyphens and underscores. */
function isSlug(seg: string): boolean {
  let words = 0;
  let len = 0;
  let digits = true;
  for (let i = 0; i <= seg.length; i++) {
    const c = i < seg.length ? seg.charCodeAt(i) : 45;
    if (isSeparator(c)) {
      if (len > 0 && !digits && ++words >= 4) return true;
      len = 0;
      digits = true;
    } else {
      len++;
      digits &&= isDigit(c);
    }
  }
  return false;
}

function longestDigitRun(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    run = isDigit(s.charCodeAt(i)) ? run + 1 : 0;
    if (run > best) best = run;
  }
  return best;
}

/** The path without its /yyyy/mm or /yyyy/mm/dd parts (years 19xx and 20xx), so a date never reads as a story id. */
function withoutDatePaths(path: string): string {
  let out = '';
  let i = 0;
  while (i < path.length) {
    const n = datePathAt(path, i);
    if (n) i += n;
    else out += path[i++];
  }
  return out;
}

function datePathAt(p: string, i: number): number {
  const d = (k: number) => k < p.length && isDigit(p.charCodeAt(k));
  if (p[i] !== '/' || !(p.startsWith('19', i + 1) || p.startsWith('20', i + 1)) || !d(i + 3) || !d(i + 4)) return 0;
  if (p[i + 5] !== '/' || !d(i + 6) || !d(i + 7)) return 0;
  return p[i + 8] === '/' && d(i + 9) && d(i + 10) ? 11 : 8;
}

/** ?id=, &story=, &article= or &p= (any case) followed by four or more digits. */
function hasStoryParam(search: string): boolean {
  for (let k = 0; k < search.length; k++) {
    if (search[k] !== '?' && search[k] !== '&') continue;
    const eq = search.indexOf('=', k + 1);
    if (eq < 0) return false;
    if (STORY_PARAMS.has(search.slice(k + 1, eq).toLowerCase()) && isDigits(search.slice(eq + 1, eq + 5)) && eq + 5 <= search.length) return true;
  }
  return false;
}

/** A query value with three digits in a row or twenty characters: an id or a key, not a section filter. */
function hasIdLikeValue(search: string): boolean {
  for (let eq = search.indexOf('='); eq >= 0; eq = search.indexOf('=', eq + 1)) {
    const amp = search.indexOf('&', eq + 1);
    const value = search.slice(eq + 1, amp < 0 ? search.length : amp);
    if (value.length >= 20 || longestDigitRun(value) >= 3) return true;
  }
  return false;
}

/** /2019/05/03/, /2019/05/, /20190503/, /2019-05-03-slug, or a yyyymmdd inside a slug. */
function isDated(segments: string[]): boolean {
  const year = (s: string) => s.length === 4 && isDigits(s) && (s.startsWith('19') || s.startsWith('20'));
  const month = (s: string) => isDigits(s) && s.length <= 2 && +s >= 1 && +s <= 12;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (year(seg) && month(segments[i + 1] ?? '')) return true;
    const compact = compactDate(seg);
    if (compact && compact[1] >= 1 && compact[1] <= 12 && compact[2] >= 1 && compact[2] <= 31) return true;
  }
  return false;
}

/** The first yyyy[-]mm[-]dd (19xx or 20xx) standing alone or between hyphens/underscores: [year, month, day]. */
function compactDate(seg: string): [number, number, number] | null {
  const d = (k: number) => k < seg.length && isDigit(seg.charCodeAt(k));
  for (let i = 0; i + 8 <= seg.length; i++) {
    if (i > 0 && !isSeparator(seg.charCodeAt(i - 1))) continue;
    if (!(seg.startsWith('19', i) || seg.startsWith('20', i)) || !d(i + 2) || !d(i + 3)) continue;
    let j = i + 4;
    if (seg[j] === '-') j++;
    if (!d(j) || !d(j + 1)) continue;
    const mm = j;
    j += 2;
    if (seg[j] === '-') j++;
    if (!d(j) || !d(j + 1)) continue;
    const dd = j;
    j += 2;
    if (j < seg.length && !isSeparator(seg.charCodeAt(j))) continue;
    return [+seg.slice(i, i + 4), +seg.slice(mm, mm + 2), +seg.slice(dd, dd + 2)];
  }
  return null;
}

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function siteKindOf(host: string, path: string): string | null {
  for (const site of SITES) {
    if ((host === site.host || host.endsWith(`.${site.host}`)) && (!site.path || site.path.test(path))) return site.kind;
  }
  return null;
}
