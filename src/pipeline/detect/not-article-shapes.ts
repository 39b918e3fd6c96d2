/**
 * Page shapes that are not a news article however article-like their metadata and words: a thread of posts (forum,
 * Q&A, a comments page), a listing of teasers (section front, tag or search page), a gallery of captioned pictures, a
 * video with no story around it, a wiki page. The score cannot see these (it counts prose and headlines, not how they repeat), so they are checked
 * after it, only on pages it accepted, and veto the verdict with a reason. A page whose own story sits outside the
 * repeated blocks (an article with comments, with a list of related stories, with pictures) is never vetoed. Each
 * shape is one or two queries and walks up from what they found; the DOM is never walked whole.
 */
import type { Detection } from '../../shared/types';
import { proseLength } from '../page/prose';
import { readLooseText } from './text-signals';

export interface ShapeOptions {
  /** Posts (each with an author, a time and a reply, quote or vote control) that make a thread. */
  minThreadPosts: number;
  /** Teasers (a heading that links elsewhere, with a short blurb) that make a listing. */
  minTeasers: number;
  /** A teaser is short: a block around a linked heading with more text than this holds a story. */
  maxTeaserChars: number;
  /** Captioned pictures that make a gallery. */
  minGalleryItems: number;
  /** Prose of the page's own (outside the repeated blocks, or before the first post) that makes a story: no veto. */
  storyChars: number;
  /** A paragraph shorter than this is a line (a caption, a blurb, a label), not prose. */
  minParagraphChars: number;
  /** Wiki section-edit links that make a wiki page. */
  minWikiEditLinks: number;
  /** Video players that make a video page (when no story is around them). */
  minPlayers: number;
  /** Elements of one kind looked at at most: bounds the cost on huge pages. */
  maxElements: number;
  /** Ancestors climbed from a control to the post it belongs to. */
  postDepth: number;
}

export const DEFAULT_SHAPE_OPTIONS: ShapeOptions = {
  minThreadPosts: 3,
  minTeasers: 8,
  maxTeaserChars: 400,
  minGalleryItems: 8,
  storyChars: 600,
  minParagraphChars: 80,
  minWikiEditLinks: 2,
  minPlayers: 1,
  maxElements: 2_000,
  postDepth: 8,
};

export type NotArticleShape = 'thread' | 'listing' | 'gallery' | 'video' | 'wiki';

// A post's own controls, named alike by forum engines (phpBB, XenForo, Discourse, vBulletin), Q&A sites and comment
// systems: reply to it, quote it, vote on it. Class names, not button words, so no language is assumed.
const POST_CONTROLS =
  '[class*="reply"], [class*="Reply"], [class*="quote"], [class*="Quote"], [class*="vote"], [class*="Vote"]';
// Who wrote a post: the author or user name forum and comment templates mark.
const POST_AUTHORS =
  '[class*="author"], [class*="Author"], [class*="user"], [class*="User"], [class*="poster"], [rel~="author"]';
// When a post was written.
const POST_TIMES = 'time, [class*="date"], [class*="Date"], [class*="time"], [class*="Time"]';
// Quotations carry "quote" in their class names too (pull quotes, quoted posts): they are not controls.
const QUOTATION = 'blockquote, q, [class*="pullquote"], [class*="pull-quote"]';
// A heading that may be a teaser's headline (when it links to another page).
const HEADINGS = 'h2, h3, h4';
// The pictures of a gallery: a figure with its caption.
const FIGURES = 'figure';
// A video player: a <video>, an embedded player, or the containers the common players (JW Player, Brightcove) draw.
const PLAYERS =
  'video, iframe[src*="player"], iframe[src*="youtube.com/embed"], iframe[src*="vimeo"], [class*="video-player"], ' +
  '[class*="videoPlayer"], [class*="VideoPlayer"], [class*="jwplayer"], [class*="brightcove"], [data-video-id]';
// MediaWiki's and DokuWiki's per-section edit links (class names): the pages of a wiki, not stories.
const WIKI_EDIT_LINKS = ['mw-editsection', 'secedit'];

