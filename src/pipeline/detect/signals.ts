/**
 * The cheap facts detection weighs, read in groups with a handful of fast queries (tag-name collections, a few
 * attribute selectors): never a JS walk of the whole DOM, so it can run on every page. Each fact is a number or a
 * flag; `detect.ts` turns them into points and reasons. The groups are ordered by cost, so a caller that only needs
 * the verdict can stop reading once it is certain (detect.ts `stopWhenCertain`).
 */
import { ARTICLE_TYPES, NEWS_ARTICLE_TYPES, NON_ARTICLE_TYPES } from '../page/article-types';
import { field, readJsonLd, typesOf } from '../page/jsonld';
import { proseLength } from '../page/prose';
import {
  echoesTitle,
  type HeaderFacts,
  type HeaderLines,
  headerFacts,
  type LeadFacts,
  headlineLeads,
  leadFacts,
  looseRuns,
  opensWithDateline,
  readLooseText,
  standInHeadline,
} from './text-signals';
import { NO_URL_SHAPE, urlShape, type UrlShape } from './url-shape';

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
  /** The page had more elements or paragraphs than the detector reads: its counts are lower bounds. */
  truncated: boolean;
  /** A meta refresh: redirect stubs and self-reloading fronts and live pages have one, articles rarely. */
  refresh: boolean;
  url: UrlShape;
  /** Prose characters outside <p> (loose text between <br>s), read only when <p> prose is scarce. */
  looseChars: number;
  /** The most of that loose prose one element holds. */
  looseDensest: number;
  /** The first <h1> sits just before the densest block of prose, in the same close container. */
  headlineLeads: boolean;
  /** A short line after the headline reads as a byline ("By Jane Roe") or as a date ("March 4, 2008"). */
  textByline: boolean;
  textDate: boolean;
  /** One of the first prose paragraphs opens with a dateline ("WASHINGTON (AP) —"). */
  dateline: boolean;
  /** Elements whose class names a price ("price", "old-price", "ProductPrice"). */
  priceLabels: number;
}

export interface SignalOptions {
  minParagraphChars: number;
  /** Paragraphs read at most: bounds the cost on huge pages. */
  maxParagraphs: number;
  /** Elements of one kind (headings, form controls, microdata) looked at at most. */
  maxElements: number;
  /** Loose text outside <p> is read when <p> prose has fewer characters than this. */
  looseTextBelow: number;
}

export const DEFAULT_SIGNAL_OPTIONS: SignalOptions = {
  minParagraphChars: 80,
  maxParagraphs: 300,
  maxElements: 5_000,
  looseTextBelow: 1_200,
};

/**
 * The groups of signals in the order they are read, cheapest and most telling first: the <head> (JSON-LD, meta tags,
 * URL), headings, form controls, microdata and <time>, a byline class, and last the paragraphs (the costly part).
 */
export const SIGNAL_GROUPS = ['head', 'headings', 'forms', 'markup', 'byline', 'paragraphs'] as const;
export type SignalGroup = (typeof SIGNAL_GROUPS)[number];

const META_DATE = new Set([
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
  'sailthru.date',
  'parsely-pub-date',
  'og:published_time',
  'article.published',
  'published-date',
  'published_time',
  'dc.date.created',
  'citation_publication_date',
]);
const META_AUTHOR = new Set([
  'author',
  'article:author',
  'parsely-author',
  'dc.creator',
  'sailthru.author',
  'byl',
  'citation_author',
]);
// Each selector of a list is matched against every element (tens of nanoseconds each in Chromium), so every query
// stays short, and each group is one query (a DOM without the browser's caches, as in the benchmarks, walks per query).
const MARKUP_SELECTOR = '[itemprop], [itemtype], [data-price], [rel~="author" i], time[datetime], time[pubdate]';
// A shop's cart, in the class, id, name or action of a form control: an add-to-cart button, or the quantity field
// beside it (field names are code, so no language is assumed; a story's forms ask for an e-mail, not a quantity).
const CART = /add-?to-?(cart|bag|basket)|addtocart|buy-?box|basket|\/cart\b|quantity|\bqty\b/i;
const CART_BUTTON = /^(add to (cart|bag|basket)|in den warenkorb|ajouter au panier|añadir al carrito|buy now)$/i;
// Marks of script text: braces and statement ends.
const CODE_MARKS = /[{};]/g;
const MICRODATA_ARTICLE =
  /schema\.org\/(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle)$/i;

