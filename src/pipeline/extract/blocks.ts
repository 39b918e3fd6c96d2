/**
 * The page as a list of text blocks: each paragraph-like run of text with the element that holds it, its tag and how
 * much of it is link text. Script, style and form text never enters; <br><br> splits a run the way a reader sees it.
 * One bounded walk of the body: extraction runs only on article pages, and gives up cleanly past its budget.
 */
import { runSteps, type Steps } from '../page/steps';

export interface TextBlock {
  text: string;
  /** The block element (P, H2, LI...) or, for loose text, the element whose direct content it is. */
  el: Element;
  /** The element whose paragraphs this block is one of (the block's parent, or `el` for loose text). */
  container: Element;
  tag: string;
  linkChars: number;
  /** The only link when the block is a single link (an in-body promo), else null. */
  soleLink: Element | null;
}

export interface WalkBudget {
  /** Class/id hints of inline elements whose text is never body (captions and credits inside a paragraph run). */
  inlineSkip?: RegExp;
  maxElements: number;
  /** Nesting deeper than this is not read (hostile pages nest thousands of levels to exhaust the stack). */
  maxDepth: number;
  /** Milliseconds; the walk stops past it and reports `complete: false`. */
  maxMs: number;
  /**
   * The most characters read from one text node or one block: a single 20 MB text node is cut here (and the walk
   * reports `complete: false`) instead of being copied, joined and normalized whole.
   */
  maxBlockChars?: number;
  /** Elements walked between two checkpoints where a sliced run may hand the thread back to the page. */
  yieldEvery?: number;
  now: () => number;
}

const DEFAULT_MAX_BLOCK_CHARS = 600_000;
const DEFAULT_YIELD_EVERY = 2_000;

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'OPTION',
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'OBJECT',
  'EMBED',
  'DIALOG',
  'INPUT',
  'LABEL',
  'MAP',
  'HEAD',
  'MATH',
  'NAV',
  'LINK',
  'META',
  'IMG',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'UL',
  'OL',
  'LI',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'TD',
  'TH',
  'CAPTION',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'ADDRESS',
  'HR',
  'CENTER',
  'DETAILS',
  'SUMMARY',
  'HGROUP',
  'FIELDSET',
  'BODY',
  'HTML',
  'NAV',
  'FORM',
  'FIGURE',
]);

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

type Walked = { blocks: TextBlock[]; complete: boolean };

export function collectBlocks(root: Element, budget: WalkBudget): Walked {
  return runSteps(collectBlocksSteps(root, budget));
}

