/**
 * Signals read from the page's text and structure alone, for pages that declare nothing (no og:type, no JSON-LD, no
 * microdata): older archives, local papers, blogs on their own themes, wire stories reprinted. Each is a cheap look
 * around an element detection has already found (the first <h1>, the densest block of prose), never a walk of the
 * whole document; only the loose-text reader queries the document, and only when <p> prose is scarce.
 */

import { proseLength, PUNCTUATION, UNSPACED_SCRIPT } from '../page/prose';

export interface TextSignalOptions {
  /** A run of loose text (between <br>s, or a <div>'s own text) of at least this many characters is a paragraph. */
  minParagraphChars: number;
  /** Elements whose own text is read at most, when <p> prose is scarce. */
  maxElements: number;
  /** Element siblings after the headline (and after its container) read for a byline or a date line. */
  headerSiblings: number;
  /** A byline or date line is short: longer text after the headline is a standfirst or the story. */
  maxHeaderLineChars: number;
  /** Ancestors of the densest block whose preceding elements are read for the header lines. */
  leadDepth: number;
  /** Ancestors of the densest block searched for the <h1> that leads it. */
  headlineDepth: number;
  /** Lines read at the top of the densest block, before its prose starts, for a headline, byline or date line. */
  leadLines: number;
  /** Bold, <font> and lower-heading elements looked at for a headline on a page without <h1>. */
  standInElements: number;
}

export const DEFAULT_TEXT_SIGNAL_OPTIONS: TextSignalOptions = {
  minParagraphChars: 80,
  maxElements: 1_500,
  headerSiblings: 6,
  maxHeaderLineChars: 200,
  leadDepth: 4,
  headlineDepth: 6,
  leadLines: 8,
  standInElements: 300,
};

/** Prose found outside <p> elements: where it is, and how much. */
export interface LooseText {
  chars: number;
  paragraphs: number;
  /** Prose characters in the element holding the most; that element is the block. */
  densest: number;
  block: Element | null;
}

// Elements that old and hand-made pages put prose straight into, broken by <br>s.
const LOOSE_TEXT_SELECTOR = 'div, td, font, blockquote, section, article';
// Inline elements inside a run of text: their words are part of the paragraph, not a break in it.
// <font> is read as a block of its own (it is in LOOSE_TEXT_SELECTOR), so a cell around it does not count it twice.
const INLINE = new Set(['A', 'B', 'I', 'EM', 'STRONG', 'SPAN', 'U', 'SMALL', 'ABBR', 'CITE', 'Q', 'SUP', 'SUB']);

/**
 * Prose written as loose text: runs of text between <br>s (or a block's whole own text) long enough to be paragraphs,
 * in elements that are not <p>. Pages from before CSS layout, and many hand-made themes, have no <p> at all.
 */
export function readLooseText(doc: Document, options: Partial<TextSignalOptions> = {}): LooseText {
  const opts = { ...DEFAULT_TEXT_SIGNAL_OPTIONS, ...options };
  const out: LooseText = { chars: 0, paragraphs: 0, densest: 0, block: null };
  const els = doc.querySelectorAll(LOOSE_TEXT_SELECTOR);
  for (let i = 0; i < els.length && i < opts.maxElements; i++) {
    const el = els[i]!;
    const own = looseRuns(el, opts.minParagraphChars);
    if (!own.chars) continue;
    out.chars += own.chars;
    out.paragraphs += own.paragraphs;
    if (own.chars > out.densest) {
      out.densest = own.chars;
      out.block = el;
    }
  }
  return out;
}

/**
 * The prose an element holds as its own loose text: runs of text and inline elements between its other children,
 * each counted when it is paragraph-long.
 */
export function looseRuns(el: Element, minParagraphChars: number): { chars: number; paragraphs: number } {
  const out = { chars: 0, paragraphs: 0 };
  let run = 0;
  const close = () => {
    if (run >= minParagraphChars) {
      out.chars += run;
      out.paragraphs++;
    }
    run = 0;
  };
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) run += (n.nodeValue ?? '').replace(/\s+/g, ' ').length;
    else if (n.nodeType === 1 && INLINE.has((n as Element).tagName.toUpperCase()))
      run += ((n as Element).textContent ?? '').length;
    else close();
  }
  close();
  return out;
}

/**
 * The headline leads the prose: the <h1> sits in the same close container as the densest block and comes before it,
 * as on a story page; a front's or a listing's <h1> names a section far from any run of paragraphs.
 */