/** Signals with nothing read yet: every one at the value that scores no points. */
export function emptySignals(): PageSignals {
  return {
    ldArticle: null,
    ldNews: false,
    ldOther: null,
    ldDate: false,
    ogType: '',
    metaDate: false,
    byline: false,
    bodyChars: 0,
    longParagraphs: 0,
    densestBlock: 0,
    articleElements: 0,
    headlineLinks: 0,
    h1: 0,
    headlineEcho: false,
    microdataArticle: false,
    price: false,
    password: false,
    truncated: false,
    refresh: false,
    url: NO_URL_SHAPE,
    looseChars: 0,
    looseDensest: 0,
    headlineLeads: false,
    textByline: false,
    textDate: false,
    dateline: false,
    priceLabels: 0,
  };
}

/** Every signal of the page. */
export function readSignals(doc: Document, url: string, options: Partial<SignalOptions> = {}): PageSignals {
  const opts = { ...DEFAULT_SIGNAL_OPTIONS, ...options };
  const s = emptySignals();
  for (const group of SIGNAL_GROUPS) readGroup(group, doc, url, s, opts);
  return s;
}

/** Reads one group of signals into `s`. */
export function readGroup(group: SignalGroup, doc: Document, url: string, s: PageSignals, opts: SignalOptions): void {
  if (group === 'head') readHead(doc, url, s);
  else if (group === 'headings') readHeadings(doc, s, opts);
  else if (group === 'forms') readForms(doc, s, opts);
  else if (group === 'markup') readMarkup(doc, s, opts);
  else if (group === 'byline') {
    // Only when nothing else named an author: one case-sensitive class lookup, stopping at the first match.
    if (!s.byline) s.byline = !!doc.querySelector('[class*="byline"], [class*="Byline"]');
  } else readParagraphs(doc, s, opts);
}

function readHead(doc: Document, url: string, s: PageSignals): void {
  for (const node of readJsonLd(doc)) {
    for (const type of typesOf(node)) {
      if (ARTICLE_TYPES.has(type)) {
        s.ldArticle ??= type;
        s.ldNews ||= NEWS_ARTICLE_TYPES.has(type);
        s.ldDate ||= field(node, 'datePublished') != null;
      } else if (NON_ARTICLE_TYPES.has(type)) s.ldOther ??= type;
    }
  }
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 500; i++) {
    const m = metas[i]!;
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop'))?.toLowerCase();
    if (!key) {
      if (!s.refresh && m.hasAttribute('http-equiv'))
        s.refresh = m.getAttribute('http-equiv')!.toLowerCase() === 'refresh' && !!m.getAttribute('content')?.trim();
      continue;
    }
    const content = (m.getAttribute('content') ?? m.getAttribute('value'))?.trim();
    if (!content) continue;
    if (key === 'og:type') s.ogType = content.toLowerCase();
    else if (META_DATE.has(key)) s.metaDate = true;
    else if (META_AUTHOR.has(key)) s.byline = true;
  }
  s.url = urlShape(url);
}

function readHeadings(doc: Document, s: PageSignals, opts: SignalOptions): void {
  const els = doc.querySelectorAll('article, h1, h2, h3');
  if (els.length > opts.maxElements) s.truncated = true;
  for (let i = 0; i < els.length && i < opts.maxElements; i++) {
    const el = els[i]!;
    const tag = el.tagName;
    if (tag === 'ARTICLE') s.articleElements++;
    else if (tag === 'H1') {
      if (++s.h1 === 1) s.headlineEcho = echoesTitle(el.textContent ?? '', doc.title ?? '');
    } else if (el.querySelector('a[href]') || el.parentElement?.closest('a[href]')) s.headlineLinks++;
  }
  // No <h1>: the headline may be a large <font>, bold text or a lower heading that the title repeats.
  if (!s.h1) s.headlineEcho = !!standInHeadline(doc);
}

