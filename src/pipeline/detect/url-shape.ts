/** What a page's address says about it: dated or slugged story paths versus section roots, video, search, shops. */
import { NON_NEWS_SITES as SITES } from './site-kinds';

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
  /**
   * The site is one whose pages are not news (site-kinds.ts): reference, code, forum, video, social, shop, search.
   */
  siteKind: string | null;
}

// Segment names, looked up in sets: large case-insensitive regex alternations cost a fraction of a millisecond each to
// compile on first use in Chromium, and detection runs once per page, cold.
const NON_ARTICLE_KINDS = new Set([
  'video',
  'videos',
  'watch',
  'tv',
  'av',
  'clip',
  'clips',
  'gallery',
  'galleries',
  'photo',
  'photos',
  'pictures',
  'slideshow',
  'slideshows',
  'live',
  'livestream',
  'search',
  'tag',
  'tags',
  'topic',
  'topics',
  'category',
  'categories',
  'author',
  'authors',
  'profile',
  'user',
  'users',
  'login',
  'signin',
  'sign-in',
  'register',
  'account',
  'subscribe',
  'newsletter',
  'newsletters',
]);
const PRODUCT_SEGMENTS = new Set([
  'product',
  'products',
  'produkt',
  'produit',
  'prodotto',
  'dp',
  'item',
  'itm',
  'p',
  'shop',
  'store',
  'cart',
  'checkout',
  'catalog',
]);
// A query key, as URLSearchParams would read it (keys before "=" or alone between "&"s).
const PRODUCT_PARAMS = /(?:^\?|&)(sku|productid|pid)(=|&|$)/;
const FORUM_SEGMENTS = new Set([
  'forum',
  'forums',
  'thread',
  'threads',
  'questions',
  'discussion',
  'status',
  'board',
  'boards',
]);
const FILE_EXTENSION = /\.(s?html?|php|aspx?|cms)$/i;
const DIGITS = /^\d+$/;
const SLUG_SEPARATORS = /[-_]+/;
const FOUR_DIGITS = /\d{4,}/;
const FIVE_DIGITS = /\d{5,}/;
const ASIN = /^[A-Z0-9]+$/;
const NOT_LATIN_LETTER = /[^a-z]/i;
const DATE_PATH = /\/(19|20)\d\d\/\d\d(\/\d\d)?/g;
const STORY_PARAM = /[?&](id|story|article|p)=\d{4,}/i;
const ID_OR_LONG_PARAM = /=[^&]*(\d{3,}|[^&]{20,})/;
// A post or story named by a number on the site's root ("/?p=482", WordPress without pretty links; "/?id=17").
const ROOT_POST_PARAM = /[?&](p|id|story|article|sid|storyid|articleid)=\d+(&|$)/i;
// A year and its month as one segment ("2014-12", "2014_12").
const YEAR_MONTH = /^(?:19|20)\d\d[-_](\d\d?)$/;
const COMPACT_DATE = /(?:^|[-_])((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[-_]|$)/;

/** The shape of an address that says nothing (not http, or not parseable). */
export const NO_URL_SHAPE: Readonly<UrlShape> = Object.freeze({
  http: false,
  dated: false,
  slug: false,
  storyId: false,
  sectionRoot: false,
  nonArticleKind: null,
  product: false,
  forum: false,
  siteKind: null,
});

/**
 * Written as one pass of plain loops: detection runs once per page with nothing compiled yet, and in Chromium every
 * closure, array callback and regular expression a cold call meets costs tens of microseconds to compile.
 */
export function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { ...NO_URL_SHAPE };
  }
  const http = u.protocol === 'http:' || u.protocol === 'https:';
  const path = decodeSafe(u.pathname);
  const segments: string[] = [];
  for (const seg of path.split('/')) if (seg) segments.push(seg);
  const n = segments.length;
  let slug = false;
  let dated = false;
  let kind: string | null = null;
  let product = false;
  let forum = false;
  let shortSegments = n <= 2;
  let hasGp = false;
  let hasProductSeg = false;
  for (let i = 0; i < n; i++) {
    const seg = segments[i]!;
    const lower = seg.toLowerCase();
    // A headline slug: four or more pieces between hyphens or underscores that are not all digits.
    let words = 0;
    for (const w of seg.split(SLUG_SEPARATORS)) if (w && !DIGITS.test(w)) words++;
    if (words >= 4) slug = true;
    if (!dated) dated = isDated(segments, i);
    if (kind === null && NON_ARTICLE_KINDS.has(lower)) kind = lower;
    if (shortSegments && (seg.length > 30 || words >= 4 || FOUR_DIGITS.test(seg))) shortSegments = false;
    if (i < n - 1 && PRODUCT_SEGMENTS.has(lower)) product = true;
    if (i < n - 1 && FORUM_SEGMENTS.has(lower)) forum = true;
    if (lower === 'gp') hasGp = true;
    if (lower === 'product') hasProductSeg = true;
    // An Amazon-style ASIN: ten upper-case letters and digits starting B0.
    if (seg.length === 10 && seg.startsWith('B0') && ASIN.test(seg)) product = true;
  }
  if (hasGp && hasProductSeg) product = true;
  if (!product && u.search && PRODUCT_PARAMS.test(u.search)) product = true;
  if (n >= 3 && segments[0]!.toLowerCase() === 'r' && segments[2]!.toLowerCase() === 'comments') forum = true;
  const rawLast = n ? segments[n - 1]! : '';
  const last = rawLast.replace(FILE_EXTENSION, '');
  // "/tech.html" is a section page with an extension; "/ASM2Q5HKNM2QUCVL02D.html" or "/story-name.html" is a story.
  const lastLower = last.toLowerCase();
  const oneWord =
    n === 1 &&
    last.length >= 2 &&
    last.length <= 15 &&
    lastLower !== last.toUpperCase() &&
    !NOT_LATIN_LETTER.test(last);
  const fileLike =
    last !== rawLast && lastLower !== 'index' && lastLower !== 'default' && lastLower !== 'home' && !oneWord;
  const storyId = FIVE_DIGITS.test(path.replace(DATE_PATH, '')) || STORY_PARAM.test(u.search);
  return {
    http,
    dated,
    slug,
    storyId,
    sectionRoot:
      http &&
      (n === 0
        ? !ROOT_POST_PARAM.test(u.search)
        : shortSegments && !dated && !fileLike && !ID_OR_LONG_PARAM.test(u.search)),
    nonArticleKind: http ? kind : null,
    product: http && product,
    forum: http && forum,
    siteKind: http ? siteKindOf(u.hostname.toLowerCase(), u.pathname) : null,
  };
}