export function headlineLeads(
  h1: Element | null,
  block: Element | null,
  depth = DEFAULT_TEXT_SIGNAL_OPTIONS.headlineDepth,
): boolean {
  if (!h1 || !block || block.contains(h1)) return false;
  let container: Element | null = block;
  for (let i = 0; i <= depth && container; i++, container = container.parentElement) {
    if (container.contains(h1)) return precedes(h1, block);
  }
  return false;
}

/** `a` comes before `b` in document order (and is not inside it). */
function precedes(a: Element, b: Element): boolean {
  // DOCUMENT_POSITION_FOLLOWING: b follows a.
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

// Capital letters, spelled out: a Unicode property escape costs milliseconds to compile on its first use in Chromium.
const UPPER = 'A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f';
// A byline opens the line, or a part of it after a separator ("June 12, 2019 · by Mira Okafor") or after a verb of
// authorship ("Posted by", "Written by"), with "By" (or its word in a few languages), maybe a colon, and a capitalised
// name.
const BYLINE_LINE = new RegExp(
  `(^|[·•|–—]\\s*|\\b(?:[Pp]osted|POSTED|[Ww]ritten|[Ss]tory|[Rr]eported)\\s+)([Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]oor|[Dd]i|[Dd]e|[Aa]f|[Aa]v):?\\s+[${UPPER}]`,
);
// A date written for readers: a year with a month name or abbreviation, or a numeric day, month and year.
const YEAR = /\b(19|20)\d\d\b/;
const MONTH_WORD =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|déc|ene|abr|ago|dic|enero|marzo|mayo|junio|julio)[a-z]*\.?\b/i;
const NUMERIC_DATE = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;
// A date stamp with a two-digit year, as old publishing systems printed it: a word that says the page was dated, then
// a numeric date ("Updated: 3/3/08 5:12 PM", "Posted 03.03.08", "Aktualisiert: 3.3.08"). Without the word, "3/3/08" is
// too often a score or a part number.
const STAMPED_SHORT_DATE =
  /\b(posted|updated|published|last updated|modified|aktualisiert|veröffentlicht|publié|mis à jour|publicado|actualizado)\b:?\s*(on\s+)?\d{1,2}[./-]\d{1,2}[./-]\d\d\b/i;
// A year and a month in CJK writing: "2019年4月", "2019년 4월".
const CJK_DATE = /\d{4}\s?[年년]\s?\d{1,2}\s?[月월]/;

/** A short line that reads as a byline ("By Jane Roe") or as a date for readers ("March 4, 2008", "04.03.2008"). */
export function headerLineKind(text: string, maxChars = DEFAULT_TEXT_SIGNAL_OPTIONS.maxHeaderLineChars) {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length < 6 || line.length > maxChars) return { byline: false, date: false };
  const date =
    (YEAR.test(line) && (MONTH_WORD.test(line) || NUMERIC_DATE.test(line) || CJK_DATE.test(line))) ||
    STAMPED_SHORT_DATE.test(line);
  return { byline: BYLINE_LINE.test(line), date };
}

export interface HeaderFacts {
  byline: boolean;
  date: boolean;
  /** A short element before the block says the document title's headline part. */
  title: boolean;
  /** An emphasised headline-length line sits above the byline or date line over the block. */
  headline: boolean;
  /** The lines read as the headline, the byline and the date line, as printed (extraction takes them out of the body). */
  lines: HeaderLines;
}

/** A story's header lines as printed, when its text reads them (no <h1>, no markup saying which line is which). */
export interface HeaderLines {
  headline: string | null;
  byline: string | null;
  date: string | null;
}

const noLines = (): HeaderLines => ({ headline: null, byline: null, date: null });

/** Notes the first line of each kind. */
function noteLine(lines: HeaderLines, line: string, kind: { byline: boolean; date: boolean }): void {
  if (kind.byline) lines.byline ??= line;
  if (kind.date) lines.date ??= line;
}

/**
 * What is printed just above the densest block: the short elements before it, and before each of its nearest
 * ancestors (a story's header often sits beside the body's container, or in a table row above it), and the few
 * elements after the <h1>. A byline, a date line, the headline the document title names, or a headline set in bold,
 * a large <font> or a "title" cell above the byline.
 */
