/**
 * Finds the article's mentions in the live page again. The article text is the page's block texts, in order,
 * with whitespace collapsed and paragraphs joined by blank lines (pipeline/extract/blocks.ts), so whitespace is the
 * only thing that differs: both sides are compared with all whitespace removed. Each paragraph is searched for in
 * the page's text from where the previous one ended; a mention becomes a DOM Range over the page's own text nodes,
 * and is kept only when that range holds the mention's text. Reads the DOM; never changes it.
 */
import { runSteps, type Steps } from '../../pipeline/page/steps';

export interface MentionRef {
  start: number;
  end: number;
  /** Which entity the mention belongs to (index into the entity list). */
  entity: number;
}

export interface LocatedMention extends MentionRef {
  range: Range;
}

export interface LocateOptions {
  /** Elements whose text never enters the article (as in pipeline/extract/blocks.ts). */
  skipTags: ReadonlySet<string>;
  /** Our own overlay, never searched. */
  ignore?: Element | null;
  /** Give up past this many text characters (a bound on time and memory for giant pages). */
  maxChars: number;
  /** Text nodes read between two checkpoints where a sliced run may hand the thread back to the page. */
  yieldEvery: number;
}

export const DEFAULT_SKIP = new Set([
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
  'FORM',
  'NAV',
  'LINK',
  'META',
  'IMG',
]);

/** Same set as /\s/, by code unit: the page walk looks at every character, so no regex per character. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The page's text with whitespace removed, and for each kept character the text node and offset it came from. */
interface PageText {
  chars: string;
  node: Int32Array;
  offset: Int32Array;
  nodes: Text[];
}

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/**
 * Watches the page's text as it is read (whitespace removed) for the article's first paragraph and then its last:
 * once both were seen, in that order, the rest of the page (a comment section, a data dump) need not be read.
 */
export function articleEndWatch(first: string, last: string): (segment: string) => boolean {
  let firstSeen = false;
  let tail = '';
  const keep = Math.max(first.length, last.length);
  return (segment) => {
    let text = tail + segment;
    if (!firstSeen) {
      const at = text.indexOf(first);
      if (at < 0) {
        tail = text.slice(-keep);
        return false;
      }
      if (first === last) return true;
      firstSeen = true;
      text = text.slice(at + first.length);
    }
    if (text.includes(last)) return true;
    tail = text.slice(-keep);
    return false;
  };
}

function* readPage(
  root: Element,
  options: LocateOptions,
  articleRead: (segment: string) => boolean = () => false,
): Steps<PageText> {
  const nodes: Text[] = [];
  const parts: string[] = [];
  let nodeIdx = new Int32Array(4096);
  let offsets = new Int32Array(4096);
  let total = 0;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 1 | 4, {
    acceptNode(n) {
      if (n.nodeType === 1) {
        const el = n as Element;
        if (options.skipTags.has(el.tagName.toUpperCase()) || el === options.ignore || hidden(el)) return 2; // reject subtree
        return 3; // skip the element itself, visit children
      }
      return 1;
    },
  });
  let visited = 0;
  let checked = 0;
  for (let n = walker.nextNode(); n && total < options.maxChars; n = walker.nextNode()) {
    // Every `yieldEvery` nodes, and before a giant one: has the article been read already?
    if (++visited % options.yieldEvery === 0 || (n as Text).length > 65_536) {
      const segment = parts.slice(checked).join('');
      checked = parts.length;
      if (articleRead(segment)) break;
      yield;
    }
    // A giant text node is read only as far as the budget goes: never copied whole.
    const room = options.maxChars - total;
    const text = (n as Text).length > room ? (n as Text).substringData(0, room) : (n as Text).data;
    const index = nodes.length;
    if (total + text.length > nodeIdx.length) {
      const size = Math.max(nodeIdx.length * 2, total + text.length);
      const grow = (a: Int32Array) => {
        const b = new Int32Array(size);
        b.set(a);
        return b;
      };
      nodeIdx = grow(nodeIdx);
      offsets = grow(offsets);
    }
    let kept = 0;
    let runStart = -1;
    for (let i = 0; i <= text.length; i++) {
      // A giant text node is a long loop: hand the thread back within it too.
      if ((i & 0xffff) === 0xffff) yield;
      const space = i === text.length || isSpace(text.charCodeAt(i));
      if (!space) {
        if (runStart < 0) runStart = i;
        nodeIdx[total + kept] = index;
        offsets[total + kept] = i;
        kept++;
      } else if (runStart >= 0) {
        parts.push(text.slice(runStart, i));
        runStart = -1;
      }
    }
    if (!kept) continue;
    nodes.push(n as Text);
    total += kept;
  }
  return { chars: parts.join(''), node: nodeIdx.subarray(0, total), offset: offsets.subarray(0, total), nodes };
}

