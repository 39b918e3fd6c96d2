/**
 * The cheap facts detection weighs, read with a handful of selector queries: never a walk of the whole DOM, so it can
 * run on every page. Each fact is a number or a flag; `detect.ts` turns them into points and reasons.
 */
import { ARTICLE_TYPES, NEWS_ARTICLE_TYPES, NON_ARTICLE_TYPES } from '../article-types';
import { field, readJsonLd, typesOf } from '../jsonld';
import { urlShape, type UrlShape } from './url-shape';

export interface PageSignals {
  /** The schema.org article type the page declares, if any. */
  ldArticle: string | null;
  ldNews: boolean;
  /** A schema.org type that says the page is something else (Product, VideoObject as the main entity, ...). */
  ldOther: string | null;
  ldDate: boolean;
  ogType: string;
  /** A publication date in meta tags or markup. */
  metaDate: boolean;
  byline: boolean;
  /** Characters in prose paragraphs (paragraphs of at least `minParagraphChars`). */
  bodyChars: number;
  longParagraphs: number;
  /** Prose characters in the paragraphs of one parent: an article's body sits together, a front's teasers do not. */
  densestBlock: number;
  articleElements: number;
  /** Links that are headlines (h2/h3 links): many on fronts and listings, few in an article. */
  headlineLinks: number;
  h1: number;
  /** The first <h1> is a headline (four words or more, or CJK) that the document title repeats. */
  headlineEcho: boolean;
  microdataArticle: boolean;
  price: boolean;
  password: boolean;
  ogVideo: boolean;
  /** The page had more elements or paragraphs than the detector reads: its counts are lower bounds. */
  truncated: boolean;
  /** A meta refresh: redirect stubs and self-reloading fronts and live pages have one, articles rarely. */
  refresh: boolean;
  url: UrlShape;
}

export interface SignalOptions {
  minParagraphChars: number;
  /** Paragraphs read at most: bounds the cost on huge pages. */
  maxParagraphs: number;
  /** Elements looked at at most. */
  maxElements: number;
}

export const DEFAULT_SIGNAL_OPTIONS: SignalOptions = { minParagraphChars: 80, maxParagraphs: 300, maxElements: 5_000 };

const META_DATE = new Set(['article:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'date',
  'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'og:published_time',
  'article.published', 'published-date', 'published_time', 'dc.date.created', 'citation_publication_date']);
const META_AUTHOR = new Set(['author', 'article:author', 'parsely-author', 'dc.creator', 'sailthru.author', 'byl',
  'citation_author']);
// One traversal for everything in the body detection looks at; classified below in plain code. Case-insensitive
// class-substring selectors cost four times the rest in Chromium, so class names are only read on these elements.
const BODY_SELECTOR = 'p, article, h1, h2, h3, time, [itemprop], [itemtype], [rel~="author" i], input, button, ' +
  'form[action], [data-price]';
const CART = /add-?to-?(cart|bag|basket)|addtocart|buy-?box|basket|\/cart\b/i;
const MICRODATA_ARTICLE = /schema\.org\/(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle)$/i;