function readForms(doc: Document, s: PageSignals, opts: SignalOptions): void {
  const els = doc.querySelectorAll('input, button, select, form[action]');
  if (els.length > opts.maxElements) s.truncated = true;
  for (let i = 0; i < els.length && i < opts.maxElements && !(s.price && s.password); i++) {
    const el = els[i]!;
    const tag = el.tagName;
    if (tag === 'INPUT' && !s.password && (el.getAttribute('type') ?? '').toLowerCase() === 'password')
      s.password = true;
    if (
      !s.price &&
      CART.test(
        `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('name') ?? ''} ${el.getAttribute('action') ?? ''}`,
      )
    )
      s.price = true;
    if (!s.price && tag === 'BUTTON' && CART_BUTTON.test((el.textContent ?? '').trim())) s.price = true;
  }
  // Shop templates label their prices in class names, which stay when the page's microdata is gone. Case-sensitive,
  // as the byline lookup; not needed once a cart said "shop".
  if (!s.price) s.priceLabels = doc.querySelectorAll('[class*="price"], [class*="Price"]').length;
}

function readMarkup(doc: Document, s: PageSignals, opts: SignalOptions): void {
  const els = doc.querySelectorAll(MARKUP_SELECTOR);
  if (els.length > opts.maxElements) s.truncated = true;
  for (let i = 0; i < els.length && i < opts.maxElements; i++) {
    const el = els[i]!;
    if (el.tagName === 'TIME' && (el.hasAttribute('datetime') || el.hasAttribute('pubdate'))) s.metaDate = true;
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      if (/\bdatePublished\b/.test(itemprop)) s.metaDate = true;
      else if (/\bauthor\b/.test(itemprop)) s.byline = true;
      else if (/\b(price|offers)\b/.test(itemprop)) s.price = true;
    }
    if (!s.microdataArticle && el.hasAttribute('itemtype'))
      s.microdataArticle = MICRODATA_ARTICLE.test(el.getAttribute('itemtype')!);
    if (!s.byline && el.hasAttribute('rel') && /\bauthor\b/i.test(el.getAttribute('rel')!)) s.byline = true;
    if (!s.price && el.hasAttribute('data-price')) s.price = true;
  }
}

/**
 * The header lines of the story on a page without <h1>, read as detection reads them: the headline that the document
 * title repeats or that is set in bold, a large <font> or a "title" cell above a byline or date line, and those lines.
 * Null when the page has an <h1> (the extractor reads it) or no story header.
 */
export function storyHeaderLines(doc: Document, options: Partial<SignalOptions> = {}): HeaderLines | null {
  if (doc.querySelector('h1')) return null;
  const s = emptySignals();
  s.headlineEcho = !!standInHeadline(doc);
  const read = readParagraphs(doc, s, { ...DEFAULT_SIGNAL_OPTIONS, ...options });
  if (!read) return null;
  const { standIn, header, lead } = read;
  // The title's echo is the headline where there is one; the lines inside the block are nearer the story than those
  // above it.
  const lines: HeaderLines = {
    headline: (standIn?.textContent ?? '').replace(/\s+/g, ' ').trim() || lead.lines.headline || header.lines.headline,
    byline: lead.lines.byline ?? header.lines.byline,
    date: lead.lines.date ?? header.lines.date,
  };
  return lines.headline || lines.byline || lines.date ? lines : null;
}

/** What was read around the densest block, kept for the extractor's reading of the story's header. */
interface AroundBlock {
  /** The line standing for the <h1> on a page without one, the document title repeating it. */
  standIn: Element | null;
  header: HeaderFacts;
  lead: LeadFacts;
}