/** For each offset 0..text.length, how many non-whitespace characters come before it. */
function keptBefore(text: string): Int32Array {
  const out = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) out[i + 1] = out[i]! + (isSpace(text.charCodeAt(i)) ? 0 : 1);
  return out;
}

const strip = (s: string) => s.replace(/\s+/g, '');
/** The article's paragraphs: runs of lines with no blank line between them. */
const PARAGRAPHS = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;

export function locateMentions(
  root: Element,
  articleText: string,
  mentions: readonly MentionRef[],
  options: Partial<LocateOptions> = {},
): LocatedMention[] {
  return runSteps(locateMentionsSteps(root, articleText, mentions, options));
}

/** The same in steps, for a run sliced between the page's tasks (pipeline/page/steps.ts). */
export function* locateMentionsSteps(
  root: Element,
  articleText: string,
  mentions: readonly MentionRef[],
  options: Partial<LocateOptions> = {},
): Steps<LocatedMention[]> {
  const opts: LocateOptions = { skipTags: DEFAULT_SKIP, maxChars: 2_000_000, yieldEvery: 2_000, ...options };
  const needles = (articleText.match(PARAGRAPHS) ?? []).map(strip).filter(Boolean);
  const watch = needles.length ? articleEndWatch(needles[0]!, needles[needles.length - 1]!) : undefined;
  const page = yield* readPage(root, opts, watch);
  if (!page.chars || !mentions.length) return [];
  const before = keptBefore(articleText);

  // Paragraph spans of the article text, and where each was found in the page (in stripped coordinates).
  const found: { start: number; end: number; at: number }[] = [];
  let cursor = 0;
  const paragraph = new RegExp(PARAGRAPHS.source, 'g');
  let steps = 0;
  for (let m = paragraph.exec(articleText); m; m = paragraph.exec(articleText)) {
    if (++steps % 200 === 0) yield;
    const needle = strip(m[0]);
    if (!needle) continue;
    let at = page.chars.indexOf(needle, cursor);
    // Out of order (a pull quote repeated, a block the extractor moved): look again from the top.
    if (at < 0) at = page.chars.indexOf(needle);
    if (at < 0) continue;
    found.push({ start: m.index, end: m.index + m[0].length, at });
    cursor = at + needle.length;
  }

  const out: LocatedMention[] = [];
  let p = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  for (const mention of sorted) {
    if (++steps % 500 === 0) yield;
    while (p < found.length && found[p]!.end <= mention.start) p++;
    const para = found[p];
    if (!para || mention.start < para.start || mention.end > para.end || mention.end <= mention.start) continue;
    const first = para.at + before[mention.start]! - before[para.start]!;
    const last = para.at + before[mention.end]! - before[para.start]! - 1;
    if (last < first || last >= page.chars.length) continue;
    if (page.chars.slice(first, last + 1) !== strip(articleText.slice(mention.start, mention.end))) continue;
    const range = root.ownerDocument.createRange();
    range.setStart(page.nodes[page.node[first]!]!, page.offset[first]!);
    range.setEnd(page.nodes[page.node[last]!]!, page.offset[last]! + 1);
    out.push({ ...mention, range });
  }
  return out;
}