export function readSignals(doc: Document, url: string, options: Partial<SignalOptions> = {}): PageSignals {
  const opts = { ...DEFAULT_SIGNAL_OPTIONS, ...options };
  const ld = readJsonLd(doc);
  let ldArticle: string | null = null;
  let ldNews = false;
  let ldOther: string | null = null;
  let ldDate = false;
  for (const node of ld) {
    for (const type of typesOf(node)) {
      if (ARTICLE_TYPES.has(type)) {
        ldArticle ??= type;
        ldNews ||= NEWS_ARTICLE_TYPES.has(type);
        ldDate ||= field(node, 'datePublished') != null;
      } else if (NON_ARTICLE_TYPES.has(type)) ldOther ??= type;
    }
  }
  let ogType = '';
  let metaDate = false;
  let byline = false;
  let ogVideo = false;
  const metas = (doc.head ?? doc).querySelectorAll('meta');
  for (let i = 0; i < Math.min(metas.length, 500); i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const content = (m.getAttribute('content') ?? m.getAttribute('value') ?? '').trim();
    if (!key || !content) continue;
    if (key === 'og:type') ogType = content.toLowerCase();
    else if (META_DATE.has(key)) metaDate = true;
    else if (META_AUTHOR.has(key)) byline = true;
    else if (key === 'og:video' || key === 'og:video:url') ogVideo = true;
  }
  const refresh = (doc.head ?? doc).querySelector('meta[http-equiv="refresh" i]')?.getAttribute('content') ?? '';

  let bodyChars = 0;
  let longParagraphs = 0;
  let paragraphs = 0;
  let densestBlock = 0;
  const byParent = new Map<Element, number>();
  let articleElements = 0;
  let headlineLinks = 0;
  let h1 = 0;
  let firstH1 = '';
  let microdataArticle = false;
  let price = false;
  let password = false;
  const els = doc.querySelectorAll(BODY_SELECTOR);
  for (let i = 0; i < Math.min(els.length, opts.maxElements); i++) {
    const el = els[i]!;
    const tag = el.tagName;
    if (tag === 'P') {
      if (++paragraphs > opts.maxParagraphs) continue;
      const text = el.textContent ?? '';
      // Short paragraphs cannot reach the threshold, whatever their script: skip the trim and the CJK count.
      const len = text.length < opts.minParagraphChars / 3 ? 0 : proseLength(text.trim());
      if (len >= opts.minParagraphChars) {
        bodyChars += len;
        longParagraphs++;
        const parent = el.parentElement;
        if (parent) {
          const sum = (byParent.get(parent) ?? 0) + len;
          byParent.set(parent, sum);
          if (sum > densestBlock) densestBlock = sum;
        }
      }
      // Paragraphs are most of the list: read their attributes only when they have any besides a class.
      if (el.attributes.length === 0 || (el.attributes.length === 1 && el.hasAttribute('class'))) continue;
    } else if (tag === 'ARTICLE') articleElements++;
    else if (tag === 'H1') {
      if (++h1 === 1) firstH1 = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    else if (tag === 'H2' || tag === 'H3') {
      if (el.querySelector('a[href]') || el.parentElement?.closest('a[href]')) headlineLinks++;
    } else if (tag === 'TIME') metaDate ||= el.hasAttribute('datetime') || el.hasAttribute('pubdate');
    else if (tag === 'INPUT' || tag === 'BUTTON' || tag === 'FORM') {
      if (tag === 'INPUT' && (el.getAttribute('type') ?? '').toLowerCase() === 'password') password = true;
      if (!price && CART.test(`${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('name') ?? ''} ${el.getAttribute('action') ?? ''}`)) price = true;
      if (!price && tag === 'BUTTON' && /^(add to (cart|bag|basket)|in den warenkorb|ajouter au panier|añadir al carrito|buy now)$/i.test((el.textContent ?? '').trim())) price = true;
      continue;
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (/\bdatePublished\b/.test(itemprop)) metaDate = true;
      else if (/\bauthor\b/.test(itemprop)) byline = true;
      else if (/\b(price|offers)\b/.test(itemprop)) price = true;
    }
    if (!microdataArticle && el.hasAttribute('itemtype')) microdataArticle = MICRODATA_ARTICLE.test(el.getAttribute('itemtype')!);
    if (!byline && /\bauthor\b/i.test(el.getAttribute('rel') ?? '')) byline = true;
    if (!price && el.hasAttribute('data-price')) price = true;
  }
  // Only when nothing else named an author: one case-sensitive class lookup, stopping at the first match.
  if (!byline) byline = !!doc.querySelector('[class*="byline"], [class*="Byline"]');
  return {
    ldArticle,
    ldNews,
    ldOther,
    ldDate,
    ogType,
    metaDate,
    byline,
    bodyChars,
    longParagraphs,
    densestBlock,
    articleElements,
    headlineLinks,
    h1,
    headlineEcho: echoes(firstH1, doc.title ?? ''),
    microdataArticle,
    price,
    password,
    ogVideo,
    refresh: refresh.trim() !== '',
    truncated: els.length > opts.maxElements || paragraphs > opts.maxParagraphs,
    url: urlShape(url),
  };
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/** Length in Latin-script terms: a CJK character carries about as much as three Latin ones. */
export function proseLength(text: string): number {
  const cjk = text.length > 0 && text.charCodeAt(0) < 0x3000 && text.charCodeAt(text.length >> 1) < 0x3000 ? 0 : (text.match(CJK)?.length ?? 0);
  return text.length + 2 * cjk;
}

// Punctuation and spaces, spelled out: a Unicode property escape (\p{L}) costs milliseconds to compile on first use
// in Chromium, paid on every page.
export const PUNCTUATION = /[\s\u00a0!-\/:-@\[-`{-~\u2010-\u2027\u3000-\u303f\uff01-\uff0f\uff1a-\uff20«»‹›¡¿·•…]+/g;

function echoes(h1: string, title: string): boolean {
  if (h1.length < 12 || h1.length > 300) return false;
  if (h1.split(' ').length < 4 && proseLength(h1) === h1.length) return false;
  const norm = (x: string) => x.toLowerCase().replace(PUNCTUATION, ' ').trim();
  return norm(title).includes(norm(h1));
}