/** Reads the prose signals; returns the header lines read around the densest block. */
function readParagraphs(doc: Document, s: PageSignals, opts: SignalOptions): AroundBlock | null {
  const ps = doc.getElementsByTagName('p');
  if (ps.length > opts.maxParagraphs) s.truncated = true;
  const byParent = new Map<Element, number>();
  const shortest = opts.minParagraphChars / 3;
  let block: Element | null = null;
  for (let i = 0; i < ps.length && i < opts.maxParagraphs; i++) {
    const p = ps[i]!;
    const text = p.textContent ?? '';
    // Short paragraphs cannot reach the threshold, whatever their script: skip the trim and the CJK count.
    if (text.length < shortest) continue;
    const trimmed = text.trim();
    const len = proseLength(trimmed);
    if (len < opts.minParagraphChars || looksLikeCode(trimmed)) continue;
    if (s.longParagraphs < 3 && !s.dateline) s.dateline = opensWithDateline(trimmed);
    s.bodyChars += len;
    s.longParagraphs++;
    // A paragraph alone in a wrapper of its own (a paywall or ad slot per paragraph) belongs to the wrapper's parent.
    const own = p.parentElement;
    const alone = !p.previousElementSibling && !p.nextElementSibling;
    const parent = own && alone && own.parentElement ? own.parentElement : own;
    if (parent) {
      const sum = (byParent.get(parent) ?? 0) + len;
      byParent.set(parent, sum);
      if (sum > s.densestBlock) {
        s.densestBlock = sum;
        block = parent;
      }
    }
  }
  // Old templates often leave the story's first paragraph, or all but a few, as loose text beside its <p>s.
  if (block) {
    const mixed = looseRuns(block, opts.minParagraphChars).chars;
    s.bodyChars += mixed;
    s.densestBlock += mixed;
  }
  const loose = s.bodyChars < opts.looseTextBelow ? readLoose(doc, s, opts) : null;
  const around = readAroundBlock(doc, loose ?? block, s);
  // Loose prose under a story's header (its headline, a byline or a date line) is the story's body, as on pages built
  // before CSS; without one it is often a product's or a front's blurbs, and stays a signal of its own.
  if (loose && (s.headlineLeads || s.textByline || s.textDate)) {
    s.bodyChars += s.looseChars;
    s.densestBlock = s.looseDensest;
  }
  return around;
}

/**
 * Counts prose written outside <p> apart from the <p> prose (product pages and fronts have loose text too, so it is a
 * signal of its own); returns its block when it is denser than any <p> block.
 */
function readLoose(doc: Document, s: PageSignals, opts: SignalOptions): Element | null {
  const loose = readLooseText(doc, { minParagraphChars: opts.minParagraphChars });
  s.looseChars = loose.chars;
  s.looseDensest = loose.densest;
  if (loose.densest <= s.densestBlock) return null;
  if (!s.dateline && loose.block) s.dateline = opensWithDateline((loose.block.textContent ?? '').slice(0, 200));
  return loose.block;
}

/**
 * What surrounds the densest block: the headline before it, and a byline or a date line under that, either above the
 * block or in its own first lines (old pages print the whole story, header and all, in one cell).
 */
function readAroundBlock(doc: Document, block: Element | null, s: PageSignals): AroundBlock | null {
  if (!block) return null;
  const h1 = doc.querySelector('h1') ?? (s.headlineEcho ? standInHeadline(doc) : null);
  const header = headerFacts(h1, block, doc.title ?? '');
  const lead = leadFacts(block);
  // A bold or "title" line stands for the headline only where no <h1> does: beside an <h1>, it is a product's or a
  // teaser's name.
  s.headlineLeads = header.title || (h1 ? headlineLeads(h1, block) : header.headline || lead.headline);
  s.textByline = header.byline || lead.byline;
  s.textDate = header.date || lead.date;
  s.dateline ||= lead.dateline;
  return { standIn: h1 && h1.tagName.toUpperCase() !== 'H1' ? h1 : null, header, lead };
}

/**
 * Script text a page prints inside a <p> (an ad loader, an inline widget): braces and semicolons, which prose almost
 * never has. Counted only when a brace is there.
 */
function looksLikeCode(text: string): boolean {
  return text.indexOf('{') >= 0 && (text.match(CODE_MARKS)?.length ?? 0) >= 4;
}