export function headerFacts(
  h1: Element | null,
  block: Element | null,
  docTitle: string,
  options: Partial<TextSignalOptions> = {},
): HeaderFacts {
  const opts = { ...DEFAULT_TEXT_SIGNAL_OPTIONS, ...options };
  const found: HeaderFacts = { byline: false, date: false, title: false, headline: false, lines: noLines() };
  const headline = titleHeadline(docTitle);
  // Walking up from the block, a line read after a byline or date line sits above it.
  const look = (e: Element, above: boolean) => {
    const text = e.textContent ?? '';
    if (text.length > opts.maxHeaderLineChars * 4) return;
    if (text.length > opts.maxHeaderLineChars) {
      for (let c = e.firstElementChild, n = 0; c && n < 10; c = c.nextElementSibling, n++) look(c, false);
      return;
    }
    const kind = headerLineKind(text, opts.maxHeaderLineChars);
    const line = text.replace(/\s+/g, ' ').trim();
    if (above && (found.byline || found.date) && !kind.byline && !kind.date && !found.headline) {
      found.headline = isEmphasised(e) && isHeadlineLine(line);
      if (found.headline) found.lines.headline = line;
    }
    noteLine(found.lines, line, kind);
    found.byline ||= kind.byline;
    found.date ||= kind.date;
    if (headline && !found.title) found.title = squeeze(text).includes(headline);
  };
  for (
    let from: Element | null = block, level = 0;
    from && level < opts.leadDepth;
    from = from.parentElement, level++
  ) {
    let seen = 0;
    for (let e = from.previousElementSibling; e && seen < opts.headerSiblings; e = e.previousElementSibling, seen++)
      look(e, true);
  }
  for (let from: Element | null = h1, level = 0; from && level < 2; from = from.parentElement, level++) {
    let seen = 0;
    for (let e = from.nextElementSibling; e && seen < opts.headerSiblings; e = e.nextElementSibling, seen++)
      look(e, false);
  }
  return found;
}

// Letters of the scripts news is written in: Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic, the Indic scripts, Thai,
// Lao, Myanmar, Georgian, Khmer, kana and Han, Hangul.
const squeeze = (t: string) =>
  t
    .toLowerCase()
    .replace(
      /[^a-z0-9\u00c0-\u024f\u0370-\u04ff\u0530-\u06ff\u0750-\u077f\u0900-\u0dff\u0e00-\u0eff\u1000-\u10ff\u1780-\u17ff\u3040-\u9fff\uac00-\ud7af]+/g,
      '',
    );
// Separators between a headline and the site's name in a document title.
const TITLE_SEPARATOR = /\s+[|–—·•»:-]\s+|\s*[|｜]\s*/;

/** The document title's longest part, squeezed, when it is long enough to be a headline (three words or more). */
export function titleHeadline(docTitle: string): string {
  const parts = docTitle.split(TITLE_SEPARATOR).map((p) => p.trim());
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.split(/\s+/).length < 3 && !UNSPACED_SCRIPT.test(longest)) return '';
  const sq = squeeze(longest);
  return sq.length >= 12 ? sq : '';
}

// A dateline opens a wire story: a place in capitals, then a comma, a parenthesis or a dash ("WASHINGTON (AP) —",
// "ASTANA, Sept 14 (Reuters) -", "LONDON —").
const DATELINE = new RegExp(`^[${UPPER}][${UPPER} .'’-]{2,40}(,|\\s*\\(|\\s+[-–—])`);

/** The text opens with a dateline. */
export function opensWithDateline(text: string): boolean {
  return DATELINE.test(text.trimStart().slice(0, 80));
}

/** What the first lines inside the densest block say, before its prose starts. */
export interface LeadFacts {
  /** An emphasised short line (bold, a large <font>, a heading) comes before a byline or a date line. */
  headline: boolean;
  byline: boolean;
  date: boolean;
  /** The first prose line opens with a dateline. */
  dateline: boolean;
  lines: HeaderLines;
}

// Elements that make a line a headline on pages without <h1>: bold, a heading, or a <font> set large.
const EMPHASIS = new Set(['B', 'STRONG', 'H2', 'H3', 'H4', 'BIG']);
// Class names hand-made templates give the headline's cell or line ("title", "storytitle", "headline", "head").
const HEADLINE_CLASS = /title|headline|\bhead\b/i;
// A <font> size above the text's default of 3: 4 to 7, or +1 to +4 relative to it.
const LARGE_FONT = /^([4-7]|\+[1-4])$/;
// Elements read as part of a line at the top of a block, besides the inline ones (<font> is inline there).
const LEAD_INLINE = new Set([...INLINE, 'FONT', 'BIG']);

