/**
 * The article body as paragraphs, and the in-body related-story links kept apart from it.
 * Text blocks (page/blocks.ts) score the elements that hold them, Readability-style: prose (long, with commas, few
 * links) lifts its container and, less, the container's ancestors; class and id hints lift or sink them. The best
 * container, with its sibling blocks that score alike, is the body; inside it, blocks under a boilerplate-hinted
 * element, link lists, prompts and captions are dropped. Reads the DOM only; never changes the page.
 */
import type { RelatedLink } from '../../shared/types';
import { boilerplateLines } from '../../languages/boilerplate-lines';
import {
  BODY_CONTAINER as BODY_HINT,
  BOILERPLATE_CONTAINER as NEGATIVE,
  CAMEL_CASE_BOILERPLATE as CAMEL,
  CONTENT_LEANING as POSITIVE,
  INLINE_NOT_BODY as INLINE_SKIP,
} from './boilerplate-hints';
import { collectBlocksSteps, type TextBlock } from './blocks';
import { runSteps, type Steps } from '../page/steps';
import { proseLength } from '../page/prose';
import { isPromotion, withoutReadAlso } from './promo-links';

export interface BodyOptions {
  /** Blocks shorter than this (characters) add nothing to a container's score. */
  minParagraphChars: number;
  /** Share of a block's text inside links above which it is navigation, not prose. */
  maxLinkDensity: number;
  /** Stop walking after this many elements: bounds the time on 100k-node pages. */
  maxElements: number;
  /** Nesting read at most: deeper elements are skipped (stack safety on hostile pages). */
  maxDepth: number;
  /** Stop walking after this many milliseconds and say so (`complete: false`). */
  maxMs: number;
  /** Siblings of the best container join the body when they score at least this share of it. */
  siblingShare: number;
  /** Points (about two prose paragraphs) that make a container with the body's own class part of the body. */
  sameClassPoints: number;
  /** A line under an image at most this long that is not a sentence is its caption or credit, not body. */
  maxCaptionChars: number;
  now: () => number;
}

export const DEFAULT_BODY_OPTIONS: BodyOptions = {
  minParagraphChars: 25,
  maxLinkDensity: 0.5,
  maxElements: 150_000,
  maxDepth: 250,
  maxMs: 1_500,
  siblingShare: 0.25,
  sameClassPoints: 10,
  maxCaptionChars: 120,
  now: () => performance.now(),
};

export interface Body {
  paragraphs: string[];
  relatedLinks: RelatedLink[];
  /** False when the walk stopped at its budget: the body may be cut short. */
  complete: boolean;
}

// One alternation instead of a list: one compile on the first page and one test per paragraph (every pattern is
// anchored at the start and none refers back to a group, so the union matches exactly when one of them does).
const PARAGRAPH_PATTERN = new RegExp(boilerplateLines.map((p) => `(?:${p.source})`).join('|'), 'i');
const HEADING = /^H[1-6]$/;
/** Blocks looked at between two checkpoints where a sliced run may hand the thread back to the page. */
const BLOCKS_PER_STEP = 250;
// Case-sensitive: a capitalized word inside a camelCase class name ("InlineImage-imageEmbedCaption").

export function extractBody(doc: Document, options: Partial<BodyOptions> = {}, pageUrl = ''): Body {
  return runSteps(extractBodySteps(doc, options, pageUrl));
}

