/**
 * The page as a list of text blocks: each paragraph-like run of text with the element that holds it, its tag and how
 * much of it is link text. Script, style and form text never enters; <br><br> splits a run the way a reader sees it.
 * One bounded walk of the body: extraction runs only on article pages, and gives up cleanly past its budget.
 */

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
  now: () => number;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION',
  'FIGURE', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'OBJECT', 'EMBED', 'DIALOG', 'INPUT', 'LABEL', 'MAP', 'HEAD',
  'MATH', 'NAV', 'LINK', 'META', 'IMG']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'TABLE', 'TBODY',
  'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'HEADER', 'FOOTER',
  'ASIDE', 'ADDRESS', 'HR', 'CENTER', 'DETAILS', 'SUMMARY', 'HGROUP', 'FIELDSET', 'BODY', 'HTML', 'NAV', 'FORM', 'FIGURE']);

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function collectBlocks(root: Element, budget: WalkBudget): { blocks: TextBlock[]; complete: boolean } {
  const blocks: TextBlock[] = [];
  const cache: BlockCache = new Map();
  const started = budget.now();
  let seen = 0;
  let complete = true;

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
    const text = run.replace(BREAKS, ' ').replace(/\s+/g, ' ').trim();
    if (text) {
      blocks.push({ text, el: holder, container: holder, tag: '#text', linkChars: Math.min(runLinks, text.length),
        soleLink: runAnchors.length === 1 ? runAnchors[0]! : null });
    }
    run = '';
    runLinks = 0;
    runAnchors = [];
  };

  const inline = (node: Node, inLink: boolean, anchors: Element[], depth: number): [string, number] => {
    if (node.nodeType === 3) {
      const t = node.nodeValue ?? '';
      return [t, inLink ? t.trim().length : 0];
    }
    if (node.nodeType !== 1) return ['', 0];
    const el = node as Element;
    if (overBudget() || depth > budget.maxDepth) return ['', 0];
    const tag = el.tagName;
    if (tag === 'BR') return [BREAK, 0];
    if (SKIP.has(tag) || isHidden(el)) return ['', 0];
    if (budget.inlineSkip && el.hasAttributes() && budget.inlineSkip.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return ['', 0];
    const link = tag === 'A' && el.hasAttribute('href');
    if (link) anchors.push(el);
    let text = '';
    let links = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      const [t, l] = inline(c, inLink || link, anchors, depth + 1);
      text += t;
      links += l;
    }
    return [text, links];
  };

  const walk = (el: Element, depth: number) => {
    if (depth > budget.maxDepth) return;
    for (let c = el.firstChild; c && complete; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const t = c.nodeValue ?? '';
        if (t.trim()) lastWasBr = false;
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
      if (SKIP.has(tag) || isHidden(child)) continue;
      if (!BLOCK.has(tag) && !hasBlockChild(child, depth, cache)) {
        const [t, l] = inline(child, false, runAnchors, depth + 1);
        if (t.trim()) lastWasBr = false;
        run += t;
        runLinks += l;
        continue;
      }
      flush(el);
      lastWasBr = false;
      if (overBudget()) return;
      if (isLeafBlock(child, depth, cache)) {
        const anchors: Element[] = [];
        const [t, l] = inline(child, false, anchors, depth + 1);
        // A double <br> inside one block is a paragraph break the reader sees.
        const pieces = t.split(DOUBLE_BREAK).map((x) => x.replace(BREAKS, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean);
        for (const text of pieces) {
          const links = pieces.length === 1 ? l : anchors.length ? Math.round((l * text.length) / Math.max(1, t.length)) : 0;
          blocks.push({ text, el: child, container: child.parentElement ?? el, tag, linkChars: Math.min(links, text.length),
            soleLink: pieces.length === 1 && anchors.length === 1 ? anchors[0]! : null });
        }
      } else {
        walk(child, depth + 1);
        flush(child);
      }
    }
  };

  walk(root, 0);
  flush(root);
  return { blocks, complete };
}

const BREAK = '\u0001';
const BREAKS = /\u0001/g;
const DOUBLE_BREAK = /\u0001\s*\u0001/;

/** A paragraph-like element: no block-level element inside it (its text reads as one paragraph). */
function isLeafBlock(el: Element, depth: number, cache: BlockCache): boolean {
  if (el.tagName === 'P' || /^H[1-6]$/.test(el.tagName) || el.tagName === 'PRE') return true;
  return !hasBlockChild(el, depth, cache);
}

// Whether an element holds a block-level element, remembered per element for one walk (the page may change between
// walks): asked at every level of nested inline markup, it would otherwise rescan the same subtrees.
type BlockCache = Map<Element, boolean>;

function hasBlockChild(el: Element, depth: number, blockInside: BlockCache): boolean {
  if (depth > 400) return true;
  const known = blockInside.get(el);
  if (known !== undefined) return known;
  let found = false;
  for (let c = el.firstElementChild; c && !found; c = c.nextElementSibling) {
    found = BLOCK.has(c.tagName) || (!SKIP.has(c.tagName) && !!c.firstElementChild && hasBlockChild(c, depth + 1, blockInside));
  }
  blockInside.set(el, found);
  return found;
}
