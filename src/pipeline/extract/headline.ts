/**
 * The headline the reader sees: the article's own <h1> (or the element microdata marks as its headline), not the
 * site's logo, a breadcrumb, a scrolling bar's repeat or a teaser in a list.
 */

import { withoutWww } from '../../shared/url';
import { clean, echoes, overlap } from './title';

export interface HeadlineOptions {
  /**
   * Titles the page declares (structured data, social tags, <title>): among several <h1>s, the one they repeat wins.
   */
  hints?: (string | null | undefined)[];
  /** True for text that only names the site (a masthead <h1>). */
  isSite?: (text: string) => boolean;
  /** The page's section ("Politics", "World news"): an <h1> saying only that labels the section, not the story. */
  section?: string | null;
  /** The page's address, to tell a link to the home page (a logo) from any other. */
  url?: string;
  /** At most this many <h1>s are read. */
  maxHeadings?: number;
  /** A lone <h1> outside the article shares at least this share of its words (Jaccard) with a declared title. */
  minSharedWords?: number;
}

// Places whose headings are never the article's headline. `li`: teaser lists and breadcrumbs; roll-up bars
// repeat the headline (or a shorter one) only while scrolling. Read by walking up from each heading and testing
// tag names and class strings: selector matching with case-insensitive substrings is slow on large pages.
const NOT_HEADLINE_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'LI']);
const NOT_HEADLINE_CLASS = /logo|masthead|site-title|breadcrumb|roll-?up/i;
const ARTICLE_TAGS = new Set(['ARTICLE', 'MAIN']);
const ARTICLE_HEADER_CLASS = /article[-_]header|entry-header|post-header|story-header/i;
// biome-ignore lint/suspicious/noControlCharactersInRegex: a range from U+0000: what is not Latin script or punctuation
const NON_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

interface Place {
  excluded: boolean;
  inArticle: boolean;
  inArticleHeader: boolean;
}

/** Where a heading sits, from one walk up to <body> (whose classes, like "logo-left-nav", say nothing about it). */
function placeOf(el: Element, doc: Document): Place {
  const place: Place = { excluded: false, inArticle: false, inArticleHeader: false };
  let header = false;
  for (
    let e: Element | null = el, depth = 0;
    e && e !== doc.body && e !== doc.documentElement && depth < 60;
    e = e.parentElement, depth++
  ) {
    const tag = e.tagName.toUpperCase();
    const cls = e.getAttribute('class') ?? '';
    if (
      NOT_HEADLINE_TAGS.has(tag) ||
      NOT_HEADLINE_CLASS.test(cls) ||
      e.getAttribute('itemprop') === 'alternativeHeadline'
    ) {
      place.excluded = true;
      return place;
    }
    if (tag === 'HEADER') header = true;
    if (ARTICLE_HEADER_CLASS.test(cls)) place.inArticleHeader = true;
    if (ARTICLE_TAGS.has(tag) || e.getAttribute('role') === 'main' || e.getAttribute('itemprop') === 'articleBody') {
      place.inArticle = true;
      if (header && tag === 'ARTICLE') place.inArticleHeader = true;
    }
  }
  return place;
}

