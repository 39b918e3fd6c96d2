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
const FILE_EXTENSION = /\.(s?html?|php|aspx?|cms)$/i;
const DIGITS = /^\d+$/;

/** The shape of an address that says nothing (not http, or not parseable). */
export const NO_URL_SHAPE: Readonly<UrlShape> = Object.freeze({ http: false, dated: false, slug: false, storyId: false,
  sectionRoot: false, nonArticleKind: null, product: false, forum: false, siteKind: null });

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
  const last = rawLast.replace(FILE_EXTENSION, '');
  // "/tech.html" is a section page with an extension; "/ASM2Q5HKNM2QUCVL02D.html" or "/story-name.html" is a story.
  const oneWord = (w: string) => w.length >= 2 && w.length <= 15 && w.toLowerCase() !== w.toUpperCase() && !/[^a-z]/i.test(w);
  const fileLike = last !== rawLast && !['index', 'default', 'home'].includes(last.toLowerCase()) && !(segments.length === 1 && oneWord(last));
  // A word is any piece that is not all digits (no \p{L}: its first use costs milliseconds in Chromium).
  const slugOf = (seg: string) => seg.split(/[-_]+/).filter((w) => w && !DIGITS.test(w)).length >= 4;
  const slug = segments.some(slugOf);
  const dated = isDated(segments);
  const storyId = /\d{5,}/.test(path.replace(/\/(19|20)\d\d\/\d\d(\/\d\d)?/g, '')) || /[?&](id|story|article|p)=\d{4,}/i.test(u.search);
  const kind = lower.find((seg) => NON_ARTICLE_KINDS.has(seg)) ?? null;
  const shortSegments = segments.length <= 2 && segments.every((seg) => seg.length <= 30 && !slugOf(seg) && !/\d{4,}/.test(seg));
  const params = u.searchParams;
  const product = lower.some((seg, i) => PRODUCT_SEGMENTS.has(seg) && i < lower.length - 1) ||
    (lower.includes('gp') && lower.includes('product')) || PRODUCT_PARAMS.some((k) => params.has(k)) ||
    segments.some((seg) => seg.length === 10 && seg.startsWith('B0') && seg === seg.toUpperCase() && !/[^A-Z0-9]/.test(seg));
  const forum = lower.some((seg, i) => FORUM_SEGMENTS.has(seg) && i < lower.length - 1) ||
    (lower[0] === 'r' && lower[2] === 'comments');
  return {
    http,
    dated,
    slug,
    storyId,
    sectionRoot: http && (segments.length === 0 || (shortSegments && !dated && !fileLike && !/=[^&]*(\d{3,}|[^&]{20,})/.test(u.search))),
    nonArticleKind: http ? kind : null,
    product: http && product,
    forum: http && forum,
    siteKind: http ? siteKindOf(u.hostname.toLowerCase(), u.pathname) : null,
  };
}

/** /2019/05/03/, /2019/05/, /20190503/, /2019-05-03-slug, or a yyyymmdd inside a slug. */
function isDated(segments: string[]): boolean {
  const year = (s: string) => s.length === 4 && DIGITS.test(s) && (s.startsWith('19') || s.startsWith('20'));
  const month = (s: string) => DIGITS.test(s) && s.length <= 2 && +s >= 1 && +s <= 12;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i]!;
    if (year(seg) && month(segments[i + 1] ?? '')) return true;
    const compact = /(?:^|[-_])((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[-_]|$)/.exec(seg);
    if (compact && +compact[2]! >= 1 && +compact[2]! <= 12 && +compact[3]! >= 1 && +compact[3]! <= 31) return true;
  }
  return false;
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