/**
 * The top of the densest block, on pages that print their story's header inside the body's own cell or <div>: a
 * headline in bold or a large <font>, then a byline and a date line, each ended by a <br>, then the story. Reads at
 * most `leadLines` lines and stops at the first line long enough to be prose.
 */
export function leadFacts(block: Element | null, options: Partial<TextSignalOptions> = {}): LeadFacts {
  const opts = { ...DEFAULT_TEXT_SIGNAL_OPTIONS, ...options };
  const found: LeadFacts = { headline: false, byline: false, date: false, dateline: false, lines: noLines() };
  if (!block) return found;
  let line = '';
  let emphasised = false;
  let lines = 0;
  let headlineSeen = '';
  let done = false;
  // Ends the line being read; a prose-long line ends the header.
  const close = () => {
    const text = line.replace(/\s+/g, ' ').trim();
    const strong = emphasised;
    line = '';
    emphasised = false;
    if (!text) return;
    lines++;
    if (text.length >= opts.minParagraphChars) {
      found.dateline = opensWithDateline(text);
      done = true;
      return;
    }
    const kind = headerLineKind(text, opts.maxHeaderLineChars);
    if ((kind.byline || kind.date) && headlineSeen && !found.headline) {
      found.headline = true;
      found.lines.headline = headlineSeen;
    }
    noteLine(found.lines, text, kind);
    found.byline ||= kind.byline;
    found.date ||= kind.date;
    if (strong && !kind.byline && !kind.date && isHeadlineLine(text)) headlineSeen = text;
  };
  for (let n = block.firstChild; n && !done && lines < opts.leadLines; n = n.nextSibling) {
    if (n.nodeType === 3) line += n.nodeValue ?? '';
    else if (n.nodeType !== 1) continue;
    else if (LEAD_INLINE.has((n as Element).tagName.toUpperCase())) {
      line += (n as Element).textContent ?? '';
      emphasised ||= isEmphasised(n as Element);
    } else {
      close();
      if (done || (n as Element).tagName.toUpperCase() === 'BR') continue;
      line = ((n as Element).textContent ?? '').slice(0, opts.maxHeaderLineChars * 4);
      emphasised = isEmphasised(n as Element);
      close();
    }
  }
  if (!done) close();
  return found;
}

/** Bold, a heading, a large <font> or a "title" cell, or an element holding only one of those. */
function isEmphasised(el: Element): boolean {
  for (let e: Element | null = el, depth = 0; e && depth < 3; e = e.firstElementChild, depth++) {
    const tag = e.tagName.toUpperCase();
    if (EMPHASIS.has(tag) || HEADLINE_CLASS.test(e.getAttribute('class') ?? '')) return true;
    if (tag === 'FONT' && LARGE_FONT.test((e.getAttribute('size') ?? '').trim())) return true;
    if (e.childElementCount !== 1) return false;
  }
  return false;
}

/** A headline's length: three to thirty words, or a short line in a script written without spaces. */
function isHeadlineLine(text: string): boolean {
  const words = text.split(' ').length;
  return (words >= 3 && words <= 30) || (UNSPACED_SCRIPT.test(text) && text.length >= 6);
}

/** The line is a headline (four words or more, or CJK) that the document title repeats. */
export function echoesTitle(line: string, title: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length < 12 || text.length > 300) return false;
  if (text.split(' ').length < 4 && proseLength(text) === text.length && !UNSPACED_SCRIPT.test(text)) return false;
  const norm = (x: string) => x.toLowerCase().replace(PUNCTUATION, ' ').trim();
  return norm(title).includes(norm(text));
}

// Where pages without <h1> print their headline: a lower heading, bold text, or a <font> set large.
const STAND_IN_SELECTOR = 'h2, h3, font, b, strong';

/**
 * The headline of a page without <h1>: the first lower heading, bold or <font> line that the document title repeats,
 * as on pages built before headings were styled. Null when the title names no headline.
 */
export function standInHeadline(doc: Document, options: Partial<TextSignalOptions> = {}): Element | null {
  const opts = { ...DEFAULT_TEXT_SIGNAL_OPTIONS, ...options };
  const title = doc.title ?? '';
  if (!titleHeadline(title)) return null;
  const els = doc.querySelectorAll(STAND_IN_SELECTOR);
  for (let i = 0; i < els.length && i < opts.standInElements; i++) {
    const el = els[i]!;
    if (el.closest('a[href]')) continue;
    if (echoesTitle(el.textContent ?? '', title)) return el;
  }
  return null;
}
