/**
 * The old-style copy of a page: what a small or old site's story looks like, made from a modern page. Stripping the
 * metadata (strip-metadata.ts) leaves a modern page's HTML5 structure and its templates' class names, which small and
 * old sites never had; this copy takes those away too, so the benchmark can measure detection on pages that say
 * nothing about themselves in markup:
 *   - every og:/twitter:/article: tag, JSON-LD block and microdata attribute removed (stripMetadata);
 *   - HTML5's sectioning and semantic elements renamed to what a 2005 page would have used (<div>, <span>);
 *   - the attributes that name a story's parts removed (datetime, pubdate, rel=author);
 *   - class and id names that name a story's parts dropped ("byline", "headline", "article-body", "post-entry");
 *   - the body's content put in a one-cell layout table.
 * The page's address and its <h1>, <p> and text stay: those are what both kinds of page share.
 */
import { stripMetadata } from './strip-metadata';

/** Elements renamed, and the plain element each becomes. */
const RENAMED: Record<string, 'div' | 'span'> = {
  ARTICLE: 'div',
  MAIN: 'div',
  HEADER: 'div',
  FOOTER: 'div',
  NAV: 'div',
  ASIDE: 'div',
  SECTION: 'div',
  FIGURE: 'div',
  FIGCAPTION: 'div',
  HGROUP: 'div',
  TIME: 'span',
};

/** Attributes that say what an element is part of a story. */
const PART_ATTRIBUTES = ['datetime', 'pubdate'];

/** Words in a class or id that name a story's part; a token holding one is dropped. */
export const PART_WORDS =
  /byline|author|headline|article|story|dateline|entry|post|title|date|time|publish|content|main|body|news/i;

export interface OldStyleOptions {
  /** Put the body's content in a one-cell layout table. */
  layoutTable: boolean;
  /** Print each <h1> as a large bold <font>, as pages did before headings were styled. */
  fontHeadlines: boolean;
  /** Print each <p> as loose text ended by <br><br>. */
  brParagraphs: boolean;
}

export const DEFAULT_OLD_STYLE_OPTIONS: OldStyleOptions = {
  layoutTable: true,
  fontHeadlines: true,
  brParagraphs: false,
};

/** Turns the page, in place, into its old-style copy; returns how many elements and attributes changed. */
export function makeOldStyle(doc: Document, options: Partial<OldStyleOptions> = {}): number {
  const opts = { ...DEFAULT_OLD_STYLE_OPTIONS, ...options };
  let changed = stripMetadata(doc);
  const selector = Object.keys(RENAMED)
    .map((t) => t.toLowerCase())
    .join(', ');
  // Innermost first is not needed: a renamed element keeps its children, renamed ones included.
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    rename(doc, el, RENAMED[el.tagName.toUpperCase()]!);
    changed++;
  }
  for (const el of Array.from(doc.querySelectorAll('[datetime], [pubdate], [rel], [class], [id]'))) {
    changed += plainAttributes(el);
  }
  if (opts.fontHeadlines) {
    for (const h1 of Array.from(doc.getElementsByTagName('h1'))) {
      fontHeadline(doc, h1);
      changed++;
    }
  }
  if (opts.brParagraphs) {
    for (const p of Array.from(doc.getElementsByTagName('p'))) {
      looseParagraph(doc, p);
      changed++;
    }
  }
  if (opts.layoutTable && doc.body) {
    wrapInTable(doc, doc.body);
    changed++;
  }
  return changed;
}

function rename(doc: Document, el: Element, tag: string): void {
  const plain = doc.createElement(tag);
  for (const attr of Array.from(el.attributes)) plain.setAttribute(attr.name, attr.value);
  while (el.firstChild) plain.appendChild(el.firstChild);
  el.replaceWith(plain);
}

/** Removes the attributes that name a story's part; returns how many changed. */
function plainAttributes(el: Element): number {
  let changed = 0;
  for (const name of PART_ATTRIBUTES) {
    if (el.hasAttribute(name)) {
      el.removeAttribute(name);
      changed++;
    }
  }
  const rel = el.getAttribute('rel');
  if (rel && /\bauthor\b/i.test(rel)) {
    el.removeAttribute('rel');
    changed++;
  }
  const cls = el.getAttribute('class');
  if (cls && PART_WORDS.test(cls)) {
    const kept = cls.split(/\s+/).filter((t) => t && !PART_WORDS.test(t));
    if (kept.length) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
    changed++;
  }
  const id = el.getAttribute('id');
  if (id && PART_WORDS.test(id)) {
    el.removeAttribute('id');
    changed++;
  }
  return changed;
}

function wrapInTable(doc: Document, body: HTMLElement): void {
  const table = doc.createElement('table');
  const row = doc.createElement('tr');
  const cell = doc.createElement('td');
  table.appendChild(row);
  row.appendChild(cell);
  while (body.firstChild) cell.appendChild(body.firstChild);
  body.appendChild(table);
}

/** `<h1>` → `<div><font size="5"><b>…</b></font></div>`: the same line, no heading. */
function fontHeadline(doc: Document, h1: Element): void {
  const font = doc.createElement('font');
  font.setAttribute('size', '5');
  const bold = doc.createElement('b');
  font.appendChild(bold);
  while (h1.firstChild) bold.appendChild(h1.firstChild);
  const line = doc.createElement('div');
  line.appendChild(font);
  h1.replaceWith(line);
}

/** `<p>…</p>` → `…<br><br>`: the paragraph's content left in its parent, ended by a blank line. */
function looseParagraph(doc: Document, p: Element): void {
  const parent = p.parentNode;
  if (!parent) return;
  while (p.firstChild) parent.insertBefore(p.firstChild, p);
  parent.insertBefore(doc.createElement('br'), p);
  parent.insertBefore(doc.createElement('br'), p);
  p.remove();
}