/**
 * A segment that dates the path: /2019/05/ (with the next segment), /2014-12/slug (a year and a month), /20190503/,
 * /2019-05-03-slug, a yyyymmdd in a slug, and a year whose month and day follow a section (/2013/world/8/3/slug).
 */
function isDated(segments: readonly string[], i: number): boolean {
  const seg = segments[i]!;
  // The two looser forms count only with a story's name after the date: a date that ends the path is an archive.
  if (isYear(seg))
    return isMonth(segments[i + 1]) || (isMonth(segments[i + 2]) && isDay(segments[i + 3]) && i + 4 < segments.length);
  const yearMonth = YEAR_MONTH.exec(seg);
  if (yearMonth) return isMonth(yearMonth[1]) && i + 1 < segments.length;
  const compact = COMPACT_DATE.exec(seg);
  return !!compact && +compact[2]! >= 1 && +compact[2]! <= 12 && +compact[3]! >= 1 && +compact[3]! <= 31;
}

const isYear = (seg: string) => seg.length === 4 && (seg.startsWith('19') || seg.startsWith('20')) && DIGITS.test(seg);
const isMonth = (seg: string | undefined) => !!seg && seg.length <= 2 && DIGITS.test(seg) && +seg >= 1 && +seg <= 12;
const isDay = (seg: string | undefined) => !!seg && seg.length <= 2 && DIGITS.test(seg) && +seg >= 1 && +seg <= 31;

function decodeSafe(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function siteKindOf(host: string, path: string): string | null {
  for (const site of SITES) {
    if ((host === site.host || host.endsWith(`.${site.host}`)) && (!site.path || site.path.test(path)))
      return site.kind;
  }
  return null;
}