/** The shape that says an accepted page is no article, or null. */
export function notArticleShape(doc: Document, options: Partial<ShapeOptions> = {}): NotArticleShape | null {
  const opts = { ...DEFAULT_SHAPE_OPTIONS, ...options };
  if (wikiEditLinks(doc) >= opts.minWikiEditLinks) return 'wiki';
  const posts = threadPosts(doc, opts);
  // An article above its comments has its story before the first post, or outside the posts (a side column's).
  if (
    posts.length >= opts.minThreadPosts &&
    !storyBefore(doc, posts[0]!, opts) &&
    !storyOutside(doc, posts, opts, textLength(posts))
  )
    return 'thread';
  const teasers = teaserBlocks(doc, opts);
  if (teasers.length >= opts.minTeasers && !storyOutside(doc, teasers, opts)) return 'listing';
  const pictures = captionedPictures(doc, opts);
  if (pictures.length >= opts.minGalleryItems && !storyOutside(doc, pictures, opts)) return 'gallery';
  // A player with no story around it: the page is the video (a one-line description is not a story).
  // The story test first: most accepted pages have one, and it spares them the players' query.
  if (!storyOutside(doc, [], opts) && doc.querySelectorAll(PLAYERS).length >= opts.minPlayers) return 'video';
  return null;
}

/** The verdict after the shape check: an accepted page of a non-article shape is turned down, saying which shape. */
export function vetoNotArticleShapes(doc: Document, d: Detection, options: Partial<ShapeOptions> = {}): Detection {
  if (!d.isArticle) return d;
  const shape = notArticleShape(doc, options);
  return shape ? { ...d, isArticle: false, reasons: [...d.reasons, `veto:${shape}`] } : d;
}

/** The posts of a thread, in page order: the nearest block around each post control that holds an author and a time. */
export function threadPosts(doc: Document, opts: ShapeOptions = DEFAULT_SHAPE_OPTIONS): Element[] {
  const controls = doc.querySelectorAll(POST_CONTROLS);
  if (controls.length < opts.minThreadPosts) return [];
  const withAuthor = ancestorsOf(doc.querySelectorAll(POST_AUTHORS), opts);
  const withTime = ancestorsOf(doc.querySelectorAll(POST_TIMES), opts);
  const posts = new Set<Element>();
  for (let i = 0; i < controls.length && i < opts.maxElements; i++) {
    const control = controls[i]!;
    if (control.closest(QUOTATION)) continue;
    let el = control.parentElement;
    for (let depth = 0; el && el !== doc.body && depth < opts.postDepth; depth++, el = el.parentElement) {
      if (withAuthor.has(el) && withTime.has(el)) {
        posts.add(el);
        break;
      }
    }
  }
  return largestKind(innermost(posts));
}

/** Teasers: the list item, <article> or parent around each heading that links to another page, when short. */
export function teaserBlocks(doc: Document, opts: ShapeOptions = DEFAULT_SHAPE_OPTIONS): Element[] {
  const headings = doc.querySelectorAll(HEADINGS);
  if (headings.length < opts.minTeasers) return [];
  const teasers = new Set<Element>();
  for (let i = 0; i < headings.length && i < opts.maxElements; i++) {
    const h = headings[i]!;
    const link = h.querySelector('a[href]') ?? h.closest('a[href]');
    if (!link || (link.getAttribute('href') ?? '').startsWith('#')) continue;
    const block = h.closest('li, article') ?? h.parentElement;
    if (block && block !== doc.body && isShort(block, opts.maxTeaserChars)) teasers.add(block);
  }
  return innermost(teasers);
}

/** Pictures with a caption. */
export function captionedPictures(doc: Document, opts: ShapeOptions = DEFAULT_SHAPE_OPTIONS): Element[] {
  const figures = doc.querySelectorAll(FIGURES);
  const items: Element[] = [];
  if (figures.length < opts.minGalleryItems) return items;
  for (let i = 0; i < figures.length && i < opts.maxElements; i++) {
    const f = figures[i]!;
    if (f.querySelector('img, picture') && f.querySelector('figcaption')) items.push(f);
  }
  return items;
}

/**
 * Whether the page has prose of its own outside the given blocks: paragraphs adding up to a story or, on pages that
 * write their story without <p>, as much loose text. Where loose text lies is not known (the reader only sums it), so
 * it all counts, less `looseInBlocks`: the text the blocks themselves may hold as loose text (a forum's posts do).
 */