/** The same in steps, for a run sliced between the page's tasks (page/steps.ts). */
export function* extractBodySteps(doc: Document, options: Partial<BodyOptions> = {}, pageUrl = ''): Steps<Body> {
  const opts = { ...DEFAULT_BODY_OPTIONS, ...options };
  const empty: Body = { paragraphs: [], relatedLinks: [], complete: true };
  // The whole document, not only <body>: pages without a <body> tag, or with conditional comments around <html>,
  // leave content outside it (or outside documentElement) in some parsers. A browser has one top element. The <html>
  // element is read first, then at most three strays: a server error printed before <!DOCTYPE> ("Warning:
  // session_start() ... in /home/.../class.php") leaves top-level elements in front of <html> in a parser that does
  // not move them into <body> (linkedom even calls the first of them the documentElement), and they must not crowd
  // out the page.
  const children = Array.from(doc.children ?? []).filter((el) => el.nodeType === 1);
  const isHtml = (el: Element) => el.localName === 'html';
  const tops = [...children.filter(isHtml), ...children.filter((el) => !isHtml(el)).slice(0, 3)];
  if (!tops.length && doc.documentElement) tops.push(doc.documentElement);
  if (!tops.length) return empty;
  const blocks: TextBlock[] = [];
  let complete = true;
  for (const top of tops.slice(0, 4)) {
    const part = yield* collectBlocksSteps(top, { ...opts, inlineSkip: INLINE_SKIP });
    blocks.push(...part.blocks);
    complete &&= part.complete;
  }
  const prose = new Set<Element>();
  yield;
  const roots = yield* pickRoots(doc, blocks, opts, prose);
  if (!roots.length) return { ...empty, complete };

  const paragraphs: string[] = [];
  const relatedLinks: RelatedLink[] = [];
  const base = baseUrl(doc, pageUrl);
  const hintCache = new Map<Element, boolean>();
  const seen = new Set<string>();
  let checked = 0;
  for (const block of blocks) {
    if (++checked % BLOCKS_PER_STEP === 0) yield;
    const root = roots.find((r) => r.contains(block.el));
    if (!root || underBoilerplate(block.el, root, hintCache, prose)) continue;
    const text = block.text;
    const related = asRelatedLink(block, base);
    if (related) {
      relatedLinks.push(related);
      continue;
    }
    if (block.tag === 'H1' || PARAGRAPH_PATTERN.test(text)) continue;
    if (isTimestampLine(block, text)) continue;
    if (isCaptionFragment(block, text, opts)) continue;
    if (block.linkChars / text.length > opts.maxLinkDensity) continue;
    if (
      block.tag === '#text' ||
      block.tag === 'DIV' ||
      ((block.tag === 'LI' || block.tag === 'TD' || block.tag === 'TH') && block.linkChars > 0)
    ) {
      // Loose text, and list items or cells with links, are body when they read as prose, not as a row of labels.
      if (text.length < 40 && !/[.!?:;"”’)]$/.test(text)) continue;
    }
    if (seen.has(text) && text.length < 200) continue;
    seen.add(text);
    paragraphs.push(text);
  }
  // Trailing headings with nothing under them are the "Related" / "More on this" titles of dropped blocks.
  while (paragraphs.length && isHeadingText(paragraphs[paragraphs.length - 1]!, blocks)) paragraphs.pop();
  return { paragraphs, relatedLinks, complete };
}

/**
 * The body's root element, plus containers elsewhere on the page that hold more of the same story: articles split by
 * a figure or an ad into sections at different depths reuse the class name of the first section's container.
 */
function* pickRoots(doc: Document, blocks: TextBlock[], opts: BodyOptions, prose: Set<Element>): Steps<Element[]> {
  const direct = new Map<Element, number>();
  const root = yield* pickRoot(doc, blocks, opts, direct);
  if (!root) return [];
  let main: Element | null = null;
  for (const [el, points] of direct) if (root.contains(el) && (!main || points > direct.get(main)!)) main = el;
  // The containers that hold the story's own paragraphs are body whatever their class says ("pmc-paywall").
  if (main) for (const [el, points] of direct) if (points >= direct.get(main)! * 0.5) prose.add(el);
  // Nor is what holds them, up to the root: layouts wrap the main column in an "l-sidebar-fixed" or "has-sidebar"
  // grid, and a root named higher up ("main-content") would otherwise take that wrapper for a sidebar and drop the
  // whole story.
  for (let up = main?.parentElement; up && up !== root; up = up.parentElement) prose.add(up);
  const cls = main?.getAttribute('class')?.trim();
  if (!main || !cls) return [root];
  // An identical class string is strong evidence on its own: a short first section still belongs to the story, so a
  // couple of prose paragraphs (sameClassPoints) are enough however long the rest is, unless the container sits in
  // boilerplate itself (a "related" rail reusing the story's class).
  const floor = Math.min(direct.get(main)! * opts.siblingShare * 0.2, opts.sameClassPoints);
  const hints = new Map<Element, boolean>();
  const more = [...direct]
    .filter(
      ([el, points]) =>
        points >= floor &&
        !root.contains(el) &&
        !el.contains(root) &&
        el.tagName === main!.tagName &&
        el.getAttribute('class')?.trim() === cls &&
        !underBoilerplate(el, doc.body ?? doc.documentElement, hints, prose),
    )
    .map(([el]) => el);
  return [root, ...more];
}

function* pickRoot(
  doc: Document,
  blocks: TextBlock[],
  opts: BodyOptions,
  direct: Map<Element, number>,
): Steps<Element | null> {
  const scores = new Map<Element, number>();
  const bump = (el: Element | null, points: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  let n = 0;
  for (const block of blocks) {
    if (++n % BLOCKS_PER_STEP === 0) yield;
    if (HEADING.test(block.tag)) continue;
    const len = proseLength(block.text);
    if (len < opts.minParagraphChars) continue;
    const density = block.linkChars / block.text.length;
    if (density > opts.maxLinkDensity) continue;
    const commas = (block.text.match(/[,，、]/g) ?? []).length;
    const points = (1 + commas + Math.min(Math.floor(len / 100), 3)) * (1 - density);
    const parent = block.container;
    direct.set(parent, (direct.get(parent) ?? 0) + points);
    bump(parent, points);
    bump(parent.parentElement, points / 2);
    bump(parent.parentElement?.parentElement ?? null, points / 3);
  }
  const marked = doc.querySelector('[itemprop="articleBody"]');
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    if (++n % BLOCKS_PER_STEP === 0) yield;
    const score = raw * hintWeight(el);
    scores.set(el, score);
    if (score > bestScore) [best, bestScore] = [el, score];
  }
  if (!best) return null;
  if (marked && (marked.contains(best) || best.contains(marked)) && (scores.get(marked) ?? 0) > bestScore * 0.3)
    return marked;
  // A close ancestor named as the article body ("article-body", "entry-content") holds all of the story's sections.
  let up: Element | null = best.parentElement;
  for (let level = 0; up && level < 3 && up !== doc.body; level++, up = up.parentElement) {
    if (BODY_HINT.test(`${up.getAttribute('class') ?? ''} ${up.id}`)) return up;
  }
  // A container whose parent scores nearly as well is one of several siblings holding the story: take the parent.
  const parent = best.parentElement;
  if (parent && parent !== doc.body && (scores.get(parent) ?? 0) >= bestScore * (1 - opts.siblingShare) * 0.8) {
    let siblingsWorth = 0;
    for (let s = parent.firstElementChild; s; s = s.nextElementSibling) {
      if (s !== best && (scores.get(s) ?? 0) >= bestScore * opts.siblingShare) siblingsWorth++;
    }
    if (siblingsWorth > 0) return parent;
  }
  return best;
}

function hintWeight(el: Element): number {
  // The page's footer (its licence and legal text can outweigh a short story) counts like a boilerplate class.
  const footer = el.closest('footer') ? 0.4 : 1;
  const hint = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (!hint.trim()) return (el.tagName === 'ARTICLE' || el.tagName === 'MAIN' ? 1.25 : 1) * footer;
  let w = footer;
  if (POSITIVE.test(hint) || el.tagName === 'ARTICLE') w *= 1.25;
  if (BODY_HINT.test(hint)) w *= 1.25;
  else if (NEGATIVE.test(hint)) w *= 0.4;
  return w;
}

function underBoilerplate(el: Element, root: Element, cache: Map<Element, boolean>, prose: Set<Element>): boolean {
  const path: Element[] = [];
  let result = false;
  for (let cur: Element | null = el; cur && cur !== root; cur = cur.parentElement) {
    const known = cache.get(cur);
    if (known !== undefined) {
      result = known;
      break;
    }
    path.push(cur);
    const hint = `${cur.getAttribute('class') ?? ''} ${cur.id} ${cur.getAttribute('role') ?? ''} ${cur.getAttribute('data-component') ?? ''}`;
    if (
      cur.tagName === 'ASIDE' ||
      cur.tagName === 'FOOTER' ||
      cur.tagName === 'HEADER' ||
      (hint.trim() && (NEGATIVE.test(hint) || CAMEL.test(hint)) && !BODY_HINT.test(hint) && !prose.has(cur))
    ) {
      result = true;
      break;
    }
  }
  for (const p of path) cache.set(p, result);
  return result;
}

/** A line that is nothing but a <time> element's text ("03/12/2024 05:07 AM EDT"): the story's dateline, not prose. */
function isTimestampLine(block: TextBlock, text: string): boolean {
  // Only short lines with a digit in them (every dateline has one) pay for the lookup, which walks the element's
  // subtree.
  if (text.length > 80 || !/\d/.test(text)) return false;
  const times = block.el.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++)
    if ((times[i]!.textContent ?? '').replace(/\s+/g, ' ').trim() === text) return true;
  return false;
}

/** An in-body promo: a block that is one link and nothing else, typically an ALL-CAPS headline. */
// A caption that is a sentence ends like one, after a few words; a label ("Jane Roe, 45", "The ridge at dusk") does not.
const SENTENCE_END = /[.!?…]["”’)]*$/;
const CJK_TEXT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
// A credit after a caption's sentence: "(Reuters)", "[Splash]", "| Foto: Reuters".
const CREDIT_TAIL = /\s*(\([^()]{1,60}\)|\[[^\]]{1,60}\]|\|[^|]{1,60})$/;
const IMAGE_TAGS = new Set(['IMG', 'PICTURE', 'FIGURE', 'VIDEO']);

/**
 * A caption or credit printed as a body line right under an image, that is not a sentence: the image's label, not
 * the story. Captions that are sentences stay (they often carry facts); those in <figure>/<figcaption> or caption
 * containers never enter the walk.
 */
function isCaptionFragment(block: TextBlock, text: string, opts: BodyOptions): boolean {
  if (text.length > opts.maxCaptionChars || HEADING.test(block.tag) || block.tag === 'LI' || block.tag === '#text')
    return false;
  // Chinese and Japanese captions cannot be told from short lines of the story by their words: left alone. A line
  // ending in a colon introduces what follows (a chart, a list).
  if (CJK_TEXT.test(text) || text.endsWith(':') || text.endsWith('：')) return false;
  const words = text.split(' ').length;
  if (words > 15 || (SENTENCE_END.test(text.replace(CREDIT_TAIL, '')) && words >= 4)) return false;
  let el: Element | null = block.el;
  // The line itself, or its wrapper when it is the wrapper's first element.
  for (let level = 0; el && level < 2; level++, el = el.parentElement) {
    const prev = el.previousElementSibling;
    if (prev) return isImageHolder(prev);
  }
  return false;
}

function isImageHolder(el: Element): boolean {
  if (IMAGE_TAGS.has(el.tagName)) return true;
  return !!el.querySelector('img, picture') && !(el.textContent ?? '').trim();
}

function asRelatedLink(block: TextBlock, base: string): RelatedLink | null {
  const a = block.soleLink;
  if (
    !a ||
    block.linkChars < block.text.length * 0.9 ||
    block.text.length < 15 ||
    (HEADING.test(block.tag) && block.text.length < 25)
  )
    return null;
  try {
    const url = new URL(a.getAttribute('href') ?? '', base);
    if (!/^https?:$/.test(url.protocol)) return null;
    const text = withoutReadAlso(block.text);
    if (isPromotion(text)) return null;
    return { text, url: url.href };
  } catch {
    return null;
  }
}

function isHeadingText(text: string, blocks: TextBlock[]): boolean {
  return text.length < 80 && blocks.some((b) => b.text === text && HEADING.test(b.tag));
}

/** Where relative links point: the page's <base href>, else the page URL (a parsed document may say about:blank). */
function baseUrl(doc: Document, pageUrl: string): string {
  const fallback = pageUrl || (/^https?:/.test(doc.baseURI ?? '') ? doc.baseURI : '');
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  if (!href) return fallback;
  try {
    return new URL(href, fallback || undefined).href;
  } catch {
    return fallback;
  }
}