export function visibleHeadline(doc: Document, options: HeadlineOptions = {}): string | null {
  const { hints = [], isSite = () => false, url = '', maxHeadings = 10, minSharedWords = 0.2 } = options;
  const squeeze = (t: string) => t.toLowerCase().replace(/[\s!-/:-@[-`{-~\u2010-\u2027]+/g, '');
  const section = squeeze(options.section ?? '');
  // In the article's own header a two-word headline is still one ("Broken Pledge"); elsewhere it is a section name.
  const reads = (place: Place, t: string) =>
    t.length >= 10 &&
    t.length <= 300 &&
    !isSite(t) &&
    (!section || squeeze(t) !== section) &&
    (t.split(' ').length >= (place.inArticleHeader ? 2 : 3) || NON_LATIN.test(t));
  const usable = (el: Element) => {
    const place = placeOf(el, doc);
    if (place.excluded) return null;
    const text = clean(el.getAttribute('content') ?? headingText(el));
    return reads(place, text) && !isHomeLink(el, url) ? { el, text, place } : null;
  };

  // One pass over the document for both levels: each query is a walk of the whole tree in linkedom.
  const heads = Array.from(doc.querySelectorAll('h1, h2'));
  const h1List = heads.filter((h) => h.tagName.toUpperCase() === 'H1');
  const h2List = heads.filter((h) => h.tagName.toUpperCase() === 'H2');
  const marked = [...h1List, ...h2List]
    .filter((h) => /(^|\s)headline(\s|$)/.test(h.getAttribute('itemprop') ?? ''))
    .slice(0, 5);
  for (const el of marked) {
    const x = usable(el);
    if (x) return x.text;
  }
  const h1s = h1List.slice(0, maxHeadings).flatMap((h) => {
    const x = usable(h);
    return x ? [x] : [];
  });
  const declared = hints.map((t) => clean(t ?? '')).filter((t) => t.length >= 3);
  const repeated = h1s.find((x) => declared.some((t) => overlap(x.text, t) === 1 || echoes(t, x.text)));
  if (repeated) return repeated.text;
  const inArticle = h1s.find((x) => x.place.inArticle || x.place.inArticleHeader);
  if (inArticle) return inArticle.text;
  // A lone <h1> outside the article may be a section banner ("Allergies Health Center"): it counts when it shares
  // words with what the page declares.
  if (h1s.length === 1 && (!declared.length || declared.some((t) => overlap(h1s[0]!.text, t) >= minSharedWords)))
    return h1s[0]!.text;
  // A declared title cut short ("Forum 2019 in Kyoto: security") under a heading that shows it whole.
  for (const el of h2List.slice(0, 20)) {
    const x = usable(el);
    if (x && declared.some((t) => !isSite(t) && continues(x.text, t))) return x.text;
  }
  if (h1s.length) return null;
  // No <h1> reads as the headline (they name the site): the article header's own heading does.
  for (const el of h2List.slice(0, 20)) {
    const x = usable(el);
    if (x?.place.inArticleHeader) return x.text;
  }
  return null;
}

/** The heading starts with the whole declared title (spacing aside) and goes on past it. */
function continues(heading: string, title: string): boolean {
  const squeeze = (t: string) => t.toLowerCase().replace(/\s+/g, '');
  const h = squeeze(heading);
  const t = squeeze(title);
  return t.length >= 10 && h.length > t.length && h.startsWith(t);
}

// Inside a heading but not its words: a "watch" button, the kicker (rubric) before it, the dek in a caption span, a
// byline, screen-reader text. Tested on each element of the heading's (small) subtree while its text is gathered.
const FURNITURE_TAGS = new Set(['BUTTON', 'SCRIPT', 'STYLE', 'SVG', 'svg']);
const FURNITURE_CLASS = /kicker|caption|byline|author|sr-only|visually-hidden|screen-reader/i;
const isFurniture = (el: Element) =>
  FURNITURE_TAGS.has(el.tagName) ||
  FURNITURE_TAGS.has(el.tagName.toUpperCase()) ||
  FURNITURE_CLASS.test(el.getAttribute('class') ?? '') ||
  el.getAttribute('aria-hidden') === 'true' ||
  el.hasAttribute('hidden') ||
  (el.tagName.toUpperCase() === 'A' && el.getAttribute('href') === '#');
const MARKED_HEADLINE = (el: Element) =>
  /^(headline|name)$/.test(el.getAttribute('itemprop') ?? '') || /headline/i.test(el.getAttribute('class') ?? '');

/** The heading's own words: the one part marked as the headline when there is one, else its text less furniture. */
function headingText(el: Element): string {
  const marked: Element[] = [];
  let furniture = false;
  const parts: string[] = [];
  const walk = (node: Element, depth: number) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === 1 && depth < 8) {
        const e = child as Element;
        if (MARKED_HEADLINE(e)) marked.push(e);
        if (isFurniture(e)) furniture = true;
        else walk(e, depth + 1);
      }
    }
  };
  walk(el, 0);
  if (marked.length === 1) {
    const text = clean(marked[0]!.textContent ?? '');
    if (text.length >= 3) return text;
  }
  return furniture ? parts.join('') : (el.textContent ?? '');
}

/** A heading that is wholly one link to the site's home page is the masthead ("<h1><a href="/">logo</a></h1>"). */
function isHomeLink(el: Element, url: string): boolean {
  const links = el.getElementsByTagName('a');
  if (links.length !== 1) return false;
  const a = links[0]!;
  const href = a.getAttribute('href');
  if (!href || clean(a.textContent ?? '') !== clean(el.textContent ?? '')) return false;
  try {
    const target = new URL(href, url || undefined);
    return (
      target.pathname === '/' &&
      !target.search &&
      (!url || withoutWww(target.hostname) === withoutWww(new URL(url).hostname))
    );
  } catch {
    return false;
  }
}
