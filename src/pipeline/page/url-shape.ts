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

const NON_ARTICLE_KINDS =
  /\/(videos?|watch|tv|av|clips?|gallery|galleries|photos?|pictures|slideshows?|live|livestream|search|tags?|topics?|category|categories|authors?|profile|users?|login|signin|sign-in|register|account|subscribe|newsletters?)(\/|$)/i;
const PRODUCT = /\/(products?|produkt|produit|prodotto|dp|gp\/product|item|itm|p|shop|store|cart|checkout|catalog)\/|[?&](sku|productid|pid)=/i;
const ASIN = /\/B0[A-Z0-9]{8}(\/|$)/;
const FORUM = /\/(r\/[^/]+\/comments|forum|forums|threads?|questions|discussion|status|boards?)\//i;

export function urlShape(url: string): UrlShape {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { http: false, dated: false, slug: false, storyId: false, sectionRoot: false, nonArticleKind: null, product: false,
      forum: false, siteKind: null };
  }
  const http = /^https?:$/.test(u.protocol);
  const path = decodeSafe(u.pathname);
  const segments = path.split('/').filter(Boolean);
  const rawLast = segments[segments.length - 1] ?? '';
  const last = rawLast.replace(/\.(s?html?|php|aspx?|cms)$/i, '');
  // "/tech.html" is a section page with an extension; "/ASM2Q5HKNM2QUCVL02D.html" or "/story-name.html" is a story.
  const fileLike = last !== rawLast && !/^(index|default|home)$/i.test(last) && !(segments.length === 1 && /^[a-z]{2,15}$/i.test(last));
  // A word is any piece that is not all digits (no \p{L}: its first use costs milliseconds in Chromium).
  const slugOf = (seg: string) => seg.split(/[-_]+/).filter((w) => w && !/^\d+$/.test(w)).length >= 4;
  const slug = segments.some(slugOf);
  const dated = /\/(19|20)\d\d\/(0?[1-9]|1[0-2])(\/|$)|\/(19|20)\d\d[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12]\d|3[01])(\/|[-_]|$)/.test(path) ||
    /[-_/](19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[-_]/.test(path);
  const storyId = /\d{5,}/.test(path.replace(/\/(19|20)\d\d\/\d\d(\/\d\d)?/g, '')) || /[?&](id|story|article|p)=\d{4,}/i.test(u.search);
  const kind = NON_ARTICLE_KINDS.exec(path)?.[1]?.toLowerCase() ?? null;
  const shortSegments = segments.length <= 2 && segments.every((s) => s.length <= 30 && !slugOf(s) && !/\d{4,}/.test(s));
  return {
    http,
    dated,
    slug,
    storyId,
    sectionRoot: http && (segments.length === 0 || (shortSegments && !dated && !fileLike && !/=[^&]*(\d{3,}|[^&]{20,})/.test(u.search))),
    nonArticleKind: http ? kind : null,
    product: http && (PRODUCT.test(path + u.search) || ASIN.test(path)),
    forum: http && FORUM.test(path),
    siteKind: http ? siteKindOf(u.hostname.toLowerCase(), u.pathname) : null,
  };
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