/** The same walk in steps: it yields every `yieldEvery` elements (see page/steps.ts). */
export function* collectBlocksSteps(root: Element, budget: WalkBudget): Steps<Walked> {
  const blocks: TextBlock[] = [];
  const cache: BlockCache = new Map();
  const hidden = hiddenElements(root);
  const started = budget.now();
  const inlineSkip = budget.inlineSkip;
  let seen = 0;
  let complete = true;
  const maxChars = budget.maxBlockChars ?? DEFAULT_MAX_BLOCK_CHARS;
  const yieldEvery = budget.yieldEvery ?? DEFAULT_YIELD_EVERY;
  let nextYield = yieldEvery;
  /** A text node's text, cut at what one block may hold. */
  const read = (node: Node, sofar: number): string => {
    const room = maxChars - sofar;
    if ((node as CharacterData).length <= room) return node.nodeValue ?? '';
    complete = false;
    return room > 0 ? (node as CharacterData).substringData(0, room) : '';
  };

  const overBudget = () => {
    if (++seen > budget.maxElements || ((seen & 255) === 0 && budget.now() - started > budget.maxMs)) complete = false;
    return !complete;
  };

  // Loose inline content of `holder`, gathered until a block child or a double <br> ends the run.
  let run = '';
  let runLinks = 0;
  let runAnchors: Element[] = [];
  let lastWasBr = false;
  const flush = (holder: Element) => {
    if (run) {
      const joined = (run.includes(BREAK) ? run.replace(BREAKS, ' ') : run).replace(SPACES, ' ').trim();
      if (joined) {
        blocks.push({
          text: joined,
          el: holder,
          container: holder,
          tag: '#text',
          linkChars: Math.min(runLinks, joined.length),
          soleLink: runAnchors.length === 1 ? runAnchors[0]! : null,
        });
      }
      run = '';
    }
    runLinks = 0;
    if (runAnchors.length) runAnchors = [];
  };

  // The text of inline content, appended to `text` (and its link characters to `links`): one string built in place
  // rather than a pair returned per node, which was most of the walk's cost on a cold first call.
  let text = '';
  let links = 0;
  const inline = (node: Node, inLink: boolean, anchors: Element[], depth: number): void => {
    if (node.nodeType === 3) {
      const t = read(node, text.length);
      text += t;
      if (inLink) links += t.trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (overBudget() || depth > budget.maxDepth) return;
    const tag = el.tagName;
    if (tag === 'BR') {
      text += BREAK;
      return;
    }
    if (SKIP.has(tag) || (hidden.size && hidden.has(el))) return;
    if (inlineSkip && el.hasAttributes() && inlineSkip.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return;
    const link = tag === 'A' && el.hasAttribute('href');
    if (link) anchors.push(el);
    // Text alone inside (most inline elements and plain paragraphs): the browser joins it in one call. Link text is
    // counted per text node, so links still go node by node.
    const only = el.firstChild;
    if (!inLink && !link && only && only === el.lastChild && only.nodeType === 3) {
      text += read(only, text.length);
      return;
    }
    for (let c = el.firstChild; c; c = c.nextSibling) inline(c, inLink || link, anchors, depth + 1);
  };
  const inlineText = (el: Element, anchors: Element[], depth: number): void => {
    text = '';
    links = 0;
    inline(el, false, anchors, depth);
  };

  function* walk(el: Element, depth: number): Steps<void> {
    if (depth > budget.maxDepth) return;
    for (let c = el.firstChild; c && complete; c = c.nextSibling) {
      if (seen >= nextYield) {
        nextYield = seen + yieldEvery;
        yield;
      }
      if (c.nodeType === 3) {
        const t = read(c, run.length);
        if (lastWasBr && t.trim()) lastWasBr = false;
        run += t;
        continue;
      }
      if (c.nodeType !== 1) continue;
      const child = c as Element;
      const tag = child.tagName;
      if (tag === 'BR') {
        if (lastWasBr) flush(el);
        else run += ' ';
        lastWasBr = true;
        continue;
      }
      if (SKIP.has(tag) || (hidden.size && hidden.has(child))) continue;
      if (!BLOCK.has(tag) && !hasBlockChild(child, depth, cache)) {
        inlineText(child, runAnchors, depth + 1);
        if (lastWasBr && text.trim()) lastWasBr = false;
        run += text;
        runLinks += links;
        continue;
      }
      flush(el);
      lastWasBr = false;
      if (overBudget()) return;
      if (isLeafBlock(child, tag, depth, cache)) {
        const anchors: Element[] = [];
        inlineText(child, anchors, depth + 1);
        const t = text;
        const l = links;
        if (!t.includes(BREAK)) {
          const one = t.replace(SPACES, ' ').trim();
          if (one) {
            blocks.push({
              text: one,
              el: child,
              container: child.parentElement ?? el,
              tag,
              linkChars: Math.min(l, one.length),
              soleLink: anchors.length === 1 ? anchors[0]! : null,
            });
          }
          continue;
        }
        // A double <br> inside one block is a paragraph break the reader sees.
        const pieces = t
          .split(DOUBLE_BREAK)
          .map((x) => x.replace(BREAKS, ' ').replace(SPACES, ' ').trim())
          .filter(Boolean);
        const linkTexts =
          pieces.length > 1 && anchors.length <= MAX_ANCHORS_PER_PIECE_COUNT ? anchorTexts(anchors) : null;
        for (const piece of pieces) {
          const pieceLinks =
            pieces.length === 1
              ? l
              : linkTexts
                ? linkCharsIn(piece, linkTexts)
                : anchors.length
                  ? Math.round((l * piece.length) / Math.max(1, t.length))
                  : 0;
          blocks.push({
            text: piece,
            el: child,
            container: child.parentElement ?? el,
            tag,
            linkChars: Math.min(pieceLinks, piece.length),
            soleLink: pieces.length === 1 && anchors.length === 1 ? anchors[0]! : null,
          });
        }
      } else {
        yield* walk(child, depth + 1);
        flush(child);
      }
    }
  }

  yield* walk(root, 0);
  flush(root);
  return { blocks, complete };
}

/**
 * The hidden elements under `root`, found by one selector query: asking each element the walk visits for three
 * attributes costs more than the browser matching them once.
 */
function hiddenElements(root: Element): Set<Element> {
  const found = new Set<Element>();
  const candidates = root.querySelectorAll('[hidden], [aria-hidden="true"], [style]');
  for (let i = 0; i < candidates.length; i++) if (isHidden(candidates[i]!)) found.add(candidates[i]!);
  return found;
}

const SPACES = /\s+/g;
/**
 * Up to this many links, a block split at double <br>s counts each piece's own link text (a line of navigation links
 * under a story in the same cell is all links); past it, the block's link share is spread over the pieces by length.
 */
const MAX_ANCHORS_PER_PIECE_COUNT = 40;

function anchorTexts(anchors: Element[]): string[] {
  return anchors.map((a) => (a.textContent ?? '').replace(SPACES, ' ').trim()).filter((t) => t.length > 0);
}

/** Characters of the piece that are the text of one of the block's links. */
function linkCharsIn(piece: string, linkTexts: string[]): number {
  let chars = 0;
  for (const t of linkTexts) if (piece.includes(t)) chars += t.length;
  return chars;
}
const BREAK = '\u0001';
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 is the break marker the walk writes (BREAK)
const BREAKS = /\u0001/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: as BREAKS
const DOUBLE_BREAK = /\u0001\s*\u0001/;

/** A paragraph-like element: no block-level element inside it (its text reads as one paragraph). */
function isLeafBlock(el: Element, tag: string, depth: number, cache: BlockCache): boolean {
  return ALWAYS_LEAF.has(tag) || !hasBlockChild(el, depth, cache);
}

const ALWAYS_LEAF = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);

// Whether an element holds a block-level element, remembered per element for one walk (the page may change between
// walks): asked at every level of nested inline markup, it would otherwise rescan the same subtrees.
type BlockCache = Map<Element, boolean>;

function hasBlockChild(el: Element, depth: number, blockInside: BlockCache): boolean {
  if (depth > 400) return true;
  // Most inline elements hold only text: no need to remember those.
  if (!el.firstElementChild) return false;
  const known = blockInside.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let c: Element | null = el.firstElementChild; c && !found; c = c.nextElementSibling) {
    found =
      BLOCK.has(c.tagName) ||
      (!SKIP.has(c.tagName) && !!c.firstElementChild && hasBlockChild(c, depth + 1, blockInside));
  }
  blockInside.set(el, found);
  return found;
}