export function storyOutside(
  doc: Document,
  blocks: Element[],
  opts: ShapeOptions = DEFAULT_SHAPE_OPTIONS,
  looseInBlocks = 0,
): boolean {
  const inside = new Set(blocks);
  const chars = proseWhere(doc, opts, (p) => !withinAny(p, inside));
  if (chars >= opts.storyChars) return true;
  const loose = readLooseText(doc, { minParagraphChars: opts.minParagraphChars }).chars;
  return chars + loose - looseInBlocks >= opts.storyChars;
}

/** The characters of text the blocks hold. */
function textLength(blocks: Element[]): number {
  let n = 0;
  for (const b of blocks) n += (b.textContent ?? '').length;
  return n;
}

/** Section-edit links of a wiki; by class name, which browsers answer from a cache. */
function wikiEditLinks(doc: Document): number {
  let n = 0;
  for (const name of WIKI_EDIT_LINKS) n += doc.getElementsByClassName(name).length;
  return n;
}

/** Whether a story comes before `first` (the first post): an article above its comments. */
export function storyBefore(doc: Document, first: Element, opts: ShapeOptions = DEFAULT_SHAPE_OPTIONS): boolean {
  // DOCUMENT_POSITION_PRECEDING: `p` comes before `first` and is not inside it.
  const before = (p: Element) => (first.compareDocumentPosition(p) & 2) !== 0 && !first.contains(p);
  return proseWhere(doc, opts, before) >= opts.storyChars;
}

/** Prose characters in the paragraphs that pass `keep`, counted up to `storyChars`. */
function proseWhere(doc: Document, opts: ShapeOptions, keep: (p: Element) => boolean): number {
  const ps = doc.getElementsByTagName('p');
  let chars = 0;
  for (let i = 0; i < ps.length && i < opts.maxElements && chars < opts.storyChars; i++) {
    const p = ps[i]!;
    const text = p.textContent ?? '';
    if (text.length < opts.minParagraphChars / 3) continue;
    const len = proseLength(text.trim());
    if (len >= opts.minParagraphChars && keep(p)) chars += len;
  }
  return chars;
}

/** Every element within `depth` levels above one of `els`: the blocks that hold one. */
function ancestorsOf(els: NodeListOf<Element>, opts: ShapeOptions): Set<Element> {
  const out = new Set<Element>();
  for (let i = 0; i < els.length && i < opts.maxElements; i++) {
    let el: Element | null = els[i]!;
    for (let depth = 0; el && depth <= opts.postDepth; depth++, el = el.parentElement) out.add(el);
  }
  return out;
}

function withinAny(el: Element, blocks: Set<Element>): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (blocks.has(a)) return true;
  return false;
}

/** Whether an element's text, spaces collapsed, stays under `max` characters. */
function isShort(el: Element, max: number): boolean {
  const text = el.textContent ?? '';
  if (text.length <= max) return true;
  // Indentation can triple a short block's raw length; anything longer is long whatever its spacing.
  return text.length <= 4 * max && text.replace(/\s+/g, ' ').trim().length <= max;
}

/**
 * The most common kind of block (its tag and first class name), in page order: a thread's posts are built alike, and
 * an article that merely has a vote or reply control of its own above its comments is not one of them.
 */
function largestKind(blocks: Element[]): Element[] {
  const byKind = new Map<string, Element[]>();
  let best: Element[] = [];
  for (const b of blocks) {
    const key = `${b.tagName} ${(b.getAttribute('class') ?? '').trim().split(/\s+/)[0]}`;
    const group = byKind.get(key) ?? [];
    if (!group.length) byKind.set(key, group);
    group.push(b);
    if (group.length > best.length) best = group;
  }
  return best;
}

/**
 * The blocks that hold none of the others: a section whose linked heading sits above its teasers, or a page wrapper
 * reached from a post without its own time, is not one more teaser or post.
 */
function innermost(blocks: Set<Element>): Element[] {
  const holders = new Set<Element>();
  for (const b of blocks) {
    for (let el = b.parentElement; el; el = el.parentElement) if (blocks.has(el)) holders.add(el);
  }
  const out: Element[] = [];
  for (const b of blocks) if (!holders.has(b)) out.push(b);
  return out;
}
